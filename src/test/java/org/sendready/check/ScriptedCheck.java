package org.sendready.check;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/// A check that answers a scripted sequence of statuses, one per run (the last repeats).
final class ScriptedCheck implements StepCheck {
    private final StepId step;
    private final Deque<CheckStatus> script;
    private final Optional<Duration> settles;

    ScriptedCheck(StepId step, Optional<Duration> settles, CheckStatus... statuses) {
        this.step = step;
        this.settles = settles;
        this.script = new ArrayDeque<>(List.of(statuses));
    }

    @Override
    public StepId step() {
        return step;
    }

    @Override
    public CompletableFuture<CheckResult> run(CheckContext context) {
        var status = script.size() > 1 ? script.poll() : script.peek();
        return CompletableFuture.completedFuture(
                new CheckResult(
                        step,
                        status,
                        step.id() + " is " + status.id(),
                        List.of(),
                        List.of(),
                        List.of(),
                        status.isGreen() ? Optional.empty() : settles));
    }
}
