package org.sendready.records;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/// Splits a TXT value into DNS character-strings.
///
/// RFC 1035 section 3.3: a character-string is at most 255 octets, and a TXT record holds
/// one or more of them. SPF (RFC 7208 section 3.3) and DKIM (RFC 6376 section 3.6.2.2) join
/// them without a separator, so any split at character boundaries keeps the meaning.
public final class TxtStrings {

    /// RFC 1035 section 3.3: the length octet limits a character-string to 255 octets.
    public static final int MAX_STRING_OCTETS = 255;

    private TxtStrings() {}

    /// Splits `text` into strings of at most [#MAX_STRING_OCTETS] UTF-8 octets, never inside a
    /// multi-byte character. An empty value is one empty string.
    public static List<String> split(String text) {
        return split(text, MAX_STRING_OCTETS);
    }

    /// Splits `text` into strings of at most `maxOctets` UTF-8 octets (some panels want less).
    public static List<String> split(String text, int maxOctets) {
        if (maxOctets < 4) {
            throw new IllegalArgumentException("maxOctets must leave room for one character");
        }
        var parts = new ArrayList<String>();
        var current = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width =
                    new String(Character.toChars(codePoint))
                            .getBytes(StandardCharsets.UTF_8)
                            .length;
            if (octets + width > maxOctets) {
                parts.add(current.toString());
                current.setLength(0);
                octets = 0;
            }
            current.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        parts.add(current.toString());
        return List.copyOf(parts);
    }

    /// The length of `text` in UTF-8 octets, as DNS counts it.
    public static int octets(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
