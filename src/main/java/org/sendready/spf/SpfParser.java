package org.sendready.spf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/// Parses the text of an SPF record (RFC 7208 sections 4.5, 4.6, 5, 6, 7) into an [SpfRecord].
///
/// The whole record is checked, as RFC 7208 section 4.6 requires: any syntax error anywhere
/// makes the record invalid (a permerror), even after `all`. The text must start with
/// `v=spf1` (any case) followed by a space or its end; terms are separated by one or more
/// spaces (no tabs); names are case-insensitive. Errors name a 1-based position (see
/// [SpfParseResult]) and the first problem found, e.g.
/// `spf: position 8: unknown mechanism 'ipv4' (did you mean 'ip4'?)`.
public final class SpfParser {

    /// The field name in [org.sendready.input.InvalidInput] messages.
    public static final String FIELD = "spf";

    private static final List<String> MECHANISMS =
            List.of("all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists");

    private static final List<String> MODIFIERS = List.of("redirect", "exp");

    private SpfParser() {}

    /// Parses `text`, throwing [org.sendready.input.InvalidInput] (`spf: position N: reason`)
    /// at the first syntax error.
    public static SpfRecord parse(String text) {
        return switch (tryParse(text)) {
            case SpfParseResult.Parsed parsed -> parsed.record();
            case SpfParseResult.Invalid invalid -> throw invalid.toInvalidInput();
        };
    }

    /// Parses `text` without throwing: the record with its term offsets, or the first error.
    public static SpfParseResult tryParse(String text) {
        try {
            return parseText(text == null ? "" : text);
        } catch (SyntaxError e) {
            return new SpfParseResult.Invalid(e.offset(), e.reason());
        }
    }

    /// RFC 7208 section 4.5: whether a TXT string is meant as an SPF record at all, that is,
    /// starts with `v=spf1` (any case) followed by a space or its end. Records that pass this
    /// and then fail [#parse] are permerrors; others are simply not SPF.
    public static boolean isSpfRecord(String text) {
        return text.regionMatches(true, 0, SpfRecord.VERSION, 0, SpfRecord.VERSION.length())
                && (text.length() == SpfRecord.VERSION.length()
                        || text.charAt(SpfRecord.VERSION.length()) == ' ');
    }

    private static SpfParseResult.Parsed parseText(String text) {
        checkVersion(text);
        var terms = new ArrayList<Term>();
        var offsets = new ArrayList<Integer>();
        int redirectAt = -1;
        int expAt = -1;
        int n = text.length();
        int i = SpfRecord.VERSION.length();
        while (i < n) {
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            if (i == n) {
                break;
            }
            int end = text.indexOf(' ', i);
            if (end < 0) {
                end = n;
            }
            var term = parseTerm(text, i, end);
            if (term instanceof Modifier.Redirect) {
                redirectAt = once(redirectAt, i, "redirect");
            } else if (term instanceof Modifier.Explanation) {
                expAt = once(expAt, i, "exp");
            }
            terms.add(term);
            offsets.add(i);
            i = end;
        }
        return new SpfParseResult.Parsed(new SpfRecord(terms), offsets);
    }

    private static int once(int firstAt, int at, String name) {
        if (firstAt >= 0) {
            throw new SyntaxError(
                    at,
                    name
                            + "= appears a second time (first at position "
                            + (firstAt + 1)
                            + "); a record may have it only once (RFC 7208 section 6)");
        }
        return at;
    }

