package org.sendready.records.profile;

/// A JavaScript string literal in double quotes (ECMA-262 section 12.9.4), as DNSControl
/// reads `dnsconfig.js`.
///
/// Everything outside printable ASCII becomes a backslash-u escape of its UTF-16 code unit, so
/// the file stays ASCII and U+2028/U+2029, line terminators inside ES5 strings, cannot break
/// the literal.
final class JavaScriptString {

    private JavaScriptString() {}

    /// `text` as a double-quoted literal.
    static String quote(String text) {
        var out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= 0x20 && c <= 0x7e) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
