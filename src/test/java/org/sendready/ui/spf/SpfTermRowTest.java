package org.sendready.ui.spf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendready.spf.Qualifier;
import org.sendready.spf.SpfParser;

class SpfTermRowTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                // every mechanism, with and without its optional parts
                "-all",
                "include:_spf.google.com",
                "a",
                "a:mail.example.com/24//64",
                "~mx//48",
                "?ptr:example.com",
                "ip4:192.0.2.0/24",
                "ip6:2001:db8::/32",
                "exists:%{i}._spf.example.com",
                // the two modifiers and an unknown one
                "redirect=_spf.example.com",
                "exp=explain.example.com",
                "x-note=hello",
            })
    void row_showsATerm_andGivesItBackUnchanged(String text) {
        var term = SpfParser.parseTerm(text);

        var row = SpfTermRow.of(term);

        assertThat(row.term()).isEqualTo(term);
        assertThat(row.text()).isEqualTo(text);
        assertThat(row.copy().term()).isEqualTo(term);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // an ip6 address in an ip4 row
                "IP4 | 2001:db8::1 | ip4 address: '2001:db8::1' is not an IPv4 address",
                // an include without a top-level label
                "INCLUDE | example | include domain: ",
                // redirect= needs a domain
                "REDIRECT | '' | redirect domain: is empty; expected e.g. _spf.example.com",
                // a known modifier typed as an unknown one
                "OTHER | exp=explain.example.com | modifier: 'exp=explain.example.com' is not an"
                        + " unknown modifier; pick its own kind (exp=) instead",
            })
    void row_namesTheFieldAndTheProblem(SpfTermKind kind, String value, String message) {
        var row = new SpfTermRow(kind);

        row.valueProperty().set(value);

        assertThat(row.isValid()).isFalse();
        assertThat(row.error()).startsWith(message);
        assertThat(row.errorFieldProperty().get()).isEqualTo(SpfTermRow.Field.VALUE);
    }

    @Test
    void changingTheKind_reparsesTheSameValue() {
        var row = new SpfTermRow(SpfTermKind.INCLUDE);
        row.valueProperty().set("_spf.example.com");
        row.qualifierProperty().set(Qualifier.SOFTFAIL);

        row.kindProperty().set(SpfTermKind.REDIRECT);

        assertThat(row.text()).isEqualTo("redirect=_spf.example.com");

        row.kindProperty().set(SpfTermKind.IP4);

        assertThat(row.isValid()).isFalse();
        assertThat(row.text()).isEqualTo("~ip4:_spf.example.com");
    }

    @Test
    void newAllRow_failsByDefault() {
        assertThat(new SpfTermRow(SpfTermKind.ALL).text()).isEqualTo("-all");
    }
}
