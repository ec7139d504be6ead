package org.sendready.dns;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/// Reads IP address literals strictly, never consulting DNS, and reports the first flaw from
/// the left as data rather than throwing.
///
/// The reading that record addresses and SPF share: [IpAddresses#parse] words a flaw for a form
/// field, SPF's `ip4`/`ip6` mechanisms word it with its position in the record. An IPv4 address
/// is exactly four numbers of ASCII decimal digits without leading zeros (`010` is octal to some
/// software, RFC 6943 section 3.1.1); an IPv6 address is one of the RFC 4291 section 2.2 text
/// forms (compressed `::`, a dotted IPv4 tail). Nothing else: no host names, no brackets, no
/// zone index.
public final class IpLiteralReader {

    /// RFC 791: an IPv4 address is 4 octets.
    static final int IPV4_OCTETS = 4;

    /// RFC 4291 section 2.2: an IPv6 address is 8 groups of 16 bits.
    static final int IPV6_GROUPS = 8;

    /// RFC 4291 section 2.2: a group is written with at most 4 hexadecimal digits.
    private static final int MAX_GROUP_DIGITS = 4;

    /// An octet is at most 255: 3 decimal digits.
    private static final int MAX_OCTET_DIGITS = 3;

    private IpLiteralReader() {}

    /// What reading gave: the address, or the first flaw.
    public sealed interface Reading<A extends InetAddress> {}

    /// The text is an address.
    public record Address<A extends InetAddress>(A address) implements Reading<A> {}

    /// The text is no address.
    ///
    /// @param kind what is wrong
    /// @param at 0-based index into the text: of the number or group at fault, of the dotted
    ///     quad or the colon-separated part whose count is wrong, 0 for flaws of the whole
    /// @param piece the number or group at fault, else empty
    /// @param count how many numbers or groups there are, for the counting flaws (see [Kind]);
    ///     else how many were read before the flaw
    public record Flaw<A extends InetAddress>(Kind kind, int at, String piece, int count)
            implements Reading<A> {

        private <B extends InetAddress> Flaw<B> shifted(int by) {
            return new Flaw<>(kind, at + by, piece, count);
        }
    }

    /// The flaws, in the order [#ipv4] and [#ipv6] look for them.
    public enum Kind {
        /// An IPv4 number is empty (`1..3.4`).
        EMPTY_NUMBER,
        /// An IPv4 number is not 1 to 3 decimal digits.
        NOT_A_NUMBER,
        /// An IPv4 number has a leading zero (`01`).
        LEADING_ZERO,
        /// An IPv4 number is above 255.
        ABOVE_255,
        /// An IPv4 address has a fifth number; `count` is how many the dotted quad has.
        TOO_MANY_NUMBERS,
        /// An IPv4 address has fewer than 4 numbers; `count` is how many.
        TOO_FEW_NUMBERS,
        /// `::` appears more than once.
        TWO_GAPS,
        /// No `::` and fewer than 8 groups; `count` is how many.
        TOO_FEW_GROUPS,
        /// `::` between 7 or more groups, so it stands for none.
        NO_ROOM_FOR_GAP,
        /// A group is empty: a lone `:` at the start or end.
        EMPTY_GROUP,
        /// A group is not 1 to 4 hexadecimal digits.
        NOT_A_GROUP,
        /// A ninth group.
        TOO_MANY_GROUPS,
        /// A dotted IPv4 tail after more than 6 groups: more than 128 bits.
        NO_ROOM_FOR_IPV4,
    }

