package org.sendready.records;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.sendready.dns.DomainName;

/// The reverse-DNS name of an IP address, where its PTR record lives, and back.
///
/// RFC 1035 section 3.5: IPv4 octets in reverse order under `in-addr.arpa`.
/// RFC 3596 section 2.5: IPv6 nibbles, least significant first, under `ip6.arpa`.
public final class ReverseName {

    /// RFC 1035 section 3.5: the IPv4 reverse tree.
    public static final DomainName IN_ADDR_ARPA = new DomainName("in-addr.arpa");

    /// RFC 3596 section 2.5: the IPv6 reverse tree.
    public static final DomainName IP6_ARPA = new DomainName("ip6.arpa");

    /// Octets of an IPv4 address, labels of its reverse name below `in-addr.arpa`.
    private static final int IPV4_OCTETS = 4;

    /// Nibbles of an IPv6 address, labels of its reverse name below `ip6.arpa`.
    private static final int IPV6_NIBBLES = 32;

    private ReverseName() {}

    /// The name whose PTR record names `address`'s host: `192.0.2.10` →
    /// `10.2.0.192.in-addr.arpa`.
    public static DomainName of(InetAddress address) {
        var labels = new ArrayList<String>();
        var bytes = address.getAddress();
        for (byte b : bytes) {
            if (address instanceof Inet4Address) {
                labels.add(Integer.toString(b & 0xff));
            } else {
                labels.add(Integer.toHexString((b >> 4) & 0xf));
                labels.add(Integer.toHexString(b & 0xf));
            }
        }
        Collections.reverse(labels);
        var tree = address instanceof Inet4Address ? IN_ADDR_ARPA : IP6_ARPA;
        return new DomainName(String.join(".", labels) + "." + tree.ascii());
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
