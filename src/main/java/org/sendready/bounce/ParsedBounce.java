package org.sendready.bounce;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// What one returned message says, before its token is checked.
///
/// @param format DSN, provider prose, auto-reply, unrecognised or malformed
/// @param subject the message's subject, empty when it has none
/// @param recipients one outcome per recipient the message reports on (at least one)
/// @param tokenAddress the first address with a Return-Path token's shape: where the bounce
///     was delivered to (`X-Original-To`, `Delivered-To`, `To`) or the returned message's
///     `Return-Path`
/// @param returnedRecipients the addresses the returned message was sent to (its `To` and
///     `Cc`, and the bounce's `X-Failed-Recipients`): the candidates when a token names a
///     recipient other than the one the bounce reports
public record ParsedBounce(
        BounceFormat format,
        String subject,
        List<RecipientBounce> recipients,
        Optional<String> tokenAddress,
        List<String> returnedRecipients) {

    public ParsedBounce {
        Objects.requireNonNull(format);
        Objects.requireNonNull(subject);
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(tokenAddress);
        returnedRecipients = List.copyOf(returnedRecipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a parsed bounce reports at least one outcome");
        }
    }
}
