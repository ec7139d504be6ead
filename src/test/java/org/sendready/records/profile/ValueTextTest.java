package org.sendready.records.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // RFC 5952 4.2.1: the longest zero run becomes '::'
        "2001:0db8:0000:0000:0000:0000:0000:0025, 2001:db8::25",
        // 4.2.2: a single zero group stays '0'
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        // 4.2.3: on a tie the first run is shortened
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        // all zeros and the loopback
        "0:0:0:0:0:0:0:0, ::",
        "0:0:0:0:0:0:0:1, ::1",
        // IPv4 stays dotted decimal
        "192.0.2.1, 192.0.2.1"
    })
    void address_writesTheCanonicalForm(String literal, String expected) throws Exception {
        assertThat(ValueText.address(InetAddress.getByName(literal))).isEqualTo(expected);
    }
}
