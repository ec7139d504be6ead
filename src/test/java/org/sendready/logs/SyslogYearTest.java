package org.sendready.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyslogYearTest {
    @ParameterizedTest
    @CsvSource({
        // the modification month itself
        "2027-01, 1, 2027",
        // a file spanning new year: December lines are last year's
        "2027-01, 12, 2026",
        // earlier in the same year
        "2026-11, 3, 2026",
        // a month after the modification month cannot be this year
        "2026-11, 12, 2025"
    })
    void yearOf_rollsBack_forMonthsAfterTheModification(String modified, int month, int year) {
        assertThat(new SyslogYear(YearMonth.parse(modified)).yearOf(month)).isEqualTo(year);
    }
}
