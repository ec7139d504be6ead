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
/// tail). Anything else, a host name included, is rejected with a reason. [IpLiteralReader]
/// reads the text; this class words its flaws for the user.
public final class IpAddresses {

    private static final int IPV6_GROUPS = IpLiteralReader.IPV6_GROUPS;

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
            return switch (IpLiteralReader.ipv6(literal)) {
                case IpLiteralReader.Address<Inet6Address>(var v6) -> unmapped(v6);
                case IpLiteralReader.Flaw<Inet6Address> flaw -> throw invalid(field, literal, flaw);
            };
        }
        if (literal.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
            return switch (IpLiteralReader.ipv4(literal)) {
                case IpLiteralReader.Address<Inet4Address>(var v4) -> v4;
                case IpLiteralReader.Flaw<Inet4Address> flaw -> throw invalid(field, literal, flaw);
            };
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

    /// The network part of an address under a prefix: `address` (4 or 16 bytes) with every bit
    /// past the first `prefixLength` cleared, as CIDR notation reads `192.0.2.10/24` (RFC 4632
    /// section 3.1). `address` itself is left as it is.
    public static byte[] networkBytes(byte[] address, int prefixLength) {
        var network = address.clone();
        for (int bit = prefixLength; bit < network.length * 8; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return network;
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

    /// The address as the JDK represents it: an IPv4-mapped address as its [Inet4Address].
    private static InetAddress unmapped(Inet6Address address) {
        try {
            return InetAddress.getByAddress(address.getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a 16-byte address was rejected", e);
        }
    }

    /// The flaw in `literal` in words for the user.
    private static InvalidInput invalid(
            String field, String literal, IpLiteralReader.Flaw<?> flaw) {
        var quoted = "'" + literal + "'";
        return new InvalidInput(
                field,
                switch (flaw.kind()) {
                    case EMPTY_NUMBER, NOT_A_NUMBER ->
                            quoted
                                    + " has '"
                                    + flaw.piece()
                                    + "' where a number from 0 to 255 belongs";
                    case LEADING_ZERO ->
                            quoted
                                    + " has a leading zero in '"
                                    + flaw.piece()
                                    + "'; write it without (some software reads it as octal)";
                    case ABOVE_255 ->
                            quoted + " has " + flaw.piece() + "; each part is at most 255";
                    case TOO_MANY_NUMBERS, TOO_FEW_NUMBERS ->
                            quoted
                                    + " has "
                                    + flaw.count()
                                    + " parts; an IPv4 address has 4, e.g. 192.0.2.10";
                    case TWO_GAPS -> quoted + " has '::' more than once; it may appear only once";
                    case TOO_FEW_GROUPS ->
                            quoted
                                    + " has "
                                    + flaw.count()
                                    + " groups; an IPv6 address has 8, or '::' for a run of zeros";
                    case NO_ROOM_FOR_GAP ->
                            quoted + " has too many groups for '::' to stand for any";
                    case EMPTY_GROUP ->
                            quoted + " has an empty group (a lone ':' at the start or end)";
                    case NOT_A_GROUP ->
                            quoted
                                    + " has '"
                                    + flaw.piece()
                                    + "' where 1 to 4 hexadecimal digits belong";
                    case TOO_MANY_GROUPS -> quoted + " has more than 8 groups";
                    case NO_ROOM_FOR_IPV4 -> quoted + " has more than 128 bits";
                });
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
