package org.sendready.check;

import java.util.concurrent.CompletableFuture;

/// Produces a board for a plan: through one resolver ([Checker]) or through each
/// authoritative name server ([PerServerChecker]).
public interface BoardRunner {
    CompletableFuture<CheckReport> run(CheckContext context);
}
