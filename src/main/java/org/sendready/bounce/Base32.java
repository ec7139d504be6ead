package org.sendready.bounce;

import java.util.Optional;

/// RFC 4648 section 6 base32 in lower case and without padding, for Return-Path tokens: some
/// mail servers lower-case local parts, so the alphabet must survive that, and `=` is not
/// wanted in an address.
final class Base32 {

    /// RFC 4648 section 6, Table 3, lower-cased.
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private static final int BITS_PER_CHAR = 5;

    private Base32() {}

    static String encode(byte[] data) {
        var text = new StringBuilder((data.length * 8 + BITS_PER_CHAR - 1) / BITS_PER_CHAR);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= BITS_PER_CHAR) {
                bits -= BITS_PER_CHAR;
                text.append(ALPHABET.charAt((buffer >> bits) & 0x1f));
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (BITS_PER_CHAR - bits)) & 0x1f));
        }
        return text.toString();
    }

    /// Decodes `text` (lower case) into exactly `length` bytes; empty unless `text` is the
    /// canonical encoding of `length` bytes (right length, known letters, unused bits zero), so
    /// one value has one text.
    static Optional<byte[]> decode(String text, int length) {
        if (text.length() != (length * 8 + BITS_PER_CHAR - 1) / BITS_PER_CHAR) {
            return Optional.empty();
        }
        var out = new byte[length];
        int buffer = 0;
        int bits = 0;
        int written = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = ALPHABET.indexOf(text.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            buffer = (buffer << BITS_PER_CHAR) | value;
            bits += BITS_PER_CHAR;
            if (bits >= 8) {
                bits -= 8;
                out[written++] = (byte) (buffer >> bits);
            }
        }
        if ((buffer & ((1 << bits) - 1)) != 0) {
            return Optional.empty();
        }
        return Optional.of(out);
    }
}
