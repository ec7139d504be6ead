package org.sendready.ui.dmarc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendready.dmarc.ReportUri;
import org.sendready.input.InvalidInput;

class ReportAddressesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // nothing typed
                "''|''",
                // a plain address
                "dmarc@example.com|dmarc@example.com",
                // mailto: is optional, and dropped when shown
                "MAILTO:dmarc@example.com|dmarc@example.com",
                // a size limit stays
                "dmarc@example.com!10m|dmarc@example.com!10m",
                // spaces, commas and new lines separate
                "'a@example.com ,b@example.com\nc@example.com'|a@example.com, b@example.com, c@example.com",
            })
    void parseThenFormat_givesTheCanonicalText(String typed, String shown) {
        assertThat(ReportAddresses.format(ReportAddresses.parse(typed, "rua"))).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"dmarc@example.com!10m", "first.last+dmarc@example.com", "a+b@example.com"})
    void formatThenParse_roundTrips(String typed) {
        var uris = ReportAddresses.parse(typed, "rua");
        assertThat(ReportAddresses.parse(ReportAddresses.format(uris), "rua")).isEqualTo(uris);
        assertThat(uris.getFirst()).isInstanceOf(ReportUri.Mailto.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dmarc", "dmarc@", "@example.com", "dmarc@exa mple.com"})
    void invalidAddress_namesTheField(String typed) {
        assertThatThrownBy(() -> ReportAddresses.parse(typed, "rua"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("rua: ");
    }
}
