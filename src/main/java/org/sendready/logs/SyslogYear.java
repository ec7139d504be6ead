package org.sendready.logs;

import java.time.YearMonth;
import java.util.Objects;

/// The year of classic syslog lines (`Nov 26 10:00:00`), which do not carry one.
///
/// A log file is written up to its last modification, so no line is later than the month of
/// its modification time: a line whose month comes after that month was written the year
/// before. A file that spans a new year (December lines, then January, modified in January)
/// therefore gets December of the previous year and January of the modification year. Files
/// spanning more than twelve months cannot be dated this way; rotated logs do not.
/// See docs/decisions/0004-postfix-log-analysis.md.
public record SyslogYear(YearMonth reference) {
    public SyslogYear {
        Objects.requireNonNull(reference);
    }

    /// The year of a line in `month` (1 to 12).
    public int yearOf(int month) {
        return month > reference.getMonthValue() ? reference.getYear() - 1 : reference.getYear();
    }
}
