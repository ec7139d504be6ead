package org.sendready.bounce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// Reads the body of a `message/delivery-status` part (RFC 3464 section 2.1): groups of
/// header-style fields separated by blank lines, the first per message, each further one per
/// recipient. Also reads `message/global-delivery-status` (RFC 6533), which differs only in
/// allowing UTF-8.
///
/// Lenient, as bounce parsers must be: unknown fields are ignored, a group without a
/// `Final-Recipient` is skipped, a missing or malformed `Status` leaves the code empty.
public final class DeliveryStatusParser {

    private DeliveryStatusParser() {}

    /// The per-recipient groups of `body`, in order.
    public static List<DsnRecipient> parse(String body) {
        var groups = groups(body);
        var recipients = new ArrayList<DsnRecipient>();
        for (int i = 1; i < groups.size(); i++) {
            recipient(groups.get(i)).ifPresent(recipients::add);
        }
        if (recipients.isEmpty() && !groups.isEmpty()) {
            // Some servers put everything in one group; take it when it names a recipient.
            recipient(groups.getFirst()).ifPresent(recipients::add);
        }
        return recipients;
    }

    private static Optional<DsnRecipient> recipient(Map<String, String> fields) {
        var finalRecipient =
                Optional.ofNullable(fields.get("final-recipient"))
                        .map(DeliveryStatusParser::address);
        if (finalRecipient.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new DsnRecipient(
                        finalRecipient,
                        Optional.ofNullable(fields.get("original-recipient"))
                                .map(DeliveryStatusParser::address),
                        Optional.ofNullable(fields.get("action")),
                        Optional.ofNullable(fields.get("status")).flatMap(StatusCode::parse),
                        Optional.ofNullable(fields.get("diagnostic-code"))
                                .map(DeliveryStatusParser::typed)
                                .orElse(""),
                        Optional.ofNullable(fields.get("remote-mta"))
                                .map(DeliveryStatusParser::typed)));
    }

    /// `rfc822; user@example.net` → `user@example.net` (RFC 3464 section 2.1.2 address-type).
    private static String address(String value) {
        var text = typed(value);
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.strip();
    }

    /// Removes the `type;` prefix of a typed field (`smtp; 550 ...`, `dns; mx.example.net`).
    private static String typed(String value) {
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(semicolon + 1)).strip();
    }

    /// Groups of fields, names lower-cased, folded lines joined (RFC 5322 section 2.2.3).
    private static List<Map<String, String>> groups(String body) {
        var groups = new ArrayList<Map<String, String>>();
        Map<String, String> current = new LinkedHashMap<>();
        String name = null;
        for (var line : body.lines().toList()) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    groups.add(current);
                    current = new LinkedHashMap<>();
                }
                name = null;
            } else if ((line.startsWith(" ") || line.startsWith("\t")) && name != null) {
                current.merge(name, " " + line.strip(), String::concat);
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    current.putIfAbsent(name, line.substring(colon + 1).strip());
                } else {
                    name = null;
                }
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }
}
