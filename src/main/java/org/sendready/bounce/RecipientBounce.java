package org.sendready.bounce;

import java.util.Objects;
import java.util.Optional;

/// One recipient's outcome in a returned message.
///
/// @param recipient the address the message was for, when the bounce names it
/// @param classification how the outcome was judged
/// @param diagnostic the receiving server's words (SMTP reply or prose), whitespace folded;
///     empty when there are none
/// @param remoteMta the server that refused, when the DSN names it (RFC 3464 section 2.3.5)
public record RecipientBounce(
        Optional<String> recipient,
        Classification classification,
        String diagnostic,
        Optional<String> remoteMta) {

    public RecipientBounce {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(classification);
        Objects.requireNonNull(diagnostic);
        Objects.requireNonNull(remoteMta);
    }

    /// The same outcome attributed to `address` (when the Return-Path token shows the
    /// bounce named another address than the one the message was sent to).
    public RecipientBounce withRecipient(String address) {
        return new RecipientBounce(Optional.of(address), classification, diagnostic, remoteMta);
    }
}
