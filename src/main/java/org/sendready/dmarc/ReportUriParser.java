package org.sendready.dmarc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendready.input.InvalidInput;

/// Reads the text of one [ReportUri]: size suffix, scheme, and for mailto the percent-decoded
/// address.
final class ReportUriParser {

    private ReportUriParser() {}

    /// RFC 3986 section 3.1: a scheme is a letter followed by letters, digits, `+`, `-`, `.`.
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

    /// RFC 3986 section 2: the characters a URI may hold literally besides letters and digits
    /// (unreserved, sub-delims, `:`, `@`, and `%` of an escape). `?`, `#` and `/` are left out
    /// because a mailto address has no query, fragment or path.
    private static final CharacterClass MAILTO_LITERALS = new CharacterClass("-._~!$&'()*+,;=:@%");

    static ReportUri parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(
                    field, "has an empty report URI; expected e.g. mailto:dmarc@example.com");
        }
        var whole = text.strip();
        var body = whole;
        Optional<ReportSizeLimit> limit = Optional.empty();
        int bang = whole.lastIndexOf('!');
        if (bang >= 0) {
            var suffix = ReportSizeLimit.SUFFIX.matcher(whole.substring(bang));
            if (suffix.matches()) {
                limit =
                        Optional.of(
                                ReportSizeLimit.parse(
                                        suffix.group(1), suffix.group(2), whole, field));
                body = whole.substring(0, bang);
            }
        }
        if (body.indexOf('!') >= 0) {
            throw new InvalidInput(
                    field,
                    "'"
                            + whole
                            + "' has a '!' that does not start a size limit such as !10m; a '!'"
                            + " in the address must be written %21 (RFC 7489 section 6.4)");
        }
        int colon = body.indexOf(':');
        if (colon <= 0 || !SCHEME.matcher(body.substring(0, colon)).matches()) {
            throw new InvalidInput(
                    field,
                    "'"
                            + whole
                            + "' is not a URI; write a report address as mailto:"
                            + (body.indexOf('@') > 0 ? body : "dmarc@example.com"));
        }
        if (body.substring(0, colon).toLowerCase(Locale.ROOT).equals("mailto")) {
            return new ReportUri.Mailto(
                    mailtoAddress(body.substring(colon + 1), whole, field), limit);
        }
        try {
            return new ReportUri.Other(new URI(body), limit);
        } catch (URISyntaxException e) {
            throw new InvalidInput(
                    field, "'" + whole + "' is not a valid URI: " + e.getReason(), e);
        } catch (InvalidInput e) {
            throw new InvalidInput(field, e.reason(), e);
        }
    }

    private static MailAddress mailtoAddress(String encoded, String whole, String field) {
        if (encoded.isEmpty()) {
            throw new InvalidInput(field, "'" + whole + "' has no address after mailto:");
        }
        if (encoded.indexOf('?') >= 0) {
            throw new InvalidInput(
                    field,
                    "'" + whole + "' has header fields after '?'; a report address takes none");
        }
        if (encoded.indexOf(',') >= 0) {
            throw new InvalidInput(
                    field,
                    "'"
                            + whole
                            + "' has ','; give each address its own mailto: URI, and write a ','"
                            + " inside an address as %2C (RFC 7489 section 6.4)");
        }
        int outside = MAILTO_LITERALS.firstOutside(encoded);
        if (outside >= 0) {
            throw new InvalidInput(
                    field,
                    "'"
                            + whole
                            + "' has '"
                            + encoded.charAt(outside)
                            + "', which a URI must percent-encode (RFC 3986 section 2.1)");
        }
        var decoded = PercentEncoding.decode(encoded, whole, field);
        try {
            return MailAddress.parse(decoded, field);
        } catch (InvalidInput e) {
            throw new InvalidInput(field, "'" + whole + "': " + e.reason(), e);
        }
    }
}
