package org.sendready.dnsbl;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/// At most `max` asynchronous operations running at once; the rest wait in order.
///
/// Nothing blocks: an operation starts when a running one completes. A waiting operation whose
/// future was completed from outside (a deadline gave up on it, or it was cancelled) is never
/// started. A slot is held until the operation itself completes, even when its future was
/// completed from outside earlier, so the bound holds for the work really in flight.
final class ConcurrencyLimit {
    private final int max;
    private final Queue<Waiting<?>> waiting = new ArrayDeque<>();
    /// Work-in-progress counter: only one thread starts operations at a time, and a completion
    /// on the starting thread (an answer already at hand) loops instead of recursing.
    private final AtomicInteger draining = new AtomicInteger();
    private int running;

    private record Waiting<T>(Supplier<CompletableFuture<T>> start, CompletableFuture<T> result) {}

    ConcurrencyLimit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("at least one operation must run: " + max);
        }
        this.max = max;
    }

    /// Starts `operation` now or once a slot is free; the future completes as it does.
    <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> operation) {
        var result = new CompletableFuture<T>();
        synchronized (this) {
            waiting.add(new Waiting<>(operation, result));
        }
        drain();
        return result;
    }

    private void drain() {
        if (draining.getAndIncrement() != 0) {
            return;
        }
        do {
            for (var next = nextToStart(); next != null; next = nextToStart()) {
                start(next);
            }
        } while (draining.decrementAndGet() != 0);
    }

    /// The next waiting operation, its slot taken; `null` when none may start now.
    private synchronized Waiting<?> nextToStart() {
        while (running < max && !waiting.isEmpty()) {
            var next = waiting.poll();
            if (!next.result().isDone()) {
                running++;
                return next;
            }
        }
        return null;
    }

    private <T> void start(Waiting<T> next) {
        CompletableFuture<T> operation;
        try {
            operation = next.start().get();
        } catch (RuntimeException e) {
            operation = CompletableFuture.failedFuture(e);
        }
        operation.whenComplete(
                (value, failure) -> {
                    release();
                    if (failure != null) {
                        next.result().completeExceptionally(failure);
                    } else {
                        next.result().complete(value);
                    }
                });
    }

    private void release() {
        synchronized (this) {
            running--;
        }
        drain();
    }
}
