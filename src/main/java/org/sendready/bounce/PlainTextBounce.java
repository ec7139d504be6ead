package org.sendready.bounce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/// Reads a non-standard bounce from its prose: the common layouts name each failed address
/// on a line of its own, followed by the server's reply (qmail `<a@b>:`, Yahoo, Exim `  a@b`,
/// Exchange's "Diagnostic information for administrators", old Postfix `<a@b>: host ...
/// said: 550 ...`).
final class PlainTextBounce {

    /// An address alone on a line, maybe in angle brackets or after Exchange's `#`, maybe
    /// followed by a colon and the start of the reply.
    private static final Pattern ADDRESS_LINE =
            Pattern.compile(
                    "^\\s*#?\\s*<?([^\\s<>@\"]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)>?\\s*(?::\\s*(.*))?$");

    /// Where the prose ends and the returned message begins.
    private static final Pattern COPY_MARKER =
            Pattern.compile(
                    "^\\s*-*\\s*(below this line is a copy of the message|original message"
                            + "|this is a copy of the message|original message headers"
                            + "|the original message was received).*$",
                    Pattern.CASE_INSENSITIVE);

    /// Enough of a server's reply to classify and show it.
    private static final int MAX_DIAGNOSTIC = 500;

    private PlainTextBounce() {}

    /// The outcomes `text` reports. `failedHeader` holds `X-Failed-Recipients` addresses,
    /// `returned` the returned message's recipients, used when the prose names none.
    static List<RecipientBounce> parse(
            String text, List<String> failedHeader, List<String> returned) {
        var prose = prose(text);
        var windows = addressWindows(prose);
        var outcomes = new ArrayList<RecipientBounce>();
        var addresses = new ArrayList<String>(failedHeader);
        if (addresses.isEmpty()) {
            addresses.addAll(windows.keySet());
        }
        if (addresses.isEmpty()) {
            addresses.addAll(returned);
        }
        if (addresses.isEmpty()) {
            outcomes.add(outcome(Optional.empty(), List.of(), prose));
            return outcomes;
        }
        for (var address : addresses) {
            var found = windows.getOrDefault(address.toLowerCase(Locale.ROOT), List.of());
            outcomes.add(outcome(Optional.of(address), found, prose));
        }
        return outcomes;
    }

    private static RecipientBounce outcome(
            Optional<String> address, List<String> windows, String prose) {
        var joined = String.join(" ", windows);
        var shown =
                windows.stream()
                        .filter(
                                w ->
                                        StatusCode.find(w).isPresent()
                                                || w.matches("(?s).*\\b[45]\\d\\d\\b.*"))
                        .findFirst()
                        .orElse(windows.isEmpty() ? "" : windows.getFirst());
        var classification = FailureClassifier.classify(Optional.empty(), Optional.empty(), joined);
        if (classification.bounceClass() == BounceClass.UNKNOWN) {
            // The introduction often carries the verdict ("This is a permanent error").
            classification = FailureClassifier.classify(Optional.empty(), Optional.empty(), prose);
            if (shown.isEmpty()) {
                shown = fold(prose);
            }
        }
        return new RecipientBounce(address, classification, clip(shown), Optional.empty());
    }

    /// Each address line's following text up to the next address line, keyed by the
    /// lower-cased address; an address named twice (Exchange) has two windows.
    private static LinkedHashMap<String, List<String>> addressWindows(String prose) {
        var windows = new LinkedHashMap<String, List<String>>();
        String current = null;
        var window = new StringBuilder();
        for (var line : prose.lines().toList()) {
            var matcher = ADDRESS_LINE.matcher(line);
            if (matcher.matches()) {
                close(windows, current, window);
                current = matcher.group(1).toLowerCase(Locale.ROOT);
                window.setLength(0);
                if (matcher.group(2) != null) {
                    window.append(matcher.group(2)).append(' ');
                }
            } else if (current != null) {
                window.append(line.strip()).append(' ');
            }
        }
        close(windows, current, window);
        return windows;
    }

    private static void close(
            LinkedHashMap<String, List<String>> windows, String address, StringBuilder window) {
        if (address != null) {
            windows.computeIfAbsent(address, a -> new ArrayList<>()).add(fold(window.toString()));
        }
    }

    /// The text before the returned message.
    private static String prose(String text) {
        var kept = new StringBuilder();
        for (var line : text.lines().toList()) {
            if (COPY_MARKER.matcher(line).matches()) {
                break;
            }
            kept.append(line).append('\n');
        }
        return kept.toString();
    }

    static String fold(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static String clip(String text) {
        return text.length() <= MAX_DIAGNOSTIC ? text : text.substring(0, MAX_DIAGNOSTIC) + "...";
    }
}
