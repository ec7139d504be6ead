package org.sendready.check;

import java.util.Objects;
import java.util.Optional;

/// A step whose status changed between two rounds of a watch (or appeared in the first).
public record StatusChange(StepId step, Optional<CheckStatus> before, CheckResult now) {
    public StatusChange {
        Objects.requireNonNull(step);
        Objects.requireNonNull(before);
        Objects.requireNonNull(now);
    }
}
