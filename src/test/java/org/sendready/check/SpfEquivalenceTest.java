package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.spf.SpfParser;

/// When a live SPF record counts as the planned one.
class SpfEquivalenceTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // identical
                "v=spf1 a -all | v=spf1 a -all | true",
                // spacing and letter case do not matter
                "V=SPF1   A   -ALL | v=spf1 a -all | true",
                // passing terms in another order before a final all
                "v=spf1 ip6:2a0e:1d80::10 ip4:45.67.89.10 -all"
                        + " | v=spf1 ip4:45.67.89.10 ip6:2a0e:1d80::10 -all | true",
                // another final all is another record
                "v=spf1 a ~all | v=spf1 a -all | false",
                // order matters once a term has another qualifier
                "v=spf1 -ip4:45.67.89.10 ip4:45.67.89.0/24 -all"
                        + " | v=spf1 ip4:45.67.89.0/24 -ip4:45.67.89.10 -all | false",
                // a missing term
                "v=spf1 ip4:45.67.89.10 -all | v=spf1 ip4:45.67.89.10 ip6:2a0e:1d80::10 -all"
                        + " | false",
            })
    void equivalent_toleratesSpacingCaseAndHarmlessOrder(
            String live, String planned, boolean expected) {
        assertThat(SpfEquivalence.equivalent(SpfParser.parse(live), SpfParser.parse(planned)))
                .isEqualTo(expected);
    }
}
