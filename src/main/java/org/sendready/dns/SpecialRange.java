package org.sendready.dns;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/// One block of the IANA special-purpose address registries (RFC 6890), with its scope and the
/// RFC that reserves it. Only the blocks that matter for a sending mail server are listed.
record SpecialRange(InetAddress network, int prefixLength, AddressScope scope, String source) {

    private static final List<SpecialRange> ALL =
            List.of(
                    range("0.0.0.0", 8, AddressScope.UNSPECIFIED, "RFC 1122"),
                    range("10.0.0.0", 8, AddressScope.PRIVATE, "RFC 1918"),
                    range("100.64.0.0", 10, AddressScope.SHARED, "RFC 6598"),
                    range("127.0.0.0", 8, AddressScope.LOOPBACK, "RFC 1122"),
                    range("169.254.0.0", 16, AddressScope.LINK_LOCAL, "RFC 3927"),
                    range("172.16.0.0", 12, AddressScope.PRIVATE, "RFC 1918"),
                    range("192.0.0.0", 24, AddressScope.RESERVED, "RFC 6890"),
                    range("192.0.2.0", 24, AddressScope.DOCUMENTATION, "RFC 5737"),
                    range("192.88.99.0", 24, AddressScope.RESERVED, "RFC 7526"),
                    range("192.168.0.0", 16, AddressScope.PRIVATE, "RFC 1918"),
                    range("198.18.0.0", 15, AddressScope.BENCHMARKING, "RFC 2544"),
                    range("198.51.100.0", 24, AddressScope.DOCUMENTATION, "RFC 5737"),
                    range("203.0.113.0", 24, AddressScope.DOCUMENTATION, "RFC 5737"),
                    range("224.0.0.0", 4, AddressScope.MULTICAST, "RFC 5771"),
                    range("240.0.0.0", 4, AddressScope.RESERVED, "RFC 1112"),
                    range("::", 128, AddressScope.UNSPECIFIED, "RFC 4291"),
                    range("::1", 128, AddressScope.LOOPBACK, "RFC 4291"),
                    range("100::", 64, AddressScope.RESERVED, "RFC 6666"),
                    range("2001:db8::", 32, AddressScope.DOCUMENTATION, "RFC 3849"),
                    range("3fff::", 20, AddressScope.DOCUMENTATION, "RFC 9637"),
                    range("fc00::", 7, AddressScope.PRIVATE, "RFC 4193"),
                    range("fe80::", 10, AddressScope.LINK_LOCAL, "RFC 4291"),
                    range("fec0::", 10, AddressScope.RESERVED, "RFC 3879"),
                    range("ff00::", 8, AddressScope.MULTICAST, "RFC 4291"));

    private static SpecialRange range(
            String network, int prefixLength, AddressScope scope, String source) {
        return new SpecialRange(
                IpAddresses.parse(network, "special range"), prefixLength, scope, source);
    }

    /// The first listed range holding `address`.
    static Optional<SpecialRange> containing(InetAddress address) {
        return ALL.stream().filter(range -> range.contains(address.getAddress())).findFirst();
    }

    boolean contains(byte[] address) {
        var network = this.network.getAddress();
        return address.length == network.length
                && Arrays.equals(
                        IpAddresses.networkBytes(address, prefixLength),
                        IpAddresses.networkBytes(network, prefixLength));
    }

    /// The block in CIDR notation: `192.168.0.0/16`.
    String cidr() {
        return IpAddresses.format(network) + "/" + prefixLength;
    }
}
