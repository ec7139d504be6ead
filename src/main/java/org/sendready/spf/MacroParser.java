package org.sendready.spf;

import java.util.ArrayList;
import org.sendready.input.InvalidInput;

/// Parses macro-strings (RFC 7208 section 7.1) inside a larger text, reporting errors at their
/// offset in that text.
final class MacroParser {

    /// RFC 7208 section 7.3 requires support for at least 127 parts (the most labels a domain
    /// name has); more digits than this cannot be meant and would overflow.
    private static final int MAX_KEEP_DIGITS = 3;

    /// Where the macro-string appears, which decides what it may contain.
    enum Mode {
        /// A domain-spec of a mechanism, `redirect=` or `exp=`: no spaces, no `c`, `r`, `t`.
        DOMAIN,
        /// The value of an unknown modifier: no spaces, every letter.
        RECORD,
        /// Explanation text (RFC 7208 section 6.2): spaces and every letter.
        EXPLANATION
    }

    private MacroParser() {}

    static MacroString parseStandalone(String text, Mode mode, String field) {
        try {
            return parse(text, 0, text.length(), mode);
        } catch (SyntaxError e) {
            throw new InvalidInput(field, "position " + (e.offset() + 1) + ": " + e.reason());
        }
    }

    /// Parses `text[from, to)`.
    static MacroString parse(String text, int from, int to, Mode mode) {
        var parts = new ArrayList<MacroString.Part>();
        int literalStart = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '%') {
                if (literalStart < i) {
                    parts.add(new MacroString.Literal(text.substring(literalStart, i)));
                }
                i = parsePercent(text, i, to, mode, parts);
                literalStart = i;
            } else {
                checkLiteral(c, i, mode);
                i++;
            }
        }
        if (literalStart < to) {
            parts.add(new MacroString.Literal(text.substring(literalStart, to)));
        }
        return new MacroString(parts);
    }

    private static void checkLiteral(char c, int offset, Mode mode) {
        boolean visible = c >= 0x21 && c <= 0x7e;
        if (!visible && !(c == ' ' && mode == Mode.EXPLANATION)) {
            throw new SyntaxError(offset, describe(c) + " is not allowed here" + hint(c));
        }
    }

    private static int parsePercent(
            String text, int at, int to, Mode mode, ArrayList<MacroString.Part> parts) {
        if (at + 1 >= to) {
            throw new SyntaxError(
                    at, "'%' at the end starts no macro; write '%%' for a percent sign");
        }
        char next = text.charAt(at + 1);
        switch (next) {
            case '%' -> parts.add(MacroString.Escape.PERCENT);
            case '_' -> parts.add(MacroString.Escape.SPACE);
            case '-' -> parts.add(MacroString.Escape.URL_SPACE);
            case '{' -> {
                int close = text.indexOf('}', at + 2);
                if (close < 0 || close >= to) {
                    throw new SyntaxError(at, "macro '%{' is not closed with '}'");
                }
                parts.add(parseExpand(text, at, close, mode));
                return close + 1;
            }
            default ->
                    throw new SyntaxError(
                            at,
                            "'%"
                                    + next
                                    + "' is not a macro: '%' must be followed by '{', '%', '_'"
                                    + " or '-' (write '%%' for a percent sign)");
        }
        return at + 2;
    }

    /// Parses `%{...}` where `text[at]` is `%` and `text[close]` is `}`.
    private static MacroString.Expand parseExpand(String text, int at, int close, Mode mode) {
        int i = at + 2;
        var written = text.substring(at, close + 1);
        if (i == close) {
            throw new SyntaxError(at, "macro '%{}' has no letter; expected e.g. %{d}");
        }
        char letterChar = text.charAt(i);
        var letter =
                MacroLetter.fromChar(letterChar)
                        .orElseThrow(
                                () ->
                                        new SyntaxError(
                                                at,
                                                "'"
                                                        + letterChar
                                                        + "' in '"
                                                        + written
                                                        + "' is not a macro letter; use one of"
                                                        + " s l o d i p h v"
                                                        + (mode == Mode.DOMAIN ? "" : " c r t")));
        if (mode == Mode.DOMAIN && letter.explanationOnly()) {
            throw new SyntaxError(
                    at,
                    "macro '"
                            + written
                            + "': the letters c, r and t are allowed only in the explanation"
                            + " text that exp= points to, not in a domain (RFC 7208 section"
                            + " 7.2)");
        }
        boolean urlEscape = Character.isUpperCase(letterChar);
        i++;
        int digitsStart = i;
        while (i < close && isDigit(text.charAt(i))) {
            i++;
        }
        int keep = 0;
        if (i > digitsStart) {
            var digits = text.substring(digitsStart, i);
            if (digits.length() > MAX_KEEP_DIGITS || Integer.parseInt(digits) == 0) {
                throw new SyntaxError(
                        at,
                        "macro '"
                                + written
                                + "': the number of parts to keep must be 1 to 999"
                                + " (RFC 7208 section 7.3)");
            }
            keep = Integer.parseInt(digits);
        }
        boolean reverse = false;
        if (i < close && (text.charAt(i) == 'r' || text.charAt(i) == 'R')) {
            reverse = true;
            i++;
        }
        int delimitersStart = i;
        while (i < close) {
            char c = text.charAt(i);
            if (MacroString.Expand.DELIMITERS.indexOf(c) < 0) {
                throw new SyntaxError(
                        at,
                        "macro '"
                                + written
                                + "' has '"
                                + c
                                + "' where a delimiter (one of "
                                + MacroString.Expand.DELIMITERS
                                + ") or '}' belongs; the form is %{letter, digits, r,"
                                + " delimiters}");
            }
            i++;
        }
        return new MacroString.Expand(
                letter, keep, reverse, text.substring(delimitersStart, close), urlEscape);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /// A character named so people can find it: `'x'`, `a space`, `a tab`, `code 0x80`.
    static String describe(char c) {
        return switch (c) {
            case ' ' -> "a space";
            case '\t' -> "a tab";
            case '\r', '\n' -> "a line break";
            case 0 -> "a NUL character";
            default ->
                    c >= 0x21 && c <= 0x7e
                            ? "'" + c + "'"
                            : (c > 0x7e
                                    ? "the non-ASCII character '"
                                            + c
                                            + "' (code "
                                            + String.format("U+%04X", (int) c)
                                            + ")"
                                    : String.format("the control character 0x%02X", (int) c));
        };
    }

    static String hint(char c) {
        if (c == '\t' || c == '\r' || c == '\n') {
            return "; terms are separated by spaces only";
        }
        if (c > 0x7e) {
            return "; SPF records are plain ASCII (check for pasted typographic quotes or"
                    + " dashes)";
        }
        return "";
    }
}