    private static void checkVersion(String text) {
        if (text.isEmpty()) {
            throw new SyntaxError(
                    0,
                    "the record is empty; an SPF record starts with v=spf1, e.g. v=spf1 mx -all");
        }
        if (isSpfRecord(text)) {
            return;
        }
        int length = SpfRecord.VERSION.length();
        if (text.regionMatches(true, 0, SpfRecord.VERSION, 0, length)) {
            char next = text.charAt(length);
            if (Character.isDigit(next)) {
                throw new SyntaxError(
                        0, "'" + firstWord(text) + "' is not an SPF version; use v=spf1");
            }
            throw new SyntaxError(
                    length,
                    "v=spf1 must be followed by a space, not "
                            + MacroParser.describe(next)
                            + " (when a record is split into strings, they are joined without"
                            + " spaces)");
        }
        char first = text.charAt(0);
        if (first == '"' || first == '\'') {
            throw new SyntaxError(
                    0, "the record starts with a quote; give the text inside the quotes");
        }
        if (first == ' ' || first == '\t') {
            throw new SyntaxError(0, "the record starts with a space; it must start with v=spf1");
        }
        throw new SyntaxError(
                0,
                "'"
                        + firstWord(text)
                        + "' is not v=spf1; an SPF record starts with v=spf1"
                        + otherRecordHint(text));
    }

    private static String otherRecordHint(String text) {
        var lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("v=dmarc1")) {
            return " (this is a DMARC record)";
        }
        if (lower.startsWith("v=dkim1")) {
            return " (this is a DKIM key record)";
        }
        if (lower.startsWith("spf2.0")) {
            return " (this is a Sender ID record, which receivers no longer use)";
        }
        return "";
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    private static Term parseTerm(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new SyntaxError(
                        i,
                        MacroParser.describe(c)
                                + " is not allowed in an SPF record"
                                + MacroParser.hint(c));
            }
        }
        int p = start;
        var qualifier = Qualifier.fromSymbol(text.charAt(p));
        if (qualifier.isPresent()) {
            p++;
            if (p == end) {
                throw new SyntaxError(
                        start,
                        "'"
                                + text.charAt(start)
                                + "' must be followed by a mechanism, e.g. '"
                                + text.charAt(start)
                                + "all'");
            }
        }
        int nameStart = p;
        if (!Modifier.Unknown.isAlpha(text.charAt(p))) {
            throw notATerm(text, start, p, end);
        }
        while (p < end && Modifier.Unknown.isNameChar(text.charAt(p))) {
            p++;
        }
        var written = text.substring(nameStart, p);
        var name = written.toLowerCase(Locale.ROOT);
        if (p < end && text.charAt(p) == '=') {
            if (qualifier.isPresent()) {
                throw new SyntaxError(
                        start,
                        "a qualifier cannot stand before the modifier '"
                                + name
                                + "='; only mechanisms take + - ~ ?");
            }
            return parseModifier(text, name, nameStart, p + 1, end);
        }
        return new Directive(
                qualifier.orElse(Qualifier.PASS), parseMechanism(text, written, nameStart, p, end));
    }

    private static SyntaxError notATerm(String text, int start, int at, int end) {
        var term = text.substring(start, end);
        char c = text.charAt(at);
        if (c == '=') {
            return new SyntaxError(at, "'" + term + "' has no modifier name before '='");
        }
        if (term.indexOf('=') > 0) {
            return new SyntaxError(at, "'" + term + "': a modifier name must start with a letter");
        }
        return new SyntaxError(
                at, "'" + term + "' is not a mechanism or modifier; a term starts with a letter");
    }

    private static Mechanism parseMechanism(
            String text, String written, int nameStart, int p, int end) {
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
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
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

    private static Modifier parseModifier(
            String text, String name, int nameStart, int valueStart, int end) {
        return switch (name) {
            case "redirect" -> {
                if (valueStart == end) {
                    throw new SyntaxError(
                            nameStart, "redirect= needs a domain, e.g. redirect=_spf.example.com");
                }
                yield new Modifier.Redirect(DomainSpec.parse(text, valueStart, end));
            }
            case "exp" -> {
                if (valueStart == end) {
                    throw new SyntaxError(
                            nameStart,
                            "exp= needs the domain whose TXT record holds the explanation, e.g."
                                    + " exp=explain._spf.example.com");
                }
                yield new Modifier.Explanation(DomainSpec.parse(text, valueStart, end));
            }
            default ->
                    new Modifier.Unknown(
                            name,
                            MacroParser.parse(text, valueStart, end, MacroParser.Mode.RECORD));
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
