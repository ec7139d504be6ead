package org.sendready.bounce;

import java.util.Objects;
import java.util.Optional;

/// The per-recipient fields of a delivery status notification (RFC 3464 section 2.3), with
/// the address type (`rfc822;`) removed from the addresses and the diagnostic type (`smtp;`)
/// from the diagnostic.
public record DsnRecipient(
        Optional<String> finalRecipient,
        Optional<String> originalRecipient,
        Optional<String> action,
        Optional<StatusCode> status,
        String diagnostic,
        Optional<String> remoteMta) {

    public DsnRecipient {
        Objects.requireNonNull(finalRecipient);
        Objects.requireNonNull(originalRecipient);
        Objects.requireNonNull(action);
        Objects.requireNonNull(status);
        Objects.requireNonNull(diagnostic);
        Objects.requireNonNull(remoteMta);
    }

    /// The address the sender wrote: `Original-Recipient` when the reporting server kept it
    /// (RFC 3464 section 2.3.1), else `Final-Recipient` (section 2.3.2).
    public Optional<String> recipient() {
        return originalRecipient.or(() -> finalRecipient);
    }
}
