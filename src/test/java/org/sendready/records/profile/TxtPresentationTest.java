package org.sendready.records.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sendready.records.QuotedString.ByteEscape;

class TxtPresentationTest {

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
