package org.sendready.spf;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/// Strict IP address literals as SPF writes them (RFC 7208 section 5.6): four decimal numbers
/// without leading zeros for IPv4, RFC 4291 section 2.2 text for IPv6. Never consults DNS.
final class IpLiteral {
    private static final int IP4_OCTETS = 4;
    private static final int IP6_GROUPS = 8;
    private static final int MAX_GROUP_DIGITS = 4;

    private IpLiteral() {}

    static boolean isIp4(String text) {
        try {
            parse4(text, 0, text.length());
            return true;
        } catch (SyntaxError e) {
            return false;
        }
    }

    static boolean isIp6(String text) {
        try {
            parse6(text, 0, text.length());
            return true;
        } catch (SyntaxError e) {
            return false;
        }
    }

    /// Parses `text[from, to)` as a dotted-quad IPv4 address.
    static Inet4Address parse4(String text, int from, int to) {
        var written = text.substring(from, to);
        if (written.isEmpty()) {
            throw new SyntaxError(from, "the IPv4 address is missing; expected e.g. 192.0.2.1");
        }
        int colon = written.indexOf(':');
        if (colon >= 0) {
            if (isIp6(written)) {
                throw new SyntaxError(
                        from, "'" + written + "' is an IPv6 address; write ip6:" + written);
            }
            if (isIp4(written.substring(0, colon))) {
                throw new SyntaxError(
                        from + colon,
                        "'"
                                + written
                                + "': a port is not allowed; write ip4:"
                                + written.substring(0, colon));
            }
        }
        var bytes = new byte[IP4_OCTETS];
        int count = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '.') {
                if (count == IP4_OCTETS) {
                    throw new SyntaxError(
                            from,
                            "'" + written + "' has more than 4 numbers; expected e.g. 192.0.2.1");
                }
                bytes[count++] = (byte) octet(text, start, i, written);
                start = i + 1;
            }
        }
        if (count < IP4_OCTETS) {
            throw new SyntaxError(
                    from,
                    "'"
                            + written
                            + "' has "
                            + count
                            + " of the 4 numbers of an IPv4 address; numbers may not be left"
                            + " out, write a range with a prefix length instead, e.g. "
                            + paddedRange(written, count));
        }
        return ip4(bytes);
    }

    /// The IPv4 address of four bytes.
    static Inet4Address ip4(byte[] bytes) {
        try {
            return (Inet4Address) InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an IPv4 address has four bytes", e);
        }
    }

    /// The IPv6 address of sixteen bytes, kept IPv6 even when IPv4-mapped.
    static Inet6Address ip6(byte[] bytes) {
        try {
            return Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an IPv6 address has sixteen bytes", e);
        }
    }

    private static int octet(String text, int from, int to, String written) {
        var part = text.substring(from, to);
        if (part.isEmpty()) {
            throw new SyntaxError(
                    from, "'" + written + "' has an empty number; expected e.g. 192.0.2.1");
        }
        if (part.length() > 3 || !isDecimal(part)) {
            throw new SyntaxError(
                    from,
                    "'"
                            + written
                            + "' is not an IPv4 address: '"
                            + part
                            + "' is not a number from 0 to 255");
        }
        if (part.length() > 1 && part.charAt(0) == '0') {
            throw new SyntaxError(
                    from,
                    "'" + written + "': '" + part + "' has a leading zero, which is not allowed");
        }
        int value = Integer.parseInt(part);
        if (value > 255) {
            throw new SyntaxError(from, "'" + written + "': " + value + " is more than 255");
        }
        return value;
    }

    static boolean isDecimal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String paddedRange(String written, int count) {
        var padded = new StringBuilder(written);
        for (int i = count; i < IP4_OCTETS; i++) {
            padded.append(".0");
        }
        return padded + "/" + (count * 8);
    }

    /// Parses `text[from, to)` as an IPv6 address in RFC 4291 section 2.2 text form.
    static Inet6Address parse6(String text, int from, int to) {
        var written = text.substring(from, to);
        if (written.isEmpty()) {
            throw new SyntaxError(from, "the IPv6 address is missing; expected e.g. 2001:db8::1");
        }
        if (written.indexOf(':') < 0 && isIp4(written)) {
            throw new SyntaxError(
                    from, "'" + written + "' is an IPv4 address; write ip4:" + written);
        }
        var bytes = new byte[16];
        int doubleColon = written.indexOf("::");
        if (doubleColon >= 0 && written.indexOf("::", doubleColon + 1) >= 0) {
            throw invalid6(from, written, "'::' may appear only once");
        }
        if (doubleColon < 0) {
            int groups = groups(written, from, bytes, true, written);
            if (groups != IP6_GROUPS) {
                throw invalid6(from, written, "it has " + groups + " of 8 groups and no '::'");
            }
        } else {
            var left = written.substring(0, doubleColon);
            var right = written.substring(doubleColon + 2);
            var rightBytes = new byte[16];
            int leftGroups = left.isEmpty() ? 0 : groups(left, from, bytes, false, written);
            int rightGroups =
                    right.isEmpty()
                            ? 0
                            : groups(right, from + doubleColon + 2, rightBytes, true, written);
            if (leftGroups + rightGroups > IP6_GROUPS - 1) {
                throw invalid6(from, written, "it has too many groups for '::'");
            }
            System.arraycopy(rightBytes, 0, bytes, 16 - rightGroups * 2, rightGroups * 2);
        }
        return ip6(bytes);
    }

    /// Reads colon-separated groups of `part` (at `offset` in the record, inside the address
    /// `written`) into `bytes`; the last may be dotted IPv4 when `last`. Returns the number of
    /// 16-bit groups read.
    private static int groups(String part, int offset, byte[] bytes, boolean last, String written) {
        int groups = 0;
        int start = 0;
        while (true) {
            int colon = part.indexOf(':', start);
            int end = colon < 0 ? part.length() : colon;
            var group = part.substring(start, end);
            if (colon < 0 && last && group.indexOf('.') >= 0) {
                if (groups > IP6_GROUPS - 2) {
                    throw invalid6(offset, written, "too many groups before the IPv4 part");
                }
                var ip4 = parse4(part, start, end).getAddress();
                System.arraycopy(ip4, 0, bytes, groups * 2, 4);
                return groups + 2;
            }
            if (group.isEmpty() || group.length() > MAX_GROUP_DIGITS || !isHex(group)) {
                throw invalid6(
                        offset + start,
                        written,
                        group.isEmpty()
                                ? "it has an empty group (a single ':' at the start or end)"
                                : "'" + group + "' is not a group of 1 to 4 hex digits");
            }
            if (groups == IP6_GROUPS) {
                throw invalid6(offset, written, "it has more than 8 groups");
            }
            int value = Integer.parseInt(group, 16);
            bytes[groups * 2] = (byte) (value >> 8);
            bytes[groups * 2 + 1] = (byte) value;
            groups++;
            if (colon < 0) {
                return groups;
            }
            start = colon + 1;
        }
    }

    private static boolean isHex(String group) {
        for (int i = 0; i < group.length(); i++) {
            if (Character.digit(group.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static SyntaxError invalid6(int offset, String written, String why) {
        return new SyntaxError(offset, "'" + written + "' is not a valid IPv6 address: " + why);
    }
}
