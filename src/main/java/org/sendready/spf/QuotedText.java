package org.sendready.spf;

import org.sendready.input.InvalidInput;

/// Turns a TXT value as people paste it into the text it stands for: zone-file quotes removed
/// and split strings joined, so `"v=spf1 ip4:192.0.2.1 " "-all"` becomes
/// `v=spf1 ip4:192.0.2.1 -all`.
///
/// RFC 7208 section 3.3: the strings of a TXT record are joined without spaces. Inside quotes,
/// `\"`, `\\` and `\DDD` (a decimal octet) are read as in RFC 1035 section 5.1.
public final class QuotedText {

    private QuotedText() {}

    /// The text inside the quoted strings of `pasted`, joined; text without a leading quote
    /// is returned stripped of surrounding whitespace and otherwise unchanged.
    public static String unquote(String pasted, String field) {
        var text = pasted.strip();
        if (!text.startsWith("\"")) {
            return text;
        }
        var joined = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (c == '"') {
                i = readString(text, i, joined, field);
            } else {
                throw new InvalidInput(
                        field,
                        "position "
                                + (i + 1)
                                + ": text outside the quotes; give either the bare record or"
                                + " only quoted strings, e.g. \"v=spf1 \" \"-all\"");
            }
        }
        return joined.toString();
    }

    /// Appends the string opened by the quote at `open` and returns the index after its end.
    private static int readString(String text, int open, StringBuilder out, String field) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\') {
                i = readEscape(text, i, out, field);
            } else {
                out.append(c);
                i++;
            }
        }
        throw new InvalidInput(
                field, "position " + (open + 1) + ": the quote opened here is never closed");
    }

    private static int readEscape(String text, int backslash, StringBuilder out, String field) {
        if (backslash + 1 >= text.length()) {
            throw new InvalidInput(
                    field, "position " + (backslash + 1) + ": '\\' at the end escapes nothing");
        }
        int digits = 0;
        while (digits < 3
                && backslash + 1 + digits < text.length()
                && Character.isDigit(text.charAt(backslash + 1 + digits))) {
            digits++;
        }
        if (digits == 3) {
            int value = Integer.parseInt(text.substring(backslash + 1, backslash + 4));
            if (value > 255) {
                throw new InvalidInput(
                        field,
                        "position " + (backslash + 1) + ": '\\" + value + "' is not an octet");
            }
            out.append((char) value);
            return backslash + 4;
        }
        out.append(text.charAt(backslash + 1));
        return backslash + 2;
    }
}
