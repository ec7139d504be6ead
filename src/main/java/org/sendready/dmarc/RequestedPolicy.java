package org.sendready.dmarc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/// What the domain owner asks receivers to do with mail that fails DMARC: the `p` and `sp`
/// tags (RFC 7489 section 6.3).
public enum RequestedPolicy {
    /// Deliver as usual; only report. Where every setup should start.
    NONE("none"),
    /// Treat as suspicious, usually the spam folder.
    QUARANTINE("quarantine"),
    /// Refuse the message during the SMTP transaction.
    REJECT("reject");

    private final String tagValue;

    RequestedPolicy(String tagValue) {
        this.tagValue = tagValue;
    }

    /// The value as the record writes it: `none`, `quarantine`, `reject`.
    public String tagValue() {
        return tagValue;
    }

    /// The policy written `value`, compared case-insensitively (RFC 7489 section 6.4 ABNF
    /// literals are case-insensitive).
    static Optional<RequestedPolicy> fromTagValue(String value) {
        var lower = value.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.tagValue.equals(lower)).findFirst();
    }
}
