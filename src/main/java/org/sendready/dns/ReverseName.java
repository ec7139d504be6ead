package org.sendready.dns;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
///
/// [#address(DomainName)] reads a full reverse name back into the address it stands for.
public record ReverseName(DomainName owner, DomainName zone) {

    /// The IPv4 reverse zone assumed by default: a /24, three octets.
    public static final int IPV4_ZONE_PREFIX = 24;

    /// The IPv6 reverse zone assumed by default: a /64, 16 nibbles.
    public static final int IPV6_ZONE_PREFIX = 64;

    /// RFC 1035 section 3.5: the IPv4 reverse tree.
    public static final DomainName IN_ADDR_ARPA = new DomainName("in-addr.arpa");

    /// RFC 3596 section 2.5: the IPv6 reverse tree.
    public static final DomainName IP6_ARPA = new DomainName("ip6.arpa");

    /// Octets of an IPv4 address, labels of its reverse name below `in-addr.arpa`.
    private static final int IPV4_OCTETS = 4;

    /// Nibbles of an IPv6 address, labels of its reverse name below `ip6.arpa`.
    private static final int IPV6_NIBBLES = 32;

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
        var suffix = address instanceof Inet6Address ? IP6_ARPA : IN_ADDR_ARPA;
        return new ReverseName(
                name(labels, suffix),
                name(labels.subList(0, zonePrefixLength / bitsPerLabel), suffix));
    }

    /// The address a full reverse name stands for, or empty when `name` is not one (a zone
    /// apex such as `2.0.192.in-addr.arpa`, or a name outside the reverse trees).
    public static Optional<InetAddress> address(DomainName name) {
        if (name.isWithin(IN_ADDR_ARPA)) {
            return parse(labelsBelow(name, IN_ADDR_ARPA), IPV4_OCTETS, 10, 1);
        }
        if (name.isWithin(IP6_ARPA)) {
            return parse(labelsBelow(name, IP6_ARPA), IPV6_NIBBLES, 16, 2);
        }
        return Optional.empty();
    }

    /// True for a name in one of the reverse trees, such as a reverse zone.
    public static boolean isReverse(DomainName name) {
        return name.isWithin(IN_ADDR_ARPA) || name.isWithin(IP6_ARPA);
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

    private static DomainName name(List<String> labelsFromRoot, DomainName suffix) {
        var reversed = new ArrayList<>(labelsFromRoot);
        Collections.reverse(reversed);
        reversed.add(suffix.ascii());
        return new DomainName(String.join(".", reversed));
    }

    /// The labels of `name` below `tree`, from the most significant end.
    private static List<String> labelsBelow(DomainName name, DomainName tree) {
        var labels = new ArrayList<>(name.labels());
        labels.subList(labels.size() - tree.labels().size(), labels.size()).clear();
        Collections.reverse(labels);
        return labels;
    }

    private static Optional<InetAddress> parse(
            List<String> labels, int count, int radix, int labelsPerByte) {
        if (labels.size() != count) {
            return Optional.empty();
        }
        var bytes = new byte[count / labelsPerByte];
        int bitsPerLabel = 8 / labelsPerByte;
        for (int i = 0; i < count; i++) {
            int value = digits(labels.get(i), radix, bitsPerLabel);
            if (value < 0) {
                return Optional.empty();
            }
            int index = i / labelsPerByte;
            bytes[index] = (byte) ((bytes[index] << bitsPerLabel) | value);
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a 4- or 16-byte address is always valid", e);
        }
    }

    /// The label's value, or -1 unless it is a canonical number below `2^bits` (no leading
    /// zeros: `010` names no IPv4 octet; one lower-case hex digit per IPv6 nibble).
    private static int digits(String label, int radix, int bits) {
        if (label.isEmpty() || (label.length() > 1 && label.charAt(0) == '0')) {
            return -1;
        }
        int value = 0;
        for (char c : label.toCharArray()) {
            int digit = Character.digit(c, radix);
            if (digit < 0) {
                return -1;
            }
            value = value * radix + digit;
            if (value >= 1 << bits) {
                return -1;
            }
        }
        return value;
    }
}