    /// Reads `text` as a dotted-quad IPv4 address. The numbers are checked from the left, so
    /// a flawed number before the fifth or before the end is reported first.
    public static Reading<Inet4Address> ipv4(String text) {
        var bytes = new byte[IPV4_OCTETS];
        Flaw<Inet4Address> flaw = readIpv4(text, bytes, 0);
        if (flaw != null) {
            return flaw;
        }
        try {
            return new Address<>((Inet4Address) InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an IPv4 address has four bytes", e);
        }
    }

    /// Reads `text` as an IPv6 address in an RFC 4291 section 2.2 text form. The address
    /// stays an [Inet6Address] even when it is IPv4-mapped (`::ffff:192.0.2.1`).
    public static Reading<Inet6Address> ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return new Flaw<>(Kind.TWO_GAPS, 0, "", 0);
        }
        var bytes = new byte[16];
        if (gap < 0) {
            var all = readGroups(text, 0, bytes, true);
            if (all.flaw() != null) {
                return all.flaw();
            }
            if (all.count() != IPV6_GROUPS) {
                return new Flaw<>(Kind.TOO_FEW_GROUPS, 0, "", all.count());
            }
        } else {
            var head = text.substring(0, gap);
            var tail = text.substring(gap + 2);
            var tailBytes = new byte[16];
            var before = head.isEmpty() ? Groups.NONE : readGroups(head, 0, bytes, false);
            if (before.flaw() != null) {
                return before.flaw();
            }
            var after = tail.isEmpty() ? Groups.NONE : readGroups(tail, gap + 2, tailBytes, true);
            if (after.flaw() != null) {
                return after.flaw();
            }
            if (before.count() + after.count() > IPV6_GROUPS - 1) {
                return new Flaw<>(Kind.NO_ROOM_FOR_GAP, 0, "", before.count() + after.count());
            }
            System.arraycopy(
                    tailBytes, 0, bytes, bytes.length - after.count() * 2, after.count() * 2);
        }
        try {
            return new Address<>(Inet6Address.getByAddress(null, bytes, -1));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an IPv6 address has sixteen bytes", e);
        }
    }

    /// Reads the dotted quad `quad` into `bytes[from, from + 4)`; the flaw (positions within
    /// `quad`), or null when it is an IPv4 address.
    private static <A extends InetAddress> Flaw<A> readIpv4(String quad, byte[] bytes, int from) {
        int count = 0;
        int start = 0;
        for (int i = 0; i <= quad.length(); i++) {
            if (i < quad.length() && quad.charAt(i) != '.') {
                continue;
            }
            if (count == IPV4_OCTETS) {
                int parts = (int) quad.chars().filter(c -> c == '.').count() + 1;
                return new Flaw<>(Kind.TOO_MANY_NUMBERS, 0, "", parts);
            }
            var number = quad.substring(start, i);
            var kind = numberFlaw(number);
            if (kind != null) {
                return new Flaw<>(kind, start, number, count);
            }
            bytes[from + count++] = (byte) Integer.parseInt(number);
            start = i + 1;
        }
        return count < IPV4_OCTETS ? new Flaw<>(Kind.TOO_FEW_NUMBERS, 0, "", count) : null;
    }

    /// What is wrong with `number` as an octet, or null when nothing is.
    private static Kind numberFlaw(String number) {
        if (number.isEmpty()) {
            return Kind.EMPTY_NUMBER;
        }
        if (number.length() > MAX_OCTET_DIGITS
                || !number.chars().allMatch(IpLiteralReader::isDigit)) {
            return Kind.NOT_A_NUMBER;
        }
        if (number.length() > 1 && number.charAt(0) == '0') {
            return Kind.LEADING_ZERO;
        }
        return Integer.parseInt(number) > 255 ? Kind.ABOVE_255 : null;
    }

    /// How many 16-bit groups a colon-separated part filled, or its flaw.
    private record Groups(int count, Flaw<Inet6Address> flaw) {
        static final Groups NONE = new Groups(0, null);
    }

    /// Reads the colon-separated groups of `part`, which starts at `offset` in the address,
    /// into `bytes` from the first group on; a dotted IPv4 tail (RFC 4291 section 2.2 form 3,
    /// only when the part `endsAddress`) fills two groups.
    private static Groups readGroups(String part, int offset, byte[] bytes, boolean endsAddress) {
        var groups = part.split(":", -1);
        int count = 0;
        int start = 0;
        for (int i = 0; i < groups.length; i++) {
            var group = groups[i];
            if (endsAddress && i == groups.length - 1 && group.indexOf('.') >= 0) {
                if (count > IPV6_GROUPS - 2) {
                    return flawed(Kind.NO_ROOM_FOR_IPV4, offset, "", count);
                }
                Flaw<Inet4Address> flaw = readIpv4(group, bytes, count * 2);
                return flaw != null
                        ? new Groups(count, flaw.shifted(offset + start))
                        : new Groups(count + 2, null);
            }
            if (group.isEmpty()) {
                return flawed(Kind.EMPTY_GROUP, offset + start, group, count);
            }
            if (group.length() > MAX_GROUP_DIGITS
                    || !group.chars().allMatch(IpLiteralReader::isHex)) {
                return flawed(Kind.NOT_A_GROUP, offset + start, group, count);
            }
            if (count == IPV6_GROUPS) {
                return flawed(Kind.TOO_MANY_GROUPS, offset, "", count);
            }
            int value = Integer.parseInt(group, 16);
            bytes[count * 2] = (byte) (value >>> 8);
            bytes[count * 2 + 1] = (byte) value;
            count++;
            start += group.length() + 1;
        }
        return new Groups(count, null);
    }

    private static Groups flawed(Kind kind, int at, String piece, int count) {
        return new Groups(count, new Flaw<>(kind, at, piece, count));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
