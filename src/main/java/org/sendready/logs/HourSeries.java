package org.sendready.logs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/// Outcomes per hour of the log's clock.
final class HourSeries {
    /// Two years of hours; logs older than that are rotated away long before.
    static final int MAX_HOURS = 2 * 366 * 24;

    private final HashMap<Long, long[]> hours = new HashMap<>();
    private long lastHour = Long.MIN_VALUE;
    private long[] last;
    private long folded;

    /// The counters (sent, deferred, bounced, expired) of the hour of `logSecond`, or null when
    /// the series is full; lines come in time order, so the last hour is usually the one.
    long[] at(long logSecond) {
        long hour = Math.floorDiv(logSecond, LogClock.SECONDS_PER_HOUR);
        if (hour == lastHour) {
            return last;
        }
        var counters = hours.get(hour);
        if (counters == null) {
            if (hours.size() >= MAX_HOURS) {
                folded++;
                return null;
            }
            counters = new long[4];
            hours.put(hour, counters);
        }
        lastHour = hour;
        last = counters;
        return counters;
    }

    long folded() {
        return folded;
    }

    /// Hours with any outcome, in time order.
    List<TimeBucket> buckets() {
        var keys = new ArrayList<>(hours.keySet());
        keys.sort(null);
        var list = new ArrayList<TimeBucket>(keys.size());
        for (long hour : keys) {
            var c = hours.get(hour);
            if (c[0] + c[1] + c[2] + c[3] > 0) {
                list.add(
                        new TimeBucket(
                                LogClock.toDateTime(hour * LogClock.SECONDS_PER_HOUR),
                                c[0],
                                c[1],
                                c[2],
                                c[3]));
            }
        }
        return list;
    }
}
