package org.sendready.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.input.InvalidInput;

class IpAddressesTest {

    @ParameterizedTest
    @CsvSource({
        "192.0.2.10, 192.0.2.10", // plain IPv4
        "' 0.0.0.0 ', 0.0.0.0", // surrounding spaces trimmed, zero octets
        "255.255.255.255, 255.255.255.255", // largest octets
    })
    void parse_acceptsDottedQuad(String text, String expected) {
        var address = IpAddresses.parse(text, "ip");
        assertThat(address).isInstanceOf(Inet4Address.class);
        assertThat(IpAddresses.format(address)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2001:db8::10, 2001:db8::10", // compressed middle
        "2001:0DB8:0000:0000:0000:0000:0000:0010, 2001:db8::10", // full form, upper case
        "::, ::", // unspecified
        "::1, ::1", // loopback
        "fe80::, fe80::", // compressed tail
        "2001:db8:0:1:0:0:0:1, 2001:db8:0:1::1", // longest zero run wins (RFC 5952 4.2.3)
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1", // first of equal runs wins
        "2001:db8:1:1:1:1:0:1, 2001:db8:1:1:1:1:0:1", // a single zero group stays
        "::192.0.2.1, ::c000:201", // IPv4-compatible tail
        "64:ff9b::192.0.2.1, 64:ff9b::c000:201", // NAT64 with dotted tail
    })
    void parse_acceptsIpv6Forms_andFormatsThemCanonically(String text, String expected) {
        var address = IpAddresses.parse(text, "ip");
        assertThat(address).isInstanceOf(Inet6Address.class);
        assertThat(IpAddresses.format(address)).isEqualTo(expected);
    }

