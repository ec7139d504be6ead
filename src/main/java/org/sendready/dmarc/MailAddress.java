package org.sendready.dmarc;

import java.util.Objects;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// A mailbox `local-part@domain` (RFC 5322 section 3.4.1) that reports are sent to.
///
/// The local part is a dot-atom (`dmarc+reports`, `d!m`) or a quoted string (`"a;b"`), ASCII
/// only: internationalised local parts (RFC 6531) are rejected, since report senders cannot be
/// expected to support them. The domain is a host name, stored as an A-label.
public record MailAddress(String localPart, DomainName domain) {

    /// RFC 5321 section 4.5.3.1.1: a local part is at most 64 octets.
    public static final int MAX_LOCAL_PART_LENGTH = 64;

    /// RFC 5322 section 3.2.3: `atext`, the characters of a dot-atom besides letters and digits.
    private static final CharacterClass ATEXT = new CharacterClass("!#$%&'*+-/=?^_`{|}~");

    private static final String FIELD = "mail address";

    public MailAddress {
        Objects.requireNonNull(domain);
        validateLocalPart(localPart, localPart + "@" + domain, FIELD);
    }

    /// Parses `name@example.com`; errors name `field`.
    public static MailAddress parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(
                    field, "is empty; expected an address such as dmarc@example.com");
        }
        var address = text.strip();
        int at = address.lastIndexOf('@');
        if (at < 0) {
            throw new InvalidInput(
                    field, "'" + address + "' has no '@'; expected e.g. dmarc@example.com");
        }
        var local = address.substring(0, at);
        validateLocalPart(local, address, field);
        var domainText = address.substring(at + 1);
        if (domainText.isEmpty()) {
            throw new InvalidInput(field, "'" + address + "' has no domain after '@'");
        }
        return new MailAddress(local, DomainName.parseHostname(domainText, field));
    }

    private static void validateLocalPart(String local, String whole, String field) {
        if (local == null || local.isEmpty()) {
            throw new InvalidInput(field, "'" + whole + "' has nothing before '@'");
        }
        if (local.length() > MAX_LOCAL_PART_LENGTH) {
            throw new InvalidInput(
                    field,
                    "'"
                            + whole
                            + "' has a local part of "
                            + local.length()
                            + " characters; at most "
                            + MAX_LOCAL_PART_LENGTH
                            + " are allowed (RFC 5321 section 4.5.3.1.1)");
        }
        for (int i = 0; i < local.length(); i++) {
            if (local.charAt(i) >= 0x80) {
                throw new InvalidInput(
                        field,
                        "'"
                                + whole
                                + "' has '"
                                + local.charAt(i)
                                + "' before '@'; only ASCII local parts are supported");
            }
        }
        if (local.length() >= 2 && local.startsWith("\"") && local.endsWith("\"")) {
            validateQuoted(local.substring(1, local.length() - 1), whole, field);
        } else {
            validateDotAtom(local, whole, field);
        }
    }

    /// RFC 5322 section 3.4.1 dot-atom-text: atoms of `atext` joined by single dots.
    private static void validateDotAtom(String local, String whole, String field) {
        for (var atom : local.split("\\.", -1)) {
            if (atom.isEmpty()) {
                throw new InvalidInput(
                        field,
                        "'"
                                + whole
                                + "' has a '.' at the start or end of the local part, or two in"
                                + " a row");
            }
            int outside = ATEXT.firstOutside(atom);
            if (outside >= 0) {
                throw new InvalidInput(
                        field,
                        "'"
                                + whole
                                + "' has '"
                                + atom.charAt(outside)
                                + "' in the local part; it is allowed only inside double quotes");
            }
        }
    }

    /// RFC 5322 section 3.2.4 quoted-string content: printable ASCII and space, with `"` and
    /// `\` escaped by a backslash.
    private static void validateQuoted(String inner, String whole, String field) {
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new InvalidInput(
                        field, "'" + whole + "' has a control character in the local part");
            }
            if (c == '\\') {
                if (i + 1 == inner.length()) {
                    throw new InvalidInput(
                            field, "'" + whole + "' ends its quoted local part with '\\'");
                }
                i++;
            } else if (c == '"') {
                throw new InvalidInput(
                        field, "'" + whole + "' has an unescaped '\"' inside the quotes");
            }
        }
    }

    @Override
    public String toString() {
        return localPart + "@" + domain.ascii();
    }
}
