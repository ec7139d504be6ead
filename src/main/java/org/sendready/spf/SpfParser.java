package org.sendready.spf;

import java.util.ArrayList;
import java.util.Locale;
import org.sendready.input.InvalidInput;

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

    /// Parses one term as written after `v=spf1`, e.g. `-ip4:192.0.2.0/24` or
    /// `redirect=_spf.example.com`, for editors that build a record term by term. Errors read
    /// `spf term: position N: reason`, with positions in `text`.
    public static Term parseTerm(String text) {
        try {
            if (text == null || text.isEmpty()) {
                throw new SyntaxError(0, "the term is empty; expected e.g. ip4:192.0.2.1 or -all");
            }
            int space = text.indexOf(' ');
            if (space >= 0) {
                throw new SyntaxError(space, "a term has no spaces; give one term at a time");
            }
            return parseTerm(text, 0, text.length());
        } catch (SyntaxError e) {
            throw new InvalidInput("spf term", "position " + (e.offset() + 1) + ": " + e.reason());
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
                qualifier.orElse(Qualifier.PASS),
                MechanismParser.parse(text, written, nameStart, p, end));
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
}
