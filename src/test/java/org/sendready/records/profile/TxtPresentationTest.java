package org.sendready.records.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.records.profile.TxtPresentation.ByteEscape;

class TxtPresentationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // printable ASCII stays as it is, spaces included
                "v=spf1 -all     | v=spf1 -all     | v=spf1 -all",
                // quote and backslash take a backslash
                "a\"b\\c         | a\\\"b\\\\c     | a\\\"b\\\\c",
                // other octets: three decimal digits (RFC 1035) or octal ones (Route 53)
                "é               | \\195\\169      | \\303\\251",
                // a control character is an octet like any other
                "tab\there       | tab\\009here    | tab\\011here"
            })
    void escape_writesOctets_asEachTargetReadsThem(String text, String decimal, String octal) {
        var value = text.replace("\\t", "\t");
        assertThat(TxtPresentation.escape(value, ByteEscape.DECIMAL)).isEqualTo(decimal);
        assertThat(TxtPresentation.escape(value, ByteEscape.OCTAL)).isEqualTo(octal);
    }

    @Test
    void quotedStrings_splitsAt255Octets_andDecodesBack() {
        var value = "p=" + "A".repeat(600);
        var text = TxtPresentation.quotedStrings(value, ByteEscape.DECIMAL);
        assertThat(text).startsWith("\"p=AAA").contains("\" \"");
        var strings = Decode.presentation(text, 10);
        assertThat(strings).extracting(s -> s.length).containsExactly(255, 255, 92);
        assertThat(Decode.joined(strings)).isEqualTo(value);
    }

    @Test
    void route53Joined_joinsStringsWithTwoQuotes_withoutOuterQuotes() {
        var value = "x".repeat(300);
        assertThat(TxtPresentation.route53Joined(value))
                .isEqualTo("x".repeat(255) + "\"\"" + "x".repeat(45));
    }

    @Test
    void needsEscaping_isTrue_forQuotesBackslashesAndNonAsciiOnly() {
        assertThat(TxtPresentation.needsEscaping("v=DKIM1; k=rsa; p=AB+/=")).isFalse();
        assertThat(TxtPresentation.needsEscaping("say \"hi\"")).isTrue();
        assertThat(TxtPresentation.needsEscaping("C:\\")).isTrue();
        assertThat(TxtPresentation.needsEscaping("grüße")).isTrue();
    }
}
