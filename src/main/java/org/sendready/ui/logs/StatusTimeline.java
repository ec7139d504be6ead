package org.sendready.ui.logs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.sendready.logs.LogAnalysis;
import org.sendready.logs.TimeBucket;

/// Outcomes over time for the chart: per hour for a short log, per day for a few weeks of
/// rotated logs, per week beyond. Periods without outcomes are included as zeros, so the
/// chart's time axis runs evenly.
///
/// @param buckets one per period from the first to the last, in time order
public record StatusTimeline(Period period, List<TimeBucket> buckets) {
    /// A log spanning fewer hours than this is shown per hour (the command line's tables do
    /// the same): two days of hourly bars still fit the chart's width.
    static final int MAX_HOURS = 48;

    /// Up to a quarter of a year is shown per day; longer per week.
    static final int MAX_DAYS = 92;

    /// How long one bar is.
    public enum Period {
        HOUR("Per hour", "MMM d HH:00"),
        DAY("Per day", "MMM d"),
        WEEK("Per week (from Monday)", "MMM d yyyy");

        private final String title;
        private final DateTimeFormatter format;

        Period(String title, String pattern) {
            this.title = title;
            this.format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        }

        public String title() {
            return title;
        }

        /// The axis label of the period starting at `start`.
        public String label(LocalDateTime start) {
            return format.format(start);
        }
    }

    public StatusTimeline {
        buckets = List.copyOf(buckets);
    }

    /// No outcomes at all.
    static final StatusTimeline EMPTY = new StatusTimeline(Period.HOUR, List.of());

    static StatusTimeline of(LogAnalysis analysis) {
        var hourly = analysis.hourly();
        if (hourly.isEmpty()) {
            return EMPTY;
        }
        var first = hourly.getFirst().start();
        var last = hourly.getLast().start();
        if (Duration.between(first, last).toHours() < MAX_HOURS) {
            return new StatusTimeline(Period.HOUR, filled(hourly, first, last, ChronoUnit.HOURS));
        }
        var daily = analysis.daily();
        var firstDay = daily.getFirst().start();
        var lastDay = daily.getLast().start();
        if (ChronoUnit.DAYS.between(firstDay, lastDay) < MAX_DAYS) {
            return new StatusTimeline(
                    Period.DAY, filled(daily, firstDay, lastDay, ChronoUnit.DAYS));
        }
        var weekly = weeks(daily);
        return new StatusTimeline(
                Period.WEEK,
                filled(
                        weekly,
                        weekly.getFirst().start(),
                        weekly.getLast().start(),
                        ChronoUnit.WEEKS));
    }

    /// The days summed per week starting on Monday.
    private static List<TimeBucket> weeks(List<TimeBucket> days) {
        var weeks = new LinkedHashMap<LocalDateTime, TimeBucket>();
        for (var day : days) {
            var monday = day.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks.merge(
                    monday,
                    new TimeBucket(
                            monday, day.sent(), day.deferred(), day.bounced(), day.expired()),
                    StatusTimeline::sum);
        }
        return List.copyOf(weeks.values());
    }

    private static TimeBucket sum(TimeBucket a, TimeBucket b) {
        return new TimeBucket(
                a.start(),
                a.sent() + b.sent(),
                a.deferred() + b.deferred(),
                a.bounced() + b.bounced(),
                a.expired() + b.expired());
    }

    /// `buckets` with a zero bucket for every missing period from `first` to `last`.
    private static List<TimeBucket> filled(
            List<TimeBucket> buckets, LocalDateTime first, LocalDateTime last, ChronoUnit unit) {
        var list = new ArrayList<TimeBucket>();
        int next = 0;
        for (var start = first; !start.isAfter(last); start = start.plus(1, unit)) {
            if (next < buckets.size() && buckets.get(next).start().equals(start)) {
                list.add(buckets.get(next++));
            } else {
                list.add(new TimeBucket(start, 0, 0, 0, 0));
            }
        }
        return list;
    }
}