    @Test
    void parse_givesIpv4_forIpv4MappedAddress() {
        var address = IpAddresses.parse("::ffff:192.0.2.1", "ip");
        assertThat(address).isInstanceOf(Inet4Address.class);
        assertThat(IpAddresses.format(address)).isEqualTo("192.0.2.1");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
        // RFC 5952 section 4.2.1: :: shortens as much as possible
        "2001:db8:0:0:0:0:2:1, 2001:db8::2:1",
        "2001:0db8:0000:0000:0000:0000:0000:0025, 2001:db8::25",
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
    void format_writesCanonicalForm(String literal, String expected) {
        assertThat(IpAddresses.format(InetAddress.ofLiteral(literal))).isEqualTo(expected);
    }

    @Test
    void format_keepsTheIpv4PartDotted_forAnIpv4MappedIpv6Address() throws Exception {
        var mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(new byte[] {(byte) 192, 0, 2, 1}, 0, mapped, 12, 4);
        // RFC 5952 section 5
        assertThat(IpAddresses.format(Inet6Address.getByAddress(null, mapped, -1)))
                .isEqualTo("::ffff:192.0.2.1");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mail.example.com | is not an IP address", // a host name is never resolved
                "localhost | is not an IP address", // not even localhost
                "192.168.1 | has 3 parts", // missing octet
                "192.168.1.1.1 | has 5 parts", // one too many
                "192.168.01.1 | leading zero in '01'", // leading zero
                "192.168.1.256 | at most 255", // octet out of range
                "192.168..1 | where a number from 0 to 255 belongs", // empty octet
                "1:2:3:4:5:6:7 | has 7 groups", // IPv6 short without ::
                "1:2:3:4:5:6:7:8:9 | more than 8 groups", // too long
                "1::2::3 | more than once", // two gaps
                "1:2:3:4::5:6:7:8 | too many groups", // :: standing for nothing
                "12345::1 | 1 to 4 hexadecimal digits", // group too wide
                "g::1 | 1 to 4 hexadecimal digits", // not hex
                ":1:2:3:4:5:6:7 | empty group", // lone leading colon
                "1.2.3.4:: | 1 to 4 hexadecimal digits", // dotted part not at the end
                "::ffff:\u0661.2.3.4 | where a number from 0 to 255 belongs", // non-ASCII digit
                "fe80::1%eth0 | zone index", // scope id
                "[2001:db8::1] | brackets", // URL-style brackets
                "'' | is empty", // nothing
            })
    void parse_rejectsWithReason(String text, String reason) {
        assertThatThrownBy(() -> IpAddresses.parse(text, "ip"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("ip: ")
                .hasMessageContaining(reason);
    }

    @Test
    void parseIpv4_rejectsIpv6() {
        assertThatThrownBy(() -> IpAddresses.parseIpv4("2001:db8::1", "--ip"))
                .hasMessage("--ip: '2001:db8::1' is not an IPv4 address; expected e.g. 192.0.2.10");
    }

    @Test
    void parseIpv6_rejectsIpv4() {
        assertThatThrownBy(() -> IpAddresses.parseIpv6("192.0.2.1", "--ip"))
                .hasMessageContaining("is not an IPv6 address");
    }

    @ParameterizedTest
    @CsvSource({
        "192.0.2.10, 24, 192.0.2.0", // octet boundary
        "192.0.2.10, 32, 192.0.2.10", // the whole address
        "192.0.2.10, 0, 0.0.0.0", // nothing kept
        "10.255.1.1, 9, 10.128.0.0", // inside an octet
        "2001:db8:abcd:12::1, 48, 2001:db8:abcd::", // IPv6 /48
        "2001:db8::ffff, 121, 2001:db8::ff80", // IPv6 inside a group
    })
    void networkBytes_clearsTheBitsPastThePrefix(String address, int prefix, String network) {
        var bytes = InetAddress.ofLiteral(address).getAddress();
        var copy = bytes.clone();
        assertThat(IpAddresses.networkBytes(bytes, prefix))
                .isEqualTo(InetAddress.ofLiteral(network).getAddress());
        assertThat(bytes).isEqualTo(copy);
    }

    @ParameterizedTest
    @CsvSource({
        "8.8.8.8, PUBLIC", // ordinary public address
        "10.1.2.3, PRIVATE", // RFC 1918 /8
        "172.16.0.1, PRIVATE", // RFC 1918 /12 start
        "172.31.255.255, PRIVATE", // RFC 1918 /12 end
        "172.32.0.1, PUBLIC", // just past the /12
        "192.168.1.10, PRIVATE", // RFC 1918 /16
        "100.64.0.1, SHARED", // carrier-grade NAT
        "127.0.0.1, LOOPBACK", // loopback
        "169.254.10.1, LINK_LOCAL", // link-local
        "192.0.2.10, DOCUMENTATION", // TEST-NET-1
        "198.51.100.7, DOCUMENTATION", // TEST-NET-2
        "203.0.113.9, DOCUMENTATION", // TEST-NET-3
        "198.19.0.1, BENCHMARKING", // benchmarking /15
        "224.0.0.1, MULTICAST", // multicast
        "255.255.255.255, RESERVED", // broadcast within 240/4
        "0.0.0.0, UNSPECIFIED", // this network
        "2a00:1450::1, PUBLIC", // global unicast
        "::1, LOOPBACK", // IPv6 loopback
        "::, UNSPECIFIED", // IPv6 unspecified
        "fd12:3456::1, PRIVATE", // unique local
        "fe80::1, LINK_LOCAL", // IPv6 link-local
        "2001:db8::1, DOCUMENTATION", // RFC 3849
        "3fff:0fff::1, DOCUMENTATION", // RFC 9637
        "ff02::1, MULTICAST", // IPv6 multicast
    })
    void scope_classifiesSpecialRanges(String text, AddressScope expected) {
        assertThat(IpAddresses.scope(IpAddresses.parse(text, "ip"))).isEqualTo(expected);
    }

    @Test
    void unreachableWarning_namesRangeAndRfc_forPrivateAddress() {
        assertThat(IpAddresses.unreachableWarning(IpAddresses.parse("192.168.1.10", "ip")))
                .contains(
                        "192.168.1.10 is in 192.168.0.0/16, a private range (RFC 1918); it is not"
                                + " reachable from the internet");
        assertThat(IpAddresses.unreachableWarning(IpAddresses.parse("fd00::25", "ip")))
                .contains(
                        "fd00::25 is in fc00::/7, a private range (RFC 4193); it is not reachable"
                                + " from the internet");
    }

    @Test
    void unreachableWarning_isEmpty_forPublicAddress() {
        assertThat(IpAddresses.unreachableWarning(IpAddresses.parse("8.8.8.8", "ip"))).isEmpty();
    }
}
