package org.sendready.spf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.IpAddresses;

class IpLiteralTest {

    @ParameterizedTest
    @CsvSource({
        // full form, upper case, leading zeros in groups
        "2001:0DB8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        // the longest zero run is compressed
        "2001:db8:0:0:1:0:0:0, 2001:db8:0:0:1::",
        // the first of two equal runs is compressed
        "2001:0:0:1:0:0:1:1, 2001::1:0:0:1:1",
        // a single zero group is not compressed (RFC 5952 section 4.2.2)
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        // all zeros, loopback
        "::, ::",
        "::1, ::1",
        // '::' standing for one group
        "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
        // IPv4-mapped keeps dotted form; other embedded IPv4 becomes hex
        "::FFFF:192.0.2.1, ::ffff:192.0.2.1",
        "64:ff9b::192.0.2.1, 64:ff9b::c000:201",
        "1:2:3:4:5:6:1.2.3.4, 1:2:3:4:5:6:102:304",
    })
    void parse6_thenFormat_givesRfc5952Text(String text, String expected) {
        var address = IpLiteral.parse6(text, 0, text.length());
        assertThat(IpAddresses.format(address)).isEqualTo(expected);
        var reparsed = IpLiteral.parse6(expected, 0, expected.length());
        assertThat(reparsed.getAddress()).isEqualTo(address.getAddress());
    }

    @ParameterizedTest
    @CsvSource({
        // zone index
        "fe80::1%eth0",
        // brackets
        "[2001:db8::1]",
        // IPv4 part not at the end
        "1.2.3.4::",
        // too many groups before the IPv4 part
        "1:2:3:4:5:6:7:1.2.3.4",
        // trailing single colon
        "2001:db8::1:",
        // a group of five digits
        "2001:db8::12345",
        // a bad IPv4 tail
        "::ffff:1.2.3",
    })
    void parse6_rejectsInvalidText(String text) {
        assertThatThrownBy(() -> IpLiteral.parse6(text, 0, text.length()))
                .isInstanceOf(SyntaxError.class);
    }

    @ParameterizedTest
    @CsvSource({
        // leading zero, empty number, a letter, too many numbers, a sign
        "01.2.3.4",
        "1..3.4",
        "1.2.3.x",
        "1.2.3.4.5",
        "+1.2.3.4",
        "'1.2.3.4 '",
    })
    void parse4_rejectsAnythingButStrictDottedQuad(String text) {
        assertThatThrownBy(() -> IpLiteral.parse4(text, 0, text.length()))
                .isInstanceOf(SyntaxError.class);
    }
}
