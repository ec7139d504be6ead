package org.sendready.logs;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/// Times as the log wrote them: seconds since 1970-01-01T00:00 of the log's own wall clock.
///
/// Classic syslog lines carry no zone and RFC 3339 lines carry an offset; both are read as the
/// local time they show (the offset is ignored), so hours line up with what an admin reads in
/// the file, whichever style the syslog daemon used.
final class LogClock {
    private LogClock() {}

    static final long SECONDS_PER_HOUR = 3600;

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int shiftedMonth = month > 2 ? month - 3 : month + 9;
        int dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097L + dayOfEra - 719468;
    }

    static long seconds(int year, int month, int day, int hour, int minute, int second) {
        return epochDay(year, month, day) * 86400L + hour * 3600L + minute * 60L + second;
    }

    static LocalDateTime toDateTime(long logSecond) {
        return LocalDateTime.ofEpochSecond(logSecond, 0, ZoneOffset.UTC);
    }
}
