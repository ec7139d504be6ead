package org.sendready.check;

import java.time.Duration;

/// A TTL or cache time for people: in the largest whole unit, e.g. "90 s", "5 min", "2 h".
public final class TtlText {
    private TtlText() {}

    public static String of(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7200) {
            return (seconds / 60) + " min";
        }
        return (seconds / 3600) + " h";
    }
}
