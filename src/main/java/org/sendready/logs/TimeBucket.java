package org.sendready.logs;

import java.time.LocalDateTime;

/// Outcomes in one period starting at `start` (the log's wall clock); `expired` counts
/// messages.
public record TimeBucket(
        LocalDateTime start, long sent, long deferred, long bounced, long expired) {

    TimeBucket plus(TimeBucket other) {
        return new TimeBucket(
                start,
                sent + other.sent,
                deferred + other.deferred,
                bounced + other.bounced,
                expired + other.expired);
    }
}
