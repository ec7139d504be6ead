package org.sendready.records.profile;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.sendready.records.TxtStrings;

/// A TXT value as quoted character-strings, the zone-file presentation of RFC 1035 section
/// 5.1: each string at most 255 octets ([TxtStrings#MAX_STRING_OCTETS]), in double quotes,
/// with `"` and `\` escaped by a backslash and any other octet outside printable ASCII as a
/// backslash and three digits.
///
/// The digits are decimal in RFC 1035 and in most tools, but octal in Amazon Route 53 ("a
/// backslash followed by a three-digit octal code", Route 53 Developer Guide, TXT record
/// type and DNS domain name format).
final class TxtPresentation {

    /// How an octet outside printable ASCII is written after the backslash.
    enum ByteEscape {
        /// RFC 1035 section 5.1 `\DDD`: `é` (UTF-8 `c3 a9`) → `\195\169`.
        DECIMAL,
        /// Route 53 `\ooo`: `é` → `\303\251`.
        OCTAL
    }

    /// First printable ASCII octet (space).
    private static final int FIRST_PRINTABLE = 0x20;

    /// Last printable ASCII octet (`~`).
    private static final int LAST_PRINTABLE = 0x7e;

    private TxtPresentation() {}

    /// `value` as `"string 1" "string 2" ...`, split at 255 octets, never inside a character.
    static String quotedStrings(String value, ByteEscape escape) {
        return TxtStrings.split(value).stream()
                .map(part -> "\"" + escape(part, escape) + "\"")
                .collect(Collectors.joining(" "));
    }

    /// `value` as `aws_route53_record` wants it in `records`: the escaped strings joined by
    /// `""`, without the outer quotes, which the AWS provider adds (`flattenTxtEntry` wraps
    /// the value in quotes, terraform-provider-aws `internal/service/route53`; documented in
    /// the resource's `records` argument).
    static String route53Joined(String value) {
        return TxtStrings.split(value).stream()
                .map(part -> escape(part, ByteEscape.OCTAL))
                .collect(Collectors.joining("\"\""));
    }

    /// One character-string's content, escaped, without the quotes.
    static String escape(String part, ByteEscape escape) {
        var out = new StringBuilder();
        for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
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

    /// True when `value` has a character a panel might treat specially: a quote, a
    /// backslash, or anything outside printable ASCII.
    static boolean needsEscaping(String value) {
        return value.chars()
                .anyMatch(c -> c == '"' || c == '\\' || c < FIRST_PRINTABLE || c > LAST_PRINTABLE);
    }
}
