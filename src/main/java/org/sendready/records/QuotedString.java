package org.sendready.records;

import java.nio.charset.StandardCharsets;

/// A DNS character-string in zone-file syntax: in double quotes, with RFC 1035 section 5.1
/// escapes.
///
/// `"` and `\` are escaped with a backslash; every octet outside printable ASCII (controls,
/// DEL, and each octet of a non-ASCII character's UTF-8 encoding) is written `\DDD`, its
/// decimal value in three digits. The result is plain ASCII, which every zone-file parser
/// reads the same way whatever its idea of the file's character set.
public final class QuotedString {

    /// How an octet outside printable ASCII is written after the backslash.
    ///
    /// The digits are decimal in RFC 1035 and in most tools, but octal in Amazon Route 53 ("a
    /// backslash followed by a three-digit octal code", Route 53 Developer Guide, TXT record
    /// type and DNS domain name format).
    public enum ByteEscape {
        /// RFC 1035 section 5.1 `\DDD`: `é` (UTF-8 `c3 a9`) → `\195\169`.
        DECIMAL,
        /// Route 53 `\ooo`: `é` → `\303\251`.
        OCTAL
    }

    /// The first and last octet written as themselves (space to `~`).
    private static final int FIRST_PRINTABLE = 0x20;

    private static final int LAST_PRINTABLE = 0x7e;

    private QuotedString() {}

    /// `text` as one quoted character-string. The caller keeps it within
    /// [TxtStrings#MAX_STRING_OCTETS] octets (see [TxtStrings#split]).
    public static String of(String text) {
        return "\"" + content(text, ByteEscape.DECIMAL) + "\"";
    }

    /// One character-string's content, escaped, without the quotes; octets outside printable
    /// ASCII written as `escape` says.
    public static String content(String text, ByteEscape escape) {
        var out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int octet = b & 0xff;
            if (octet == '"' || octet == '\\') {
                out.append('\\').append((char) octet);
            } else if (octet >= FIRST_PRINTABLE && octet <= LAST_PRINTABLE) {
                out.append((char) octet);
            } else if (escape == ByteEscape.DECIMAL) {
                out.append('\\').append(String.format("%03d", octet));
            } else {
                out.append('\\').append(String.format("%03o", octet));
            }
        }
        return out.toString();
    }
}
