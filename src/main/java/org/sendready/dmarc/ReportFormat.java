package org.sendready.dmarc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/// A failure report format: the values of the `rf` tag (RFC 7489 section 6.3), which must be
/// in the IANA registry of section 11.4. That registry holds one format.
public enum ReportFormat {
    /// RFC 6591 Authentication Failure Reporting Format. Default and only registered value.
    AFRF("afrf");

    private final String tagValue;

    ReportFormat(String tagValue) {
        this.tagValue = tagValue;
    }

    /// The value as the record writes it.
    public String tagValue() {
        return tagValue;
    }

    static Optional<ReportFormat> fromTagValue(String value) {
        var lower = value.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.tagValue.equals(lower)).findFirst();
    }
}
