package org.sendready.dns;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/// Where the PTR record of an address lives: its owner name in the reverse tree and the
/// reverse zone an exporter writes it into.
///
/// - IPv4 (RFC 1035 section 3.5): the octets reversed under `in-addr.arpa`, so 192.0.2.10 is
///   `10.2.0.192.in-addr.arpa`.
/// - IPv6 (RFC 3596 section 2.5): the 32 nibbles reversed under `ip6.arpa`, so 2001:db8::1 is
///   `1.0.0.0.(...).8.b.d.0.1.0.0.2.ip6.arpa`.
///
/// **Zone convention.** The reverse zone is whatever the owner of the address block delegated,
/// which sendready cannot know. It assumes the common cases: the /24 for IPv4
/// (`2.0.192.in-addr.arpa`; classless RFC 2317 delegations of smaller blocks are not modelled)
/// and the /64 for IPv6 (16 nibbles), the smallest block providers usually hand out (they
/// delegate /48 to /64). Usually the hosting provider owns the zone and sets the PTR in its
/// panel; where the admin runs the zone with another cut, [#of(InetAddress, int)] takes the
/// prefix length.
public record ReverseName(DomainName owner, DomainName zone) {

    /// The IPv4 reverse zone assumed by default: a /24, three octets.
    public static final int IPV4_ZONE_PREFIX = 24;

    /// The IPv6 reverse zone assumed by default: a /64, 16 nibbles.
    public static final int IPV6_ZONE_PREFIX = 64;

    private static final String IPV4_SUFFIX = "in-addr.arpa";
    private static final String IPV6_SUFFIX = "ip6.arpa";

    public ReverseName {
        Objects.requireNonNull(owner);
        Objects.requireNonNull(zone);
        if (!owner.isWithin(zone) || owner.equals(zone)) {
            throw new IllegalArgumentException(owner + " is not below zone " + zone);
        }
    }

    /// The PTR owner of `address` in the default reverse zone (/24 or /64).
    public static ReverseName of(InetAddress address) {
        return of(address, address instanceof Inet4Address ? IPV4_ZONE_PREFIX : IPV6_ZONE_PREFIX);
    }

    /// The PTR owner of `address` in the reverse zone of the given prefix length: a multiple of
    /// 8 from 8 to 24 for IPv4, of 4 from 4 to 124 for IPv6 (reverse zones are cut at label
    /// boundaries: an octet in `in-addr.arpa`, a nibble in `ip6.arpa`).
    public static ReverseName of(InetAddress address, int zonePrefixLength) {
        var labels = labelsFromRoot(address);
        int bitsPerLabel = address instanceof Inet6Address ? 4 : 8;
        int totalBits = labels.size() * bitsPerLabel;
        if (zonePrefixLength <= 0
                || zonePrefixLength >= totalBits
                || zonePrefixLength % bitsPerLabel != 0) {
            throw new IllegalArgumentException(
                    "zone prefix /"
                            + zonePrefixLength
                            + " is not a multiple of "
                            + bitsPerLabel
                            + " between "
                            + bitsPerLabel
                            + " and "
                            + (totalBits - bitsPerLabel));
        }
        var suffix = address instanceof Inet6Address ? IPV6_SUFFIX : IPV4_SUFFIX;
        return new ReverseName(
                name(labels, suffix),
                name(labels.subList(0, zonePrefixLength / bitsPerLabel), suffix));
    }

    /// The reverse labels from the most significant end: octets for IPv4, nibbles for IPv6.
    private static List<String> labelsFromRoot(InetAddress address) {
        var labels = new ArrayList<String>();
        for (byte b : address.getAddress()) {
            if (address instanceof Inet6Address) {
                labels.add(Integer.toHexString((b >> 4) & 0xf));
                labels.add(Integer.toHexString(b & 0xf));
            } else {
                labels.add(Integer.toString(b & 0xff));
            }
        }
        return labels;
    }

    private static DomainName name(List<String> labelsFromRoot, String suffix) {
        var reversed = new ArrayList<>(labelsFromRoot);
        Collections.reverse(reversed);
        reversed.add(suffix);
        return new DomainName(String.join(".", reversed));
    }
}
