package org.sendready.dmarc;

import java.util.Locale;
import org.sendready.input.InvalidInput;

/// A tag RFC 7489 does not define, kept so that reading and writing a record loses nothing.
/// Receivers ignore it (RFC 7489 section 6.3: "Unknown tags MUST be ignored").
public record UnknownTag(String name, String value) {

    public UnknownTag {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new InvalidInput(
                    "dmarc",
                    "tag name '"
                            + name
                            + "' is invalid; a tag name is a letter followed by letters,"
                            + " digits or '_'");
        }
        if (DmarcTag.fromName(name).isPresent()) {
            throw new InvalidInput("dmarc", "'" + name + "' is a DMARC tag, not an unknown one");
        }
        if (value == null || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e && c != ';')) {
            throw new InvalidInput(
                    "dmarc",
                    "tag '" + name + "' has a value with ';' or a non-printable character");
        }
    }

    /// The name in lower case, as duplicates are compared.
    String key() {
        return name.toLowerCase(Locale.ROOT);
    }
}
