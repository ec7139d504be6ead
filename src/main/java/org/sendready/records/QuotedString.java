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

    /// The first and last octet written as themselves (space to `~`).
    private static final int FIRST_PRINTABLE = 0x20;

    private static final int LAST_PRINTABLE = 0x7e;

    private QuotedString() {}

    /// `text` as one quoted character-string. The caller keeps it within
    /// [TxtStrings#MAX_STRING_OCTETS] octets (see [TxtStrings#split]).
    public static String of(String text) {
        var quoted = new StringBuilder(text.length() + 2).append('"');
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int octet = b & 0xff;
            if (octet == '"' || octet == '\\') {
                quoted.append('\\').append((char) octet);
            } else if (octet < FIRST_PRINTABLE || octet > LAST_PRINTABLE) {
                quoted.append('\\').append(String.format("%03d", octet));
            } else {
                quoted.append((char) octet);
            }
        }
        return quoted.append('"').toString();
    }
}
