package org.sendready.spf;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.sendready.dns.IpLiteralReader;

/// Strict IP address literals as SPF writes them (RFC 7208 section 5.6): four decimal numbers
/// without leading zeros for IPv4, RFC 4291 section 2.2 text for IPv6. Never consults DNS.
///
/// [IpLiteralReader] reads the text, as it does for every address sendready parses; this class
/// words its flaws as syntax errors at their position in the record, and adds SPF's own hints
/// (an IPv6 address after `ip4:`, a port, an IPv4 address after `ip6:`).
final class IpLiteral {
    private static final int IP4_OCTETS = 4;

    private IpLiteral() {}

    static boolean isIp4(String text) {
        return IpLiteralReader.ipv4(text) instanceof IpLiteralReader.Address<Inet4Address>;
    }

    static boolean isIp6(String text) {
        return IpLiteralReader.ipv6(text) instanceof IpLiteralReader.Address<Inet6Address>;
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
        return switch (IpLiteralReader.ipv4(written)) {
            case IpLiteralReader.Address<Inet4Address>(var address) -> address;
            case IpLiteralReader.Flaw<Inet4Address> flaw ->
                    throw syntaxError(flaw, from, written, written);
        };
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

    /// Parses `text[from, to)` as an IPv6 address in RFC 4291 section 2.2 text form, kept
    /// IPv6 even when IPv4-mapped.
    static Inet6Address parse6(String text, int from, int to) {
        var written = text.substring(from, to);
        if (written.isEmpty()) {
            throw new SyntaxError(from, "the IPv6 address is missing; expected e.g. 2001:db8::1");
        }
        if (written.indexOf(':') < 0 && isIp4(written)) {
            throw new SyntaxError(
                    from, "'" + written + "' is an IPv4 address; write ip4:" + written);
        }
        return switch (IpLiteralReader.ipv6(written)) {
            case IpLiteralReader.Address<Inet6Address>(var address) -> address;
            case IpLiteralReader.Flaw<Inet6Address> flaw ->
                    throw syntaxError(
                            flaw, from, written, written.substring(written.lastIndexOf(':') + 1));
        };
    }

    /// The flaw in the address `written` at `from` in the record, as a syntax error there;
    /// `quad` is its dotted IPv4 part, which flaws of an IPv4 number name.
    private static SyntaxError syntaxError(
            IpLiteralReader.Flaw<?> flaw, int from, String written, String quad) {
        int at = from + flaw.at();
        var piece = flaw.piece();
        return switch (flaw.kind()) {
            case EMPTY_NUMBER ->
                    new SyntaxError(
                            at, "'" + quad + "' has an empty number; expected e.g. 192.0.2.1");
            case NOT_A_NUMBER ->
                    new SyntaxError(
                            at,
                            "'"
                                    + quad
                                    + "' is not an IPv4 address: '"
                                    + piece
                                    + "' is not a number from 0 to 255");
            case LEADING_ZERO ->
                    new SyntaxError(
                            at,
                            "'"
                                    + quad
                                    + "': '"
                                    + piece
                                    + "' has a leading zero, which is not allowed");
            case ABOVE_255 -> new SyntaxError(at, "'" + quad + "': " + piece + " is more than 255");
            case TOO_MANY_NUMBERS ->
                    new SyntaxError(
                            at, "'" + quad + "' has more than 4 numbers; expected e.g. 192.0.2.1");
            case TOO_FEW_NUMBERS ->
                    new SyntaxError(
                            at,
                            "'"
                                    + quad
                                    + "' has "
                                    + flaw.count()
                                    + " of the 4 numbers of an IPv4 address; numbers may not be"
                                    + " left out, write a range with a prefix length instead,"
                                    + " e.g. "
                                    + paddedRange(quad, flaw.count()));
            case TWO_GAPS -> invalid6(at, written, "'::' may appear only once");
            case TOO_FEW_GROUPS ->
                    invalid6(at, written, "it has " + flaw.count() + " of 8 groups and no '::'");
            case NO_ROOM_FOR_GAP -> invalid6(at, written, "it has too many groups for '::'");
            case EMPTY_GROUP ->
                    invalid6(
                            at,
                            written,
                            "it has an empty group (a single ':' at the start or end)");
            case NOT_A_GROUP ->
                    invalid6(at, written, "'" + piece + "' is not a group of 1 to 4 hex digits");
            case TOO_MANY_GROUPS -> invalid6(at, written, "it has more than 8 groups");
            case NO_ROOM_FOR_IPV4 -> invalid6(at, written, "too many groups before the IPv4 part");
        };
    }

    private static SyntaxError invalid6(int offset, String written, String why) {
        return new SyntaxError(offset, "'" + written + "' is not a valid IPv6 address: " + why);
    }
}
