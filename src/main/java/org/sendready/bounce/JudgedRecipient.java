package org.sendready.bounce;

import java.util.Objects;

/// One recipient's outcome with the verdict on it.
///
/// @param bounce what the message says about the recipient
/// @param tokenMatches whether a valid Return-Path token was made for this recipient
/// @param decision whether the address is suppressed, and why not
public record JudgedRecipient(
        RecipientBounce bounce, boolean tokenMatches, SuppressionDecision decision) {

    public JudgedRecipient {
        Objects.requireNonNull(bounce);
        Objects.requireNonNull(decision);
    }
}
