package org.sendready.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

class DkimSelectorTest {

    @ParameterizedTest
    @CsvSource({
        "s1, s1", // the common form
        "' Mail2025 ', mail2025", // trimmed, case folded
        "2025-01.eu, 2025-01.eu", // several labels, digits first, inner hyphen
        "bücher, xn--bcher-kva", // internationalised label as A-label (RFC 6376 section 3.1)
    })
    void parse_acceptsSubDomainSyntax(String input, String expected) {
        assertThat(DkimSelector.parse(input).ascii()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "'', is empty", // nothing typed
        "s_1, contains '_'", // underscore is not sub-domain syntax
        "s1., empty label", // trailing dot
        ".s1, empty label", // leading dot
        "a..b, empty label", // double dot
        "-s1, starts or ends with '-'", // hyphen at the edge
        "s 1, contains ' '", // space inside
        "s1/2, contains '/'", // punctuation
    })
    void parse_rejectsWithReason(String input, String reason) {
        assertThatThrownBy(() -> DkimSelector.parse(input))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("selector: ")
                .hasMessageContaining(reason);
    }

    @Test
    void parse_rejectsLabelLongerThan63() {
        assertThatThrownBy(() -> DkimSelector.parse("a".repeat(64)))
                .hasMessageContaining("at most 63");
    }

    @Test
    void ownerName_isSelectorUnderDomainkey() {
        var owner = DkimSelector.parse("s1").ownerName(DomainName.parse("example.com"));
        assertThat(owner).isEqualTo(DomainName.parse("s1._domainkey.example.com"));
        assertThat(owner.relativeTo(DomainName.parse("example.com"))).isEqualTo("s1._domainkey");
    }

    @Test
    void ownerName_rejectsNamePast253Characters_onTheSelector() {
        var domain = DomainName.parse(("a".repeat(60) + ".").repeat(3) + "example.com");
        var selector = DkimSelector.parse("b".repeat(40) + "." + "c".repeat(20));
        assertThatThrownBy(() -> selector.ownerName(domain))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("selector: ")
                .hasMessageContaining("at most 253");
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11, '', s202611", // the month, nothing taken
        "2026-01, '', s202601", // a one-digit month gets its zero
        "2026-11, s202611, s202611-2", // a second key in the same month
        "2026-11, s202611 s202611-2, s202611-3", // and a third
        "2026-11, s202610, s202611", // last month's key does not matter
    })
    void dated_namesTheMonth_andSkipsTakenSelectors(String month, String taken, String expected) {
        var takenSelectors =
                Arrays.stream(taken.split(" "))
                        .filter(s -> !s.isBlank())
                        .map(DkimSelector::parse)
                        .toList();

        var selector = DkimSelector.dated(YearMonth.parse(month), takenSelectors);

        assertThat(selector.ascii()).isEqualTo(expected);
        assertThat(DkimSelector.parse(selector.ascii())).isEqualTo(selector);
    }
}
