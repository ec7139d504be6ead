package org.sendready.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
