package org.sendready.records.profile;

import java.util.stream.Collectors;
import org.sendready.records.QuotedString;
import org.sendready.records.QuotedString.ByteEscape;
import org.sendready.records.TxtStrings;

/// A TXT value as quoted character-strings, the zone-file presentation of RFC 1035 section
/// 5.1: each string at most 255 octets ([TxtStrings#MAX_STRING_OCTETS]), in double quotes,
/// escaped as [QuotedString#content] does, with decimal or (Route 53) octal byte escapes.
final class TxtPresentation {

    /// First printable ASCII octet (space).
    private static final int FIRST_PRINTABLE = 0x20;

    /// Last printable ASCII octet (`~`).
    private static final int LAST_PRINTABLE = 0x7e;

    private TxtPresentation() {}

    /// `value` as `"string 1" "string 2" ...`, split at 255 octets, never inside a character.
    static String quotedStrings(String value, ByteEscape escape) {
        return TxtStrings.split(value).stream()
                .map(part -> "\"" + QuotedString.content(part, escape) + "\"")
                .collect(Collectors.joining(" "));
    }

    /// `value` as `aws_route53_record` wants it in `records`: the escaped strings joined by
    /// `""`, without the outer quotes, which the AWS provider adds (`flattenTxtEntry` wraps
    /// the value in quotes, terraform-provider-aws `internal/service/route53`; documented in
    /// the resource's `records` argument).
    static String route53Joined(String value) {
        return TxtStrings.split(value).stream()
                .map(part -> QuotedString.content(part, ByteEscape.OCTAL))
                .collect(Collectors.joining("\"\""));
    }

    /// True when `value` has a character a panel might treat specially: a quote, a
    /// backslash, or anything outside printable ASCII.
    static boolean needsEscaping(String value) {
        return value.chars()
                .anyMatch(c -> c == '"' || c == '\\' || c < FIRST_PRINTABLE || c > LAST_PRINTABLE);
    }
}
