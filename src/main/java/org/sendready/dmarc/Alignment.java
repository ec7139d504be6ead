package org.sendready.dmarc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/// Identifier alignment mode: the `adkim` and `aspf` tags (RFC 7489 sections 3.1 and 6.3).
public enum Alignment {
    /// The authenticated domain and the From domain share an organizational domain. Default.
    RELAXED("r"),
    /// The authenticated domain equals the From domain exactly.
    STRICT("s");

    private final String tagValue;

    Alignment(String tagValue) {
        this.tagValue = tagValue;
    }

    /// The value as the record writes it: `r` or `s`.
    public String tagValue() {
        return tagValue;
    }

    static Optional<Alignment> fromTagValue(String value) {
        var lower = value.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.tagValue.equals(lower)).findFirst();
    }
}
