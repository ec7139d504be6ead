package org.sendready.check;

import java.util.concurrent.CompletableFuture;

/// The check of one setup step. Implementations ask DNS only through the context's resolver,
/// start independent queries together, and complete normally for every DNS fault (as ERROR);
/// the future completes exceptionally only for a bug.
public interface StepCheck {

    StepId step();

    /// Whether the step applies to this plan (e.g. BOUNCE only with a bounce domain).
    default boolean appliesTo(CheckContext context) {
        return true;
    }

    CompletableFuture<CheckResult> run(CheckContext context);
}
