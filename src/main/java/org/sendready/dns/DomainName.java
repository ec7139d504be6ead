package org.sendready.dns;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import org.sendready.input.InvalidInput;

/// A fully qualified DNS name in its ASCII (A-label) form, lower case, without the final dot.
///
/// Internationalised names are accepted in [#parse] and stored as A-labels
/// (`bücher.example` → `xn--bcher-kva.example`), which is what DNS and every zone file use.
/// Underscore labels (`_dmarc`, `_domainkey`) are allowed, since DKIM and DMARC live under them;
/// use [#parseHostname] where a host name is required.
public record DomainName(String ascii) implements Comparable<DomainName> {

    /// RFC 1035 section 2.3.4: a name is at most 255 octets on the wire, 253 characters as text.
    public static final int MAX_LENGTH = 253;

    /// RFC 1035 section 2.3.4: a label is at most 63 octets.
    public static final int MAX_LABEL_LENGTH = 63;

    public DomainName {
        validate(ascii, "domain");
    }

    /// Parses what a user typed: trims, drops one trailing dot, maps IDN to A-labels.
    public static DomainName parse(String userText) {
        return parse(userText, "domain");
    }

    /// As [#parse], naming `field` in the error.
    public static DomainName parse(String userText, String field) {
        if (userText == null || userText.isBlank()) {
            throw new InvalidInput(field, "is empty; expected a domain name such as example.com");
        }
        var text = userText.strip();
        if (text.endsWith(".") && text.length() > 1) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.contains("..")) {
            throw new InvalidInput(
                    field, "'" + userText.strip() + "' has an empty label (two dots in a row)");
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInput(
                    field, "'" + userText.strip() + "' contains a space; a domain name has none");
        }
        var ascii =
                text.chars().allMatch(c -> c < 0x80)
                        ? text.toLowerCase(Locale.ROOT)
                        : toAsciiLabels(text, field);
        validate(ascii, field);
        return new DomainName(ascii);
    }

    private static String toAsciiLabels(String text, String field) {
        try {
            return IDN.toASCII(text, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(
                    field,
                    "'" + text + "' is not a valid internationalised name: " + e.getMessage());
        }
    }

    /// Parses a host name: like [#parse], but only letters, digits and hyphens (RFC 952/1123),
    /// since mail servers greet and are looked up by host names.
    public static DomainName parseHostname(String userText, String field) {
        var name = parse(userText, field);
        for (var label : name.labels()) {
            if (label.indexOf('_') >= 0) {
                throw new InvalidInput(
                        field,
                        "'"
                                + name.ascii
                                + "' is not a host name: '_' is not allowed in '"
                                + label
                                + "'");
            }
        }
        if (name.labels().size() < 2) {
            throw new InvalidInput(
                    field,
                    "'"
                            + name.ascii
                            + "' is not fully qualified; expected e.g. mail."
                            + name.ascii
                            + ".com");
        }
        return name;
    }

    private static void validate(String ascii, String field) {
        if (ascii == null || ascii.isEmpty()) {
            throw new InvalidInput(field, "is empty; expected a domain name such as example.com");
        }
        if (ascii.length() > MAX_LENGTH) {
            throw new InvalidInput(
                    field,
                    "is "
                            + ascii.length()
                            + " characters long; at most "
                            + MAX_LENGTH
                            + " are allowed");
        }
        if (!ascii.equals(ascii.toLowerCase(Locale.ROOT))) {
            throw new InvalidInput(field, "'" + ascii + "' must be lower case here");
        }
        for (var label : ascii.split("\\.", -1)) {
            validateLabel(ascii, label, field);
        }
    }

    private static void validateLabel(String name, String label, String field) {
        if (label.isEmpty()) {
            throw new InvalidInput(field, "'" + name + "' has an empty label");
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            throw new InvalidInput(
                    field,
                    "label '"
                            + label
                            + "' is "
                            + label.length()
                            + " characters long; at most "
                            + MAX_LABEL_LENGTH
                            + " are allowed");
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                throw new InvalidInput(
                        field,
                        "'"
                                + name
                                + "' contains '"
                                + c
                                + "'; only letters, digits, '-' and '_' are allowed");
            }
        }
        if (label.startsWith("-") || label.endsWith("-")) {
            throw new InvalidInput(field, "label '" + label + "' starts or ends with '-'");
        }
    }

    /// The labels from left to right: `mail.example.com` → `[mail, example, com]`.
    public List<String> labels() {
        return List.of(ascii.split("\\."));
    }

    /// The name in Unicode, for display (`xn--bcher-kva.example` → `bücher.example`).
    public String unicode() {
        return IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED);
    }

    /// The name with its final dot, as zone files write absolute names.
    public String absolute() {
        return ascii + ".";
    }

    /// The name one label down: `example.com`.child("_dmarc") → `_dmarc.example.com`.
    public DomainName child(String label) {
        return parse(label + "." + ascii);
    }

    /// True when this name equals `zone` or lies below it.
    public boolean isWithin(DomainName zone) {
        return ascii.equals(zone.ascii) || ascii.endsWith("." + zone.ascii);
    }

    /// The name relative to `zone` as zone files and DNS panels write it: `@` for the apex,
    /// `_dmarc` for `_dmarc.example.com` in `example.com`.
    public String relativeTo(DomainName zone) {
        if (ascii.equals(zone.ascii)) {
            return "@";
        }
        if (!isWithin(zone)) {
            throw new IllegalArgumentException(ascii + " is not within " + zone.ascii);
        }
        return ascii.substring(0, ascii.length() - zone.ascii.length() - 1);
    }

    @Override
    public int compareTo(DomainName other) {
        return ascii.compareTo(other.ascii);
    }

    @Override
    public String toString() {
        return ascii;
    }
}
