package org.sendready.check;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/// Runs the step checks of a plan together and gathers the board.
///
/// Every check runs concurrently and has a deadline: a check still running when it passes is
/// reported as ERROR, so a whole run never takes longer than the deadline plus scheduling. A
/// check that fails with an exception (a bug) is reported as ERROR too, so one broken check
/// never hides the others.
public final class Checker implements BoardRunner {
    private static final System.Logger LOG = System.getLogger(Checker.class.getName());

    /// Long enough for a resolver's own retries (two tries of two seconds) plus a CNAME or an
    /// include chain; short enough that an unreachable server is reported promptly.
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);

    private final List<StepCheck> checks;
    private final Duration deadline;

    public Checker(List<StepCheck> checks, Duration deadline) {
        this.checks = checks.stream().sorted(Comparator.comparing(StepCheck::step)).toList();
        this.deadline = deadline;
    }

    /// Runs every check that applies to the context's plan.
    @Override
    public CompletableFuture<CheckReport> run(CheckContext context) {
        var running =
                checks.stream()
                        .filter(c -> c.appliesTo(context))
                        .map(c -> bounded(c, context))
                        .toList();
        return CompletableFuture.allOf(running.toArray(CompletableFuture[]::new))
                .thenApply(
                        done ->
                                new CheckReport(
                                        context.plan().domain(),
                                        running.stream().map(CompletableFuture::join).toList()));
    }

    private CompletableFuture<CheckResult> bounded(StepCheck check, CheckContext context) {
        CompletableFuture<CheckResult> started;
        try {
            started = check.run(context);
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        return started.exceptionally(e -> crashed(check, e))
                .completeOnTimeout(timedOut(check), deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    private CheckResult timedOut(StepCheck check) {
        return CheckResult.of(
                check.step(),
                CheckStatus.ERROR,
                "DNS did not answer within "
                        + deadline.toSeconds()
                        + " s; try again, or ask another DNS server");
    }

    private static CheckResult crashed(StepCheck check, Throwable e) {
        LOG.log(Level.ERROR, "check " + check.step().id() + " failed", e);
        return CheckResult.of(
                check.step(),
                CheckStatus.ERROR,
                "sendready could not complete this check (internal error: " + e + ")");
    }
}
