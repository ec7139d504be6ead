package org.sendready.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressTextTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
        // RFC 5952 section 4.2.1: :: shortens as much as possible
        "2001:db8:0:0:0:0:2:1, 2001:db8::2:1",
        // RFC 5952 section 4.2.2: a single zero group is not shortened
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        // RFC 5952 section 4.2.3: the longest run of zeros
        "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
        // RFC 5952 section 4.2.3: on a tie, the first run
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        // RFC 5952 sections 4.1 and 4.3: no leading zeros, lower case
        "2001:0DB8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        // zeros at either end
        "0:0:0:0:0:0:0:0, ::",
        "0:0:0:0:0:0:0:1, ::1",
        "1:0:0:0:0:0:0:0, 1::",
        // no zeros at all
        "2001:db8:1:2:3:4:5:6, 2001:db8:1:2:3:4:5:6",
        // IPv4 stays dotted decimal
        "192.0.2.1, 192.0.2.1"
    })
    void of_writesCanonicalForm(String literal, String expected) {
        assertThat(AddressText.of(InetAddress.ofLiteral(literal))).isEqualTo(expected);
    }
}
