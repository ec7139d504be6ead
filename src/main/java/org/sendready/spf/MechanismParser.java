package org.sendready.spf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/// Parses the argument of a mechanism (RFC 7208 section 5): domains, CIDR prefix lengths, IP
/// literals. Part of [SpfParser]; errors carry their offset in the record.
final class MechanismParser {

    private static final List<String> MECHANISMS =
            List.of("all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists");

    private static final List<String> MODIFIERS = List.of("redirect", "exp");

    private MechanismParser() {}

    /// Parses the mechanism named `written` (at `nameStart`) whose argument is `text[p, end)`.
    static Mechanism parse(String text, String written, int nameStart, int p, int end) {
        var name = written.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "all" -> {
                if (p < end) {
                    throw new SyntaxError(
                            p, "'all' takes no argument; remove '" + text.substring(p, end) + "'");
                }
                yield new Mechanism.All();
            }
            case "include" -> new Mechanism.Include(requiredDomain(text, name, nameStart, p, end));
            case "exists" -> new Mechanism.Exists(requiredDomain(text, name, nameStart, p, end));
            case "a" -> {
                var domain = optionalDomainWithCidr(text, name, nameStart, p, end);
                yield new Mechanism.A(domain, cidrAfterDomain(text, p, end));
            }
            case "mx" -> {
                var domain = optionalDomainWithCidr(text, name, nameStart, p, end);
                yield new Mechanism.Mx(domain, cidrAfterDomain(text, p, end));
            }
            case "ptr" -> {
                if (p == end) {
                    yield new Mechanism.Ptr(Optional.empty());
                }
                yield new Mechanism.Ptr(Optional.of(requiredDomain(text, name, nameStart, p, end)));
            }
            case "ip4" -> ip4(text, nameStart, p, end);
            case "ip6" -> ip6(text, nameStart, p, end);
            default -> throw unknownMechanism(written, nameStart);
        };
    }

    private static SyntaxError unknownMechanism(String written, int nameStart) {
        var name = written.toLowerCase(Locale.ROOT);
        var message = "unknown mechanism '" + written + "'";
        if (MODIFIERS.contains(name)) {
            return new SyntaxError(
                    nameStart,
                    message + " (did you mean '" + name + "='? modifiers are written name=value)");
        }
        for (var mechanism : MECHANISMS) {
            boolean takesArgument = !mechanism.equals("all");
            if (takesArgument
                    && name.startsWith(mechanism + ".")
                    && name.length() > mechanism.length() + 1) {
                return new SyntaxError(
                        nameStart,
                        message
                                + " (did you mean '"
                                + mechanism
                                + ":"
                                + written.substring(mechanism.length() + 1)
                                + "'?)");
            }
        }
        return new SyntaxError(nameStart, message + NearestName.hint(name, MECHANISMS, ""));
    }

    /// `:domain-spec` after `include`, `exists` or `ptr`, which take no prefix length.
    private static DomainSpec requiredDomain(
            String text, String name, int nameStart, int p, int end) {
        if (p == end) {
            throw new SyntaxError(
                    nameStart, "'" + name + "' needs a domain, e.g. " + name + ":_spf.example.com");
        }
        char c = text.charAt(p);
        if (c == '/') {
            throw new SyntaxError(p, "'" + name + "' takes no prefix length");
        }
        if (c != ':') {
            throw new SyntaxError(
                    p,
                    "expected ':' and a domain after '"
                            + name
                            + "', found "
                            + MacroParser.describe(c));
        }
        if (p + 1 == end) {
            throw new SyntaxError(
                    nameStart,
                    "the domain after '"
                            + name
                            + ":' is empty; expected e.g. "
                            + name
                            + ":_spf.example.com");
        }
        int slash = trailingPrefix(text, p + 1, end);
        if (slash >= 0) {
            throw new SyntaxError(
                    slash,
                    "'" + name + "' takes no prefix length ('" + text.substring(slash, end) + "')");
        }
        return DomainSpec.parse(text, p + 1, end);
    }

    /// The domain of `a` or `mx`, if written; its prefix lengths are read by
    /// [#cidrAfterDomain].
    private static Optional<DomainSpec> optionalDomainWithCidr(
            String text, String name, int nameStart, int p, int end) {
        if (p == end) {
            return Optional.empty();
        }
        char c = text.charAt(p);
        if (c == '/') {
            int cidrStart = cidrStart(text, p, end);
            if (cidrStart != p) {
                throw badCidr(text, p, cidrStart);
            }
            return Optional.empty();
        }
        if (c != ':') {
            throw new SyntaxError(
                    p,
                    "expected ':domain' or '/prefix' after '"
                            + name
                            + "', found "
                            + MacroParser.describe(c));
        }
        int domainEnd = cidrStart(text, p + 1, end);
        if (domainEnd == p + 1) {
            throw new SyntaxError(
                    nameStart,
                    "the domain after '"
                            + name
                            + ":' is empty; write '"
                            + name
                            + "' alone for the domain being checked, or e.g. "
                            + name
                            + ":example.com");
        }
        if (trailingPrefix(text, p + 1, domainEnd) >= 0) {
            throw badCidr(text, p + 1, domainEnd);
        }
        return Optional.of(DomainSpec.parse(text, p + 1, domainEnd));
    }

    private static SyntaxError badCidr(String text, int from, int cidrStart) {
        int slash = trailingPrefix(text, from, cidrStart);
        if (slash >= 0) {
            return new SyntaxError(
                    slash,
                    "'"
                            + text.substring(slash, indexOfSpace(text, slash))
                            + "': write two prefix lengths as /IPv4//IPv6, e.g. /24//64");
        }
        return new SyntaxError(
                from, "'/' must be followed by a prefix length, e.g. /24 or //64 for IPv6");
    }

    private static int indexOfSpace(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? text.length() : space;
    }

    /// The prefix lengths at the end of an `a` or `mx` term.
    private static DualCidr cidrAfterDomain(String text, int p, int end) {
        int from = p < end && text.charAt(p) == ':' ? p + 1 : p;
        int i = cidrStart(text, from, end);
        int ip4 = DualCidr.MAX_IP4_PREFIX;
        int ip6 = DualCidr.MAX_IP6_PREFIX;
        if (i < end && text.charAt(i + 1) != '/') {
            int digitsEnd = i + 1;
            while (digitsEnd < end && isDigit(text.charAt(digitsEnd))) {
                digitsEnd++;
            }
            ip4 = prefixLength(text, i + 1, digitsEnd, DualCidr.MAX_IP4_PREFIX, "IPv4");
            i = digitsEnd;
        }
        if (i < end) {
            ip6 = prefixLength(text, i + 2, end, DualCidr.MAX_IP6_PREFIX, "IPv6");
        }
        return new DualCidr(ip4, ip6);
    }

    /// Where a trailing `/N`, `//N` or `/N//M` starts in `text[from, end)`; `end` if there is
    /// none. Scanning from the end keeps `/` usable inside a domain-spec.
    private static int cidrStart(String text, int from, int end) {
        int d = digitsBefore(text, from, end);
        if (d == end || d == from || text.charAt(d - 1) != '/') {
            return end;
        }
        int slash = d - 1;
        if (slash > from && text.charAt(slash - 1) == '/') {
            int ip6Start = slash - 1;
            int d4 = digitsBefore(text, from, ip6Start);
            if (d4 < ip6Start && d4 > from && text.charAt(d4 - 1) == '/') {
                return d4 - 1;
            }
            return ip6Start;
        }
        return slash;
    }

    /// The index of the `/` of a trailing `/digits` in `text[from, end)`, or -1.
    private static int trailingPrefix(String text, int from, int end) {
        int d = digitsBefore(text, from, end);
        return d < end && d > from && text.charAt(d - 1) == '/' ? d - 1 : -1;
    }

    private static int digitsBefore(String text, int from, int end) {
        int d = end;
        while (d > from && isDigit(text.charAt(d - 1))) {
            d--;
        }
        return d;
    }

    /// RFC 7208 section 5.6 `ip4-cidr-length` / `ip6-cidr-length`: no leading zeros, at most
    /// `max`.
    private static int prefixLength(String text, int from, int to, int max, String family) {
        var digits = text.substring(from, to);
        if (digits.isEmpty() || !IpLiteral.isDecimal(digits)) {
            throw new SyntaxError(
                    from - 1,
                    "'/' must be followed by an "
                            + family
                            + " prefix length from 0 to "
                            + max
                            + (digits.isEmpty() ? "" : ", not '" + digits + "'"));
        }
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw new SyntaxError(
                    from,
                    family
                            + " prefix length '"
                            + digits
                            + "' has a leading zero; write "
                            + digits.replaceFirst("^0+(?=.)", ""));
        }
        if (digits.length() > 3 || Integer.parseInt(digits) > max) {
            throw new SyntaxError(
                    from, family + " prefix length " + digits + " is more than " + max);
        }
        return Integer.parseInt(digits);
    }

    private static Mechanism.Ip4 ip4(String text, int nameStart, int p, int end) {
        int slash = addressStart(text, "ip4", "192.0.2.0/24", nameStart, p, end);
        var address = IpLiteral.parse4(text, p + 1, slash);
        return new Mechanism.Ip4(
                address, addressPrefix(text, slash, end, DualCidr.MAX_IP4_PREFIX, "IPv4"));
    }

    private static Mechanism.Ip6 ip6(String text, int nameStart, int p, int end) {
        int slash = addressStart(text, "ip6", "2001:db8::/32", nameStart, p, end);
        var address = IpLiteral.parse6(text, p + 1, slash);
        return new Mechanism.Ip6(
                address, addressPrefix(text, slash, end, DualCidr.MAX_IP6_PREFIX, "IPv6"));
    }

    /// Checks the `:` after `ip4`/`ip6` and returns where the address ends.
    private static int addressStart(
            String text, String name, String example, int nameStart, int p, int end) {
        if (p == end) {
            throw new SyntaxError(
                    nameStart, "'" + name + "' needs an address, e.g. " + name + ":" + example);
        }
        if (text.charAt(p) != ':') {
            throw new SyntaxError(
                    p,
                    "expected ':' and an address after '"
                            + name
                            + "', found "
                            + MacroParser.describe(text.charAt(p))
                            + "; e.g. "
                            + name
                            + ":"
                            + example);
        }
        int slash = text.indexOf('/', p + 1);
        return slash < 0 || slash > end ? end : slash;
    }

    private static int addressPrefix(String text, int slash, int end, int max, String family) {
        if (slash == end) {
            return max;
        }
        if (slash + 1 < end && text.charAt(slash + 1) == '/') {
            throw new SyntaxError(
                    slash,
                    "'"
                            + text.substring(slash, end)
                            + "': ip4 and ip6 take one '/' before the prefix length; '//' is"
                            + " only for the IPv6 length of a and mx");
        }
        return prefixLength(text, slash + 1, end, max, family);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
