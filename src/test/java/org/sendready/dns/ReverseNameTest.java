package org.sendready.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReverseNameTest {

    @Test
    void of_reversesOctets_andUsesThe24Zone_forIpv4() {
        var reverse = ReverseName.of(IpAddresses.parse("192.0.2.10", "ip"));
        assertThat(reverse.owner().ascii()).isEqualTo("10.2.0.192.in-addr.arpa");
        assertThat(reverse.zone().ascii()).isEqualTo("2.0.192.in-addr.arpa");
        assertThat(reverse.owner().relativeTo(reverse.zone())).isEqualTo("10");
    }

    @Test
    void of_reversesAllNibbles_andUsesThe64Zone_forIpv6() {
        var reverse = ReverseName.of(IpAddresses.parse("2001:db8::567:89ab", "ip"));
        assertThat(reverse.owner().ascii())
                .isEqualTo(
                        "b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
        assertThat(reverse.owner().labels()).hasSize(32 + 2);
        assertThat(reverse.zone().ascii()).isEqualTo("0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
        assertThat(reverse.owner().relativeTo(reverse.zone()))
                .isEqualTo("b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0");
    }

    @ParameterizedTest
    @CsvSource({
        "192.0.2.10, 16, 0.192.in-addr.arpa", // a /16 delegation
        "192.0.2.10, 8, 192.in-addr.arpa", // a /8
        "2001:db8:abcd:12::1, 48, d.c.b.a.8.b.d.0.1.0.0.2.ip6.arpa", // a /48 delegation
        "2001:db8:abcd:12::1, 56, 0.0.d.c.b.a.8.b.d.0.1.0.0.2.ip6.arpa", // a /56
    })
    void of_usesGivenZonePrefix(String address, int prefix, String zone) {
        var reverse = ReverseName.of(IpAddresses.parse(address, "ip"), prefix);
        assertThat(reverse.zone().ascii()).isEqualTo(zone);
        assertThat(reverse.owner().isWithin(reverse.zone())).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "192.0.2.10, 20", // not at an octet boundary
        "192.0.2.10, 32", // the zone would be the owner itself
        "192.0.2.10, 0", // the whole in-addr.arpa
        "2001:db8::1, 50", // not at a nibble boundary
        "2001:db8::1, 128", // the zone would be the owner itself
    })
    void of_rejectsZonePrefix_notAtALabelBoundaryBelowTheAddress(String address, int prefix) {
        assertThatThrownBy(() -> ReverseName.of(IpAddresses.parse(address, "ip"), prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zone prefix /" + prefix);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        // RFC 1035 section 3.5: octets reversed under in-addr.arpa
        "192.0.2.10, 10.2.0.192.in-addr.arpa",
        "10.0.0.0, 0.0.0.10.in-addr.arpa",
        "192.0.2.1, 1.2.0.192.in-addr.arpa",
        // RFC 3596 section 2.5: nibbles reversed under ip6.arpa
        "2001:db8::567:89ab,"
                + " b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa",
        "2001:db8::25,"
                + " 5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"
    })
    void of_reversesTheAddress_andAddressReadsItBack(String ip, String reverse) {
        var address = InetAddress.ofLiteral(ip);
        assertThat(ReverseName.of(address).owner()).isEqualTo(DomainName.parse(reverse));
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
                // not a number
                "x.2.0.192.in-addr.arpa",
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
