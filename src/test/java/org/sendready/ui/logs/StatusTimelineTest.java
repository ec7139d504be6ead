package org.sendready.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.logs.LineCounts;
import org.sendready.logs.LogAnalysis;
import org.sendready.logs.StatusCounts;
import org.sendready.logs.TimeBucket;

class StatusTimelineTest {
    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 2, 10, 0);

    /// An analysis whose hourly series has one sent outcome at each of `hoursFromStart`.
    private static LogAnalysis hours(long... hoursFromStart) {
        var buckets =
                java.util.Arrays.stream(hoursFromStart)
                        .mapToObj(h -> new TimeBucket(START.plusHours(h), 1, 0, 0, 0))
                        .toList();
        return new LogAnalysis(
                List.of(),
                new LineCounts(0, 0, 0, 0),
                Optional.empty(),
                Optional.empty(),
                new StatusCounts(0, 0, 0, 0, 0, 0, 0, 0, 0),
                List.of(),
                List.of(),
                List.of(),
                buckets,
                List.of(),
                new LogAnalysis.Limits(0, 0, 0));
    }

    @ParameterizedTest
    @CsvSource({
        // a single hour
        "0, 0, HOUR, 1",
        // under two days: every hour from the first to the last
        "0, 47, HOUR, 48",
        // two days: per day, from the first day to the last
        "0, 48, DAY, 3",
        // 91 days apart: still per day
        "0, 2184, DAY, 92",
        // 92 days apart: per week from Monday (Nov 2 2026 is a Monday)
        "0, 2208, WEEK, 14",
    })
    void period_followsTheLogsSpan(long first, long last, StatusTimeline.Period period, int bars) {
        var timeline = StatusTimeline.of(hours(first, last));

        assertThat(timeline.period()).isEqualTo(period);
        assertThat(timeline.buckets()).hasSize(bars);
        assertThat(timeline.buckets().stream().mapToLong(TimeBucket::sent).sum())
                .isEqualTo(first == last ? 1 : 2);
    }

    @Test
    void weeks_startOnMonday_andSumTheirDays() {
        // Wednesday, Thursday of the first week; Monday of the 15th.
        var timeline = StatusTimeline.of(hours(48, 72, 14 * 7 * 24));

        assertThat(timeline.period()).isEqualTo(StatusTimeline.Period.WEEK);
        assertThat(timeline.buckets().getFirst().start())
                .isEqualTo(START.toLocalDate().atStartOfDay());
        assertThat(timeline.buckets().getFirst().sent()).isEqualTo(2);
        assertThat(timeline.buckets().get(1).sent()).isZero();
        assertThat(timeline.buckets().getLast().sent()).isEqualTo(1);
    }

    @Test
    void noOutcomes_noBars() {
        assertThat(StatusTimeline.of(hours()).buckets()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        // labels on the category axis, unique within their span
        "HOUR, 'Nov 2 10:00'",
        "DAY, 'Nov 2'",
        "WEEK, 'Nov 2 2026'",
    })
    void labels(StatusTimeline.Period period, String label) {
        assertThat(period.label(START)).isEqualTo(label);
    }
}
