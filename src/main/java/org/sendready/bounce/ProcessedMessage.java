package org.sendready.bounce;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// One message as the processor judged it.
///
/// @param source where it came from (a file, `mbox#3`, `INBOX #12`)
/// @param bounce what it says
/// @param token the verdict on its Return-Path token; empty when no key was given or the
///     message carries no token
/// @param recipients each reported recipient with its suppression decision
public record ProcessedMessage(
        String source,
        ParsedBounce bounce,
        Optional<TokenVerdict> token,
        List<JudgedRecipient> recipients) {

    public ProcessedMessage {
        Objects.requireNonNull(source);
        Objects.requireNonNull(bounce);
        Objects.requireNonNull(token);
        recipients = List.copyOf(recipients);
    }

    /// Whether the message is a bounce or auto-reply the processor understood, so that it
    /// may be deleted or moved when asked.
    public boolean recognised() {
        return bounce.format() != BounceFormat.UNRECOGNIZED
                && bounce.format() != BounceFormat.MALFORMED;
    }
}
