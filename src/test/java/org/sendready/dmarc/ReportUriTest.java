package org.sendready.dmarc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.input.InvalidInput;

class ReportUriTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mailto:dmarc@example.com!100 | 100 | BYTES", // bytes
                "mailto:dmarc@example.com!10k | 10 | KIBIBYTES", // k
                "mailto:dmarc@example.com!10m | 10 | MEBIBYTES", // m
                "mailto:dmarc@example.com!2G | 2 | GIBIBYTES", // upper-case unit
                "mailto:dmarc@example.com!1t | 1 | TEBIBYTES", // t
            })
    void parse_readsSizeSuffix(String text, long amount, ReportSizeLimit.Unit unit) {
        assertThat(ReportUri.parse(text, "rua").sizeLimit())
                .contains(new ReportSizeLimit(amount, unit));
    }

    @Test
    void parse_hasNoSizeLimit_withoutSuffix() {
        assertThat(ReportUri.parse("mailto:dmarc@example.com", "rua").sizeLimit()).isEmpty();
    }

    @Test
    void parse_keepsSizeSuffix_onOtherScheme() {
        var uri = ReportUri.parse("https://r.example.net/in!5k", "rua");
        assertThat(uri).isInstanceOf(ReportUri.Other.class);
        assertThat(uri.text()).isEqualTo("https://r.example.net/in!5k");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a size limit larger than a long
                "mailto:d@example.com!99999999999999999999 | too large to represent",
                // a quoted local part with an unescaped quote inside
                "mailto:%22a%22b%22@example.com | unescaped '\"' inside the quotes",
                // two dots in a row
                "mailto:a..b@example.com | two in a row",
                // a local part over 64 characters
                "mailto:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.com | at most 64",
                // nothing after mailto:
                "mailto: | has no address after mailto:",
                // invalid UTF-8 escape
                "mailto:%FF@example.com | not valid UTF-8",
                // a single-label domain
                "mailto:d@localhost | is not fully qualified",
            })
    void parse_rejectsWithReason(String text, String reason) {
        assertThatThrownBy(() -> ReportUri.parse(text, "rua"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("rua: ")
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0", // zero bytes
        "10, 10485760", // 10 MiB, powers of two (RFC 7489 section 6.2)
    })
    void bytes_usesPowersOfTwo(long amount, long bytes) {
        assertThat(new ReportSizeLimit(amount, ReportSizeLimit.Unit.MEBIBYTES).bytes())
                .isEqualTo(bytes);
    }
}
