package org.sendready.dns;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.sendready.input.InvalidInput;

/// IP address literals typed by a user, parsed strictly and without any DNS lookup.
///
/// `InetAddress.getByName` is no parser: given a host name it resolves it, and it accepts
/// forms such as `192.168.1` or `010.0.0.1` that mean different things to different software.
/// Here an IPv4 address is exactly four decimal octets without leading zeros, and an IPv6
/// address is one of the RFC 4291 section 2.2 text forms (compressed `::`, and a dotted IPv4
/// tail). Anything else, a host name included, is rejected with a reason.
public final class IpAddresses {

    /// RFC 791: an IPv4 address is 4 octets.
    static final int IPV4_OCTETS = 4;

    /// RFC 4291 section 2.2: an IPv6 address is 8 groups of 16 bits.
    static final int IPV6_GROUPS = 8;

    /// RFC 4291 section 2.2: a group is written with at most 4 hexadecimal digits.
    static final int MAX_GROUP_DIGITS = 4;

    private static final String EXAMPLE = "an IP address such as 192.0.2.10 or 2001:db8::10";

    private IpAddresses() {}

    /// Parses an IPv4 or IPv6 address literal; errors name `field`.
    ///
    /// An IPv4-mapped IPv6 address (`::ffff:192.0.2.10`) comes back as the [Inet4Address] it
    /// maps, as the JDK represents it: the host behind it sends over IPv4, and its PTR lives in
    /// `in-addr.arpa`.
    public static InetAddress parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "is empty; expected " + EXAMPLE);
        }
        var literal = text.strip();
        if (literal.startsWith("[")) {
            throw new InvalidInput(
                    field, "'" + literal + "' has brackets; write the address without them");
        }
        if (literal.indexOf('%') >= 0) {
            throw new InvalidInput(
                    field,
                    "'"
                            + literal
                            + "' has a zone index (%...); DNS records take the address"
                            + " without it");
        }
        if (literal.indexOf(':') >= 0) {
            return toAddress(ipv6Bytes(literal, field));
        }
        if (literal.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
            return toAddress(ipv4Bytes(literal, literal, field));
        }
        throw new InvalidInput(
                field,
                "'"
                        + literal
                        + "' is not an IP address; enter the address itself ("
                        + EXAMPLE
                        + "), not a host name");
    }

    /// As [#parse], requiring IPv4.
    public static Inet4Address parseIpv4(String text, String field) {
        if (parse(text, field) instanceof Inet4Address v4) {
            return v4;
        }
        throw new InvalidInput(
                field, "'" + text.strip() + "' is not an IPv4 address; expected e.g. 192.0.2.10");
    }

    /// As [#parse], requiring IPv6 (an IPv4-mapped address is IPv4, see [#parse]).
    public static Inet6Address parseIpv6(String text, String field) {
        if (parse(text, field) instanceof Inet6Address v6) {
            return v6;
        }
        throw new InvalidInput(
                field, "'" + text.strip() + "' is not an IPv6 address; expected e.g. 2001:db8::10");
    }

    /// The address as text: dotted quad for IPv4, the RFC 5952 canonical form for IPv6
    /// (lower case, no leading zeros, the longest run of two or more zero groups as `::`, the
    /// first on a tie; an IPv4-mapped [Inet6Address] as `::ffff:192.0.2.1`), without any scope
    /// suffix (`%eth0`), which DNS has no place for.
    public static String format(InetAddress address) {
        if (address instanceof Inet6Address) {
            return formatIpv6(address.getAddress());
        }
        return address.getHostAddress();
    }

    /// Which kind of address this is, from the IANA special-purpose registries (RFC 6890).
    public static AddressScope scope(InetAddress address) {
        return SpecialRange.containing(address)
                .map(SpecialRange::scope)
                .orElse(AddressScope.PUBLIC);
    }

    /// A warning for an address that receivers on the internet cannot reach, e.g.
    /// `192.168.1.10 is in 192.168.0.0/16, a private range (RFC 1918); it is not reachable
    /// from the internet`. Empty for a public address.
    public static Optional<String> unreachableWarning(InetAddress address) {
        return SpecialRange.containing(address)
                .filter(range -> !range.scope().reachableFromInternet())
                .map(
                        range ->
                                format(address)
                                        + " is in "
                                        + range.cidr()
                                        + ", "
                                        + range.scope().description()
                                        + " ("
                                        + range.source()
                                        + "); it is not reachable from the internet");
    }

    private static InetAddress toAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a 4- or 16-byte address was rejected", e);
        }
    }

    private static byte[] ipv4Bytes(String part, String whole, String field) {
        var octets = part.split("\\.", -1);
        if (octets.length != IPV4_OCTETS) {
            throw new InvalidInput(
                    field,
                    "'"
                            + whole
                            + "' has "
                            + octets.length
                            + " parts; an IPv4 address has 4, e.g. 192.0.2.10");
        }
        var bytes = new byte[IPV4_OCTETS];
        for (int i = 0; i < IPV4_OCTETS; i++) {
            bytes[i] = (byte) octet(octets[i], whole, field);
        }
        return bytes;
    }

    private static int octet(String digits, String whole, String field) {
        if (digits.isEmpty()
                || digits.length() > 3
                || !digits.chars().allMatch(Character::isDigit)) {
            throw new InvalidInput(
                    field,
                    "'" + whole + "' has '" + digits + "' where a number from 0 to 255 belongs");
        }
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw new InvalidInput(
                    field,
                    "'"
                            + whole
                            + "' has a leading zero in '"
                            + digits
                            + "'; write it without (some software reads it as octal)");
        }
        int value = Integer.parseInt(digits);
        if (value > 255) {
            throw new InvalidInput(
                    field, "'" + whole + "' has " + value + "; each part is at most 255");
        }
        return value;
    }

    private static byte[] ipv6Bytes(String text, String field) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            throw new InvalidInput(
                    field, "'" + text + "' has '::' more than once; it may appear only once");
        }
        var words = new int[IPV6_GROUPS];
        if (gap < 0) {
            int count = fillGroups(text, text, words, true, field);
            if (count != IPV6_GROUPS) {
                throw new InvalidInput(
                        field,
                        "'"
                                + text
                                + "' has "
                                + count
                                + " groups; an IPv6 address has 8, or '::' for a run of zeros");
            }
        } else {
            var head = text.substring(0, gap);
            var tail = text.substring(gap + 2);
            var tailWords = new int[IPV6_GROUPS];
            int headCount = head.isEmpty() ? 0 : fillGroups(head, text, words, false, field);
            int tailCount = tail.isEmpty() ? 0 : fillGroups(tail, text, tailWords, true, field);
            if (headCount + tailCount >= IPV6_GROUPS) {
                throw new InvalidInput(
                        field, "'" + text + "' has too many groups for '::' to stand for any");
            }
            System.arraycopy(tailWords, 0, words, IPV6_GROUPS - tailCount, tailCount);
        }
        var bytes = new byte[16];
        for (int i = 0; i < IPV6_GROUPS; i++) {
            bytes[2 * i] = (byte) (words[i] >>> 8);
            bytes[2 * i + 1] = (byte) words[i];
        }
        return bytes;
    }

    /// Parses colon-separated groups into `words`, returning how many it filled; a dotted IPv4
    /// tail (RFC 4291 section 2.2 form 3, only at the very end) fills two.
    private static int fillGroups(
            String part, String whole, int[] words, boolean endsAddress, String field) {
        var groups = part.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            var group = groups[i];
            if (group.indexOf('.') >= 0 && endsAddress && i == groups.length - 1) {
                if (count + 2 > IPV6_GROUPS) {
                    throw new InvalidInput(field, "'" + whole + "' has more than 128 bits");
                }
                var v4 = ipv4Bytes(group, whole, field);
                words[count++] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                words[count++] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
                continue;
            }
            if (count == IPV6_GROUPS) {
                throw new InvalidInput(field, "'" + whole + "' has more than 8 groups");
            }
            words[count++] = hexGroup(group, whole, field);
        }
        return count;
    }

    private static int hexGroup(String group, String whole, String field) {
        if (group.isEmpty()) {
            throw new InvalidInput(
                    field, "'" + whole + "' has an empty group (a lone ':' at the start or end)");
        }
        if (group.length() > MAX_GROUP_DIGITS
                || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80)) {
            throw new InvalidInput(
                    field,
                    "'" + whole + "' has '" + group + "' where 1 to 4 hexadecimal digits belong");
        }
        return Integer.parseInt(group, 16);
    }

    /// RFC 5952 section 4: lower-case hex without leading zeros (4.1, 4.3), and `::` for the
    /// longest run of two or more zero groups, the first such run on a tie (4.2).
    private static String formatIpv6(byte[] bytes) {
        var words = new int[IPV6_GROUPS];
        for (int i = 0; i < IPV6_GROUPS; i++) {
            words[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        if (isIpv4Mapped(words)) {
            // RFC 5952 section 5: the IPv4 part of an IPv4-mapped address stays dotted.
            return "::ffff:"
                    + (bytes[12] & 0xff)
                    + "."
                    + (bytes[13] & 0xff)
                    + "."
                    + (bytes[14] & 0xff)
                    + "."
                    + (bytes[15] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < IPV6_GROUPS; ) {
            int j = i;
            while (j < IPV6_GROUPS && words[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(j, i + 1);
        }
        var text = new StringBuilder();
        for (int i = 0; i < IPV6_GROUPS; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(words[i]));
        }
        return text.toString();
    }

    /// RFC 4291 section 2.5.5.2: `::ffff:0:0/96`, five zero groups then `ffff`.
    private static boolean isIpv4Mapped(int[] words) {
        for (int i = 0; i < 5; i++) {
            if (words[i] != 0) {
                return false;
            }
        }
        return words[5] == 0xffff;
    }
}
