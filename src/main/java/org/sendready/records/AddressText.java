package org.sendready.records;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/// IP addresses as text: IPv4 in dotted decimal, IPv6 in the canonical form of RFC 5952.
///
/// The JDK prints IPv6 uncompressed (`2001:db8:0:0:0:0:0:1`); zone files, panels and people
/// expect `2001:db8::1`.
public final class AddressText {

    /// RFC 4291 section 2.2: an IPv6 address is written as eight 16-bit groups.
    private static final int IPV6_GROUPS = 8;

    private AddressText() {}

    /// `address` as text, without any scope suffix (`%eth0`), which DNS has no place for.
    public static String of(InetAddress address) {
        return switch (address) {
            case Inet4Address v4 -> v4.getHostAddress();
            case Inet6Address v6 -> ipv6(v6.getAddress());
            default -> throw new IllegalArgumentException("unknown address family: " + address);
        };
    }

    /// RFC 5952 section 4: lower-case hex without leading zeros (4.1, 4.3), and `::` for the
    /// longest run of two or more zero groups, the first such run on a tie (4.2).
    private static String ipv6(byte[] bytes) {
        var groups = new int[IPV6_GROUPS];
        for (int i = 0; i < IPV6_GROUPS; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int runStart = -1;
        int runLength = 0;
        for (int i = 0; i < IPV6_GROUPS; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < IPV6_GROUPS && groups[end] == 0) {
                end++;
            }
            if (end - i > runLength) {
                runStart = i;
                runLength = end - i;
            }
            i = end;
        }
        if (runLength < 2) {
            runStart = -1; // RFC 5952 section 4.2.2: never `::` for a single zero group
        }
        var text = new StringBuilder();
        for (int i = 0; i < IPV6_GROUPS; i++) {
            if (i == runStart) {
                text.append("::");
                i += runLength - 1;
                continue;
            }
            if (i > 0 && i != runStart + runLength) {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
