package org.sendready.ui.common;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/// The background work a view-model started and has not received back yet. Results come back
/// on the FX thread; [#cancelAll()] (called when the user leaves a step) drops every pending
/// result, so a late answer never changes a page the user has moved away from.
public final class PendingWork {
    private final UiThreads threads;
    private final Set<CompletableFuture<?>> running = new HashSet<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public PendingWork(UiThreads threads) {
        this.threads = threads;
    }

    /// Runs `work` in the background; then `onResult` or `onFailure` on the FX thread.
    public <T> CompletableFuture<T> run(
            Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        return track(
                CompletableFuture.supplyAsync(work, threads.background()), onResult, onFailure);
    }

    /// Hands the outcome of an already started asynchronous call back on the FX thread.
    public <T> CompletableFuture<T> track(
            CompletableFuture<T> future, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        running.add(future);
        busy.set(true);
        future.whenCompleteAsync(
                (result, failure) -> {
                    if (!running.remove(future)) {
                        return;
                    }
                    busy.set(!running.isEmpty());
                    if (failure == null) {
                        onResult.accept(result);
                    } else {
                        onFailure.accept(unwrap(failure));
                    }
                },
                threads.fxThread());
        return future;
    }

    /// Cancels everything still running; none of their handlers will run.
    public void cancelAll() {
        var pending = Set.copyOf(running);
        running.clear();
        busy.set(false);
        pending.forEach(f -> f.cancel(true));
    }

    /// True while any work is pending: bind progress indicators to it.
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
    }
}
