package org.sendready.ui.dkim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/// Moments and durations as the page writes them: `Thu 26 Nov 2026, 11:05` in the clock's time
/// zone, `1 h 30 min`, `7 days`.
final class TimeText {
    private final DateTimeFormatter moment;

    TimeText(Clock clock) {
        moment =
                DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH)
                        .withZone(clock.getZone());
    }

    String at(Instant instant) {
        return moment.format(instant);
    }

    static String of(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return "0 s";
        }
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return days + (days == 1 ? " day" : " days") + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
        }
        if (minutes > 0) {
            return minutes + " min";
        }
        return duration.toSecondsPart() + " s";
    }
}
