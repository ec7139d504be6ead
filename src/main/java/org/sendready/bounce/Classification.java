package org.sendready.bounce;

import java.util.Objects;
import java.util.Optional;
import org.sendready.operate.KnownRejection;

/// How one failed (or answered) delivery was judged, and why.
///
/// @param bounceClass hard, soft, auto-reply or unknown
/// @param status the RFC 3463 code the judgement rests on, when the message has one
/// @param setupCause set when the sender's own setup caused the failure: the known rejection
///     the reply matched, with the steps that fix it
/// @param reason one line saying which rule decided, e.g. `5.1.1: permanent failure`
public record Classification(
        BounceClass bounceClass,
        Optional<StatusCode> status,
        Optional<KnownRejection> setupCause,
        String reason) {

    public Classification {
        Objects.requireNonNull(bounceClass);
        Objects.requireNonNull(status);
        Objects.requireNonNull(setupCause);
        Objects.requireNonNull(reason);
    }
}
