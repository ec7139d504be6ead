package org.sendready.ui.dmarc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sendready.dmarc.ReportUri;
import org.sendready.input.InvalidInput;

/// The report addresses of a `rua` or `ruf` field as the user types them: mail addresses
/// separated by commas or spaces, with or without `mailto:`, each optionally with a size limit
/// (`dmarc@example.com!10m`).
final class ReportAddresses {
    /// What separates addresses: DMARC separates URIs with commas (RFC 7489 section 6.4);
    /// spaces and new lines are what people type.
    private static final Pattern SEPARATOR = Pattern.compile("[,\\s]+");

    /// RFC 3986 section 3.1: a URI starts with its scheme and a colon.
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private static final String MAILTO = "mailto:";

    private ReportAddresses() {}

    /// Parses the field's text; errors name `field`.
    static List<ReportUri> parse(String text, String field) {
        var uris = new ArrayList<ReportUri>();
        for (var part : SEPARATOR.split(text.strip())) {
            if (part.isEmpty()) {
                continue;
            }
            var uri = ReportUri.parse(SCHEME.matcher(part).matches() ? part : MAILTO + part, field);
            if (!(uri instanceof ReportUri.Mailto)) {
                throw new InvalidInput(
                        field,
                        "'"
                                + part
                                + "' is not a mail address; receivers only have to send reports"
                                + " by mail (RFC 7489 section 6.2), so use e.g."
                                + " dmarc@example.com");
            }
            uris.add(uri);
        }
        return List.copyOf(uris);
    }

    /// The text that [#parse] reads back as `uris`: mail addresses without `mailto:`.
    static String format(List<ReportUri> uris) {
        return uris.stream()
                .map(ReportUri::text)
                .map(t -> t.startsWith(MAILTO) ? t.substring(MAILTO.length()) : t)
                .collect(Collectors.joining(", "));
    }
}
