package org.sendready.dkim;

import java.net.IDN;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Locale;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// A DKIM selector (RFC 6376 section 3.1): one or more DNS labels separated by dots, each in
/// sub-domain syntax (RFC 5321 section 4.1.2: letters, digits and inner hyphens), stored in
/// lower case, internationalised labels as A-labels. Its key record lives at
/// `selector._domainkey.domain` ([#ownerName]).
public record DkimSelector(String ascii) {

    /// RFC 6376 section 3.6.2.1: key records live under the `_domainkey` label of the domain.
    public static final String DOMAINKEY_LABEL = "_domainkey";

    private static final String FIELD = "selector";

    public DkimSelector {
        validate(ascii);
    }

    /// Parses what a user typed: trims, folds case, maps internationalised labels to A-labels
    /// (RFC 6376 section 3.1).
    public static DkimSelector parse(String userText) {
        if (userText == null || userText.isBlank()) {
            throw new InvalidInput(FIELD, "is empty; expected a name such as s1 or mail2025");
        }
        var text = userText.strip();
        if (text.chars().allMatch(c -> c < 0x80)) {
            return new DkimSelector(text.toLowerCase(Locale.ROOT));
        }
        try {
            return new DkimSelector(IDN.toASCII(text).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(
                    FIELD,
                    "'" + text + "' is not a valid internationalised name: " + e.getMessage());
        }
    }

    private static void validate(String ascii) {
        if (ascii == null || ascii.isEmpty()) {
            throw new InvalidInput(FIELD, "is empty; expected a name such as s1 or mail2025");
        }
        if (!ascii.equals(ascii.toLowerCase(Locale.ROOT))) {
            throw new InvalidInput(FIELD, "'" + ascii + "' must be lower case here");
        }
        for (var label : ascii.split("\\.", -1)) {
            validateLabel(ascii, label);
        }
    }

    private static void validateLabel(String selector, String label) {
        if (label.isEmpty()) {
            throw new InvalidInput(
                    FIELD,
                    "'" + selector + "' has an empty label (a leading, trailing or double dot)");
        }
        if (label.length() > DomainName.MAX_LABEL_LENGTH) {
            throw new InvalidInput(
                    FIELD,
                    "label '"
                            + label
                            + "' is "
                            + label.length()
                            + " characters long; at most "
                            + DomainName.MAX_LABEL_LENGTH
                            + " are allowed");
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                throw new InvalidInput(
                        FIELD,
                        "'"
                                + selector
                                + "' contains '"
                                + c
                                + "'; a selector uses letters, digits, '-' and '.' (RFC 6376"
                                + " section 3.1)");
            }
        }
        if (label.startsWith("-") || label.endsWith("-")) {
            throw new InvalidInput(
                    FIELD, "label '" + label + "' starts or ends with '-' (RFC 6376 section 3.1)");
        }
    }

    /// A selector named after `month`, `s202611`, the way operators date their keys so that
    /// each rotation gets a fresh name and the name tells the key's age. When `taken` holds it
    /// already, `-2`, `-3`, ... is appended: a new key never reuses a selector, since
    /// resolvers may still cache the old key under it.
    public static DkimSelector dated(YearMonth month, Collection<DkimSelector> taken) {
        var base = String.format(Locale.ROOT, "s%04d%02d", month.getYear(), month.getMonthValue());
        var candidate = new DkimSelector(base);
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = new DkimSelector(base + "-" + n);
        }
        return candidate;
    }

    /// The name of the key record: `selector._domainkey.domain` (RFC 6376 section 3.6.2.1).
    /// Too long a result is [InvalidInput] on the selector.
    public DomainName ownerName(DomainName domain) {
        var name = ascii + "." + DOMAINKEY_LABEL + "." + domain.ascii();
        if (name.length() > DomainName.MAX_LENGTH) {
            throw new InvalidInput(
                    FIELD,
                    "with domain "
                            + domain
                            + " the record name "
                            + name
                            + " is "
                            + name.length()
                            + " characters long; at most "
                            + DomainName.MAX_LENGTH
                            + " are allowed, so choose a shorter selector");
        }
        return new DomainName(name);
    }

    @Override
    public String toString() {
        return ascii;
    }
}
