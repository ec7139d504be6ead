package org.sendready.bounce;

import java.util.Objects;
import java.util.Optional;

/// One address to stop sending to.
///
/// @param address the recipient address, as the bounce gave it
/// @param status the RFC 3463 code, when the bounce had one
/// @param diagnostic the receiving server's words
/// @param source the message that reported it
public record Suppression(
        String address, Optional<StatusCode> status, String diagnostic, String source) {

    public Suppression {
        Objects.requireNonNull(address);
        Objects.requireNonNull(status);
        Objects.requireNonNull(diagnostic);
        Objects.requireNonNull(source);
    }
}
