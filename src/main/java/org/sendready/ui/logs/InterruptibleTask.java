package org.sendready.ui.logs;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/// Background work that cancelling really stops. `CompletableFuture.cancel` only marks the
/// future; it does not interrupt the thread doing the work. Here the work runs as a
/// [FutureTask], and cancelling the returned future cancels the task with an interrupt, which
/// [org.sendready.logs.LogAnalyzer] answers within one buffer of lines.
final class InterruptibleTask {
    private InterruptibleTask() {}

    /// Runs `work` on `executor`; cancelling the returned future interrupts it.
    static <T> CompletableFuture<T> start(Executor executor, Callable<T> work) {
        var result = new CompletableFuture<T>();
        var task =
                new FutureTask<>(work) {
                    @Override
                    protected void done() {
                        switch (state()) {
                            case SUCCESS -> result.complete(resultNow());
                            case FAILED -> result.completeExceptionally(exceptionNow());
                            case CANCELLED -> result.cancel(false);
                            case RUNNING -> throw new IllegalStateException("done while running");
                        }
                    }
                };
        result.whenComplete(
                (value, failure) -> {
                    if (result.isCancelled()) {
                        task.cancel(true);
                    }
                });
        executor.execute(task);
        return result;
    }
}
