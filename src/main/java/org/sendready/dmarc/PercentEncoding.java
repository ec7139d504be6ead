package org.sendready.dmarc;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.sendready.input.InvalidInput;

/// RFC 3986 section 2.1 percent-encoding of UTF-8 octets, as mailto URIs use it (RFC 6068
/// section 2).
final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /// Encodes every character of `text` that `keep` does not accept as `%XX` (upper-case hex,
    /// RFC 3986 section 2.1).
    static String encode(String text, CharacterClass keep) {
        var out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (keep.contains(c)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return out.toString();
    }

    /// Decodes `%XX` escapes in `text` as UTF-8; errors name `field` and `uri`.
    static String decode(String text, String uri, String field) {
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            int high = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                throw new InvalidInput(
                        field,
                        "'"
                                + uri
                                + "' has a '%' not followed by two hexadecimal digits; write a"
                                + " literal '%' as %25");
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput(
                    field, "'" + uri + "' has percent-escapes that are not valid UTF-8", e);
        }
    }
}
