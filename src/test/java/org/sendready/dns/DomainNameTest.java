package org.sendready.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.input.InvalidInput;

class DomainNameTest {

    @ParameterizedTest
    @CsvSource({
        "bücher.example, xn--bcher-kva.example", // IDN becomes its A-label
        "Example.COM., example.com", // case folded, trailing dot dropped
        "' mail.example.com ', mail.example.com", // surrounding spaces trimmed
        "_dmarc.example.com, _dmarc.example.com", // underscore labels are DNS names too
    })
    void parse_storesAsciiLowerCase(String input, String expected) {
        assertThat(DomainName.parse(input).ascii()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "'', is empty", // nothing typed
        "exa mple.com, contains a space", // space inside
        "example..com, empty label", // two dots
        "-bad.example, starts or ends with '-'", // hyphen at label edge
        "bad!.example, contains '!'", // punctuation
    })
    void parse_rejectsWithReason_whenNameIsInvalid(String input, String reason) {
        assertThatThrownBy(() -> DomainName.parse(input))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("domain: ")
                .hasMessageContaining(reason);
    }

    @Test
    void parse_rejects_whenLabelLongerThan63() {
        assertThatThrownBy(() -> DomainName.parse("a".repeat(64) + ".example"))
                .hasMessageContaining("at most 63");
    }

    @Test
    void parseHostname_rejectsUnderscore() {
        assertThatThrownBy(() -> DomainName.parseHostname("mail_1.example.com", "hostname"))
                .hasMessageStartingWith("hostname: ")
                .hasMessageContaining("'_' is not allowed");
    }

    @Test
    void relativeTo_givesAtForApexAndLabelsBelow() {
        var zone = DomainName.parse("example.com");
        assertThat(zone.relativeTo(zone)).isEqualTo("@");
        assertThat(DomainName.parse("s1._domainkey.example.com").relativeTo(zone))
                .isEqualTo("s1._domainkey");
    }

    @Test
    void unicode_showsIdnForDisplay() {
        assertThat(DomainName.parse("xn--bcher-kva.example").unicode()).isEqualTo("bücher.example");
    }
}
