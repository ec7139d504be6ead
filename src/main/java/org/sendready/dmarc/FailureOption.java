package org.sendready.dmarc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/// When a failure report is wanted: the values of the `fo` tag (RFC 7489 section 6.3).
public enum FailureOption {
    /// `0`: when all underlying mechanisms fail to produce an aligned pass. Default.
    ALL_FAIL("0"),
    /// `1`: when any underlying mechanism fails to produce an aligned pass.
    ANY_FAIL("1"),
    /// `d`: when a DKIM signature fails to verify, aligned or not.
    DKIM_FAIL("d"),
    /// `s`: when SPF evaluation fails, aligned or not.
    SPF_FAIL("s");

    private final String tagValue;

    FailureOption(String tagValue) {
        this.tagValue = tagValue;
    }

    /// The value as the record writes it: `0`, `1`, `d` or `s`.
    public String tagValue() {
        return tagValue;
    }

    static Optional<FailureOption> fromTagValue(String value) {
        var lower = value.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.tagValue.equals(lower)).findFirst();
    }
}
