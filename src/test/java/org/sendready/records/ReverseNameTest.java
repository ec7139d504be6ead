package org.sendready.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendready.dns.DomainName;

class ReverseNameTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        // RFC 1035 section 3.5: octets reversed under in-addr.arpa
        "192.0.2.10, 10.2.0.192.in-addr.arpa",
        "10.0.0.0, 0.0.0.10.in-addr.arpa",
        // RFC 3596 section 2.5: nibbles reversed under ip6.arpa
        "2001:db8::567:89ab,"
                + " b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"
    })
    void of_reversesTheAddress_andAddressReadsItBack(String ip, String reverse) {
        var address = InetAddress.ofLiteral(ip);
        assertThat(ReverseName.of(address)).isEqualTo(DomainName.parse(reverse));
        assertThat(ReverseName.address(DomainName.parse(reverse))).contains(address);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                // a reverse zone apex, not a full address
                "2.0.192.in-addr.arpa",
                // five labels
                "1.10.2.0.192.in-addr.arpa",
                // an octet past 255, and one with a leading zero
                "256.2.0.192.in-addr.arpa",
                "010.2.0.192.in-addr.arpa",
                // two hex digits in one nibble label
                "10.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa",
                // not in a reverse tree at all
                "mail.example.com"
            })
    void address_isEmpty_forNamesThatAreNoFullReverseName(String name) {
        assertThat(ReverseName.address(DomainName.parse(name))).isEmpty();
    }

    @Test
    void isReverse_tellsReverseZonesFromForwardOnes() {
        assertThat(ReverseName.isReverse(DomainName.parse("2.0.192.in-addr.arpa"))).isTrue();
        assertThat(ReverseName.isReverse(DomainName.parse("8.b.d.0.1.0.0.2.ip6.arpa"))).isTrue();
        assertThat(ReverseName.isReverse(DomainName.parse("arpa.example.com"))).isFalse();
    }
}
