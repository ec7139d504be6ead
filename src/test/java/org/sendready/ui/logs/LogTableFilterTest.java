package org.sendready.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.logs.CodeCount;
import org.sendready.logs.DeliveryStatus;
import org.sendready.logs.DomainStats;
import org.sendready.logs.LogAnalyzer;
import org.sendready.logs.LogSource;

class LogTableFilterTest {
    @TempDir Path dir;

    private final LogTableFilter filter = new LogTableFilter();

    @BeforeEach
    void showFixture() {
        var classic = LogSource.of(LogsFixture.classic(dir, "mail.log.1"), LogsFixture.ZONE);
        var rfc3339 = LogSource.of(LogsFixture.rfc3339(dir), LogsFixture.ZONE);
        filter.show(LogAnalyzer.analyze(List.of(classic, rfc3339)));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                // no filter: every recipient domain, busiest first
                "'', -, 'gmail.com example.org gmial.com hot-mail.com yahoo.com'",
                // part of a name, in any case, spaces around it ignored
                "' GM ', -, 'gmail.com gmial.com'",
                // a status keeps domains with at least one such outcome
                "'', BOUNCED, 'gmail.com hot-mail.com'",
                "'', DEFERRED, 'gmial.com yahoo.com'",
                // both
                "mail, SENT, 'gmail.com'",
                // nothing matches
                "'', EXPIRED, ''",
            })
    void domains_areFilteredByTextAndStatus(String text, DeliveryStatus status, String expected) {
        filter.textProperty().set(text);
        filter.statusProperty().set(status);

        assertThat(filter.domains()).extracting(DomainStats::domain).isEqualTo(words(expected));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                // no filter: every code, most attempts first
                "'', -, -, '2.0.0 4.4.3 4.7.0 5.4.4 5.7.27'",
                // the DSN class is the code's first digit
                "'', -, PERMANENT, '5.4.4 5.7.27'",
                "'', -, TEMPORARY, '4.4.3 4.7.0'",
                // part of a code
                "'.7.', -, -, '4.7.0 5.7.27'",
                // a status keeps codes with at least one such attempt
                "'', SENT, -, '2.0.0'",
                "'', DEFERRED, PERMANENT, ''",
            })
    void codes_areFilteredByTextStatusAndClass(
            String text, DeliveryStatus status, DsnClass cls, String expected) {
        filter.modeProperty().set(TableMode.CODES);
        filter.textProperty().set(text);
        filter.statusProperty().set(status);
        filter.dsnClassProperty().set(cls);

        assertThat(filter.codes()).extracting(CodeCount::dsn).isEqualTo(words(expected));
        assertThat(filter.shown()).isEqualTo(filter.codes().size());
        assertThat(filter.total()).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                // the example recipient's domain
                "yahoo, -, -, '4.7.0'",
                // words of the reason, in any case
                "'spf RECORD', -, -, '5.7.27'",
                // reasons naming DNS failures, bounced only
                "'name service error', BOUNCED, -, '5.4.4'",
                // class and status together
                "'', DEFERRED, TEMPORARY, '4.4.3 4.7.0'",
                // reasons exist for deferrals and bounces only
                "'', SENT, -, ''",
            })
    void reasons_areFilteredByTextStatusAndClass(
            String text, DeliveryStatus status, DsnClass cls, String expected) {
        filter.modeProperty().set(TableMode.REASONS);
        filter.textProperty().set(text);
        filter.statusProperty().set(status);
        filter.dsnClassProperty().set(cls);

        assertThat(filter.reasons())
                .extracting(ReasonRow::dsn)
                .containsExactlyInAnyOrderElementsOf(words(expected));
    }

    @Test
    void dsnClass_doesNotNarrowDomains_whichHaveNoCodes() {
        filter.dsnClassProperty().set(DsnClass.PERMANENT);

        assertThat(filter.domains()).hasSize(5);
    }

    @Test
    void aNewAnalysis_keepsTheFilters() {
        filter.textProperty().set("gm");

        filter.show(LogAnalyzer.analyze(List.of()));

        assertThat(filter.textProperty().get()).isEqualTo("gm");
        assertThat(filter.total()).isZero();
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                // RFC 3463 section 3.1: the first digit is the class
                "2.0.0, SUCCESS",
                "4.7.0, TEMPORARY",
                "5.7.27, PERMANENT",
                // no code, or not a code
                "'', -",
                "3.0.0, -",
                "550, -",
            })
    void dsnClass_isTheFirstDigitOfACode(String dsn, DsnClass expected) {
        assertThat(DsnClass.of(dsn).orElse(null)).isEqualTo(expected);
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.split(" "));
    }
}
