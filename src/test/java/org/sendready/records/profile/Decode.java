package org.sendready.records.profile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/// Independent decoders for the tests: each turns a written literal back into the value, so
/// a test can compare with the original instead of with expected escape sequences.
final class Decode {

    private Decode() {}

    /// The character-strings of zone-file TXT text (`"a" "b"`), escapes resolved; `radix` 10
    /// for RFC 1035 `\DDD`, 8 for Route 53 `\ooo`. Each string is returned as its octets.
    static List<byte[]> presentation(String text, int radix) {
        var strings = new ArrayList<byte[]>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            if (c != '"') {
                throw new IllegalArgumentException("expected '\"' at " + i + " in " + text);
            }
            var bytes = new ByteArrayOutputStream();
            i++;
            while (text.charAt(i) != '"') {
                char d = text.charAt(i);
                if (d != '\\') {
                    bytes.write(d);
                    i++;
                } else if (Character.isDigit(text.charAt(i + 1))) {
                    bytes.write(Integer.parseInt(text.substring(i + 1, i + 4), radix));
                    i += 4;
                } else {
                    bytes.write(text.charAt(i + 1));
                    i += 2;
                }
            }
            strings.add(bytes.toByteArray());
            i++;
        }
        return strings;
    }

    /// The TXT value the strings stand for: their octets joined, read as UTF-8.
    static String joined(List<byte[]> strings) {
        var all = new ByteArrayOutputStream();
        strings.forEach(all::writeBytes);
        return all.toString(StandardCharsets.UTF_8);
    }

    /// A quoted HCL string's value: `\"`, `\\`, `\n`, `\r`, `\t`, `\\uNNNN`, `$${`, `%%{`.
    static String hcl(String literal) {
        var body = unwrap(literal);
        var out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i = backslash(body, i, out);
            } else if ((c == '$' || c == '%') && body.startsWith(c + "" + c + "{", i)) {
                out.append(c);
                i++;
            } else if ((c == '$' || c == '%') && body.startsWith(c + "{", i)) {
                throw new IllegalArgumentException("unescaped template at " + i + ": " + body);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /// A double-quoted JavaScript string's value.
    static String javaScript(String literal) {
        var body = unwrap(literal);
        var out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i = backslash(body, i, out);
            } else if (c == '"') {
                throw new IllegalArgumentException("unescaped quote at " + i + ": " + body);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int backslash(String body, int i, StringBuilder out) {
        char e = body.charAt(i + 1);
        switch (e) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                out.append((char) Integer.parseInt(body.substring(i + 2, i + 6), 16));
                return i + 5;
            }
            case '"', '\\' -> out.append(e);
            default -> throw new IllegalArgumentException("unknown escape \\" + e);
        }
        return i + 1;
    }

    private static String unwrap(String literal) {
        if (literal.length() < 2 || !literal.startsWith("\"") || !literal.endsWith("\"")) {
            throw new IllegalArgumentException("not a quoted literal: " + literal);
        }
        return literal.substring(1, literal.length() - 1);
    }
}
