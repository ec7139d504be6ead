package org.sendready.ui.project;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/// Hands values to a slow sink (a file write) in the background, one at a time and in order,
/// skipping values that a newer one replaced before their turn. The newest value submitted is
/// always the last one the sink sees, so the file ends up holding the newest state even when
/// the background executor runs several tasks at once.
final class LatestValueWriter<T> {
    private static final System.Logger LOG = System.getLogger(LatestValueWriter.class.getName());

    private final Executor background;
    private final Consumer<T> sink;
    private final Object lock = new Object();
    private final List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private T pending;
    private boolean draining;

    /// `sink` runs on `background`, never twice at the same time; it handles its own errors.
    LatestValueWriter(Executor background, Consumer<T> sink) {
        this.background = background;
        this.sink = sink;
    }

    /// Queues `value`, replacing any value not yet written; the future completes once `value`
    /// or a newer one has reached the sink.
    CompletableFuture<Void> submit(T value) {
        var done = new CompletableFuture<Void>();
        boolean start;
        synchronized (lock) {
            pending = value;
            waiting.add(done);
            start = !draining;
            draining = true;
        }
        if (start) {
            try {
                background.execute(this::drain);
            } catch (RejectedExecutionException e) {
                LOG.log(Level.WARNING, "the app is closing; a settings write was dropped", e);
                List<CompletableFuture<Void>> dropped;
                synchronized (lock) {
                    draining = false;
                    pending = null;
                    dropped = List.copyOf(waiting);
                    waiting.clear();
                }
                dropped.forEach(f -> f.complete(null));
            }
        }
        return done;
    }

    private void drain() {
        while (true) {
            T value;
            List<CompletableFuture<Void>> served;
            synchronized (lock) {
                if (pending == null) {
                    draining = false;
                    return;
                }
                value = pending;
                pending = null;
                served = List.copyOf(waiting);
                waiting.clear();
            }
            boolean written = false;
            try {
                sink.accept(value);
                written = true;
            } finally {
                served.forEach(f -> f.complete(null));
                if (!written) {
                    // A bug in the sink: let the next submit start a fresh drain.
                    synchronized (lock) {
                        draining = false;
                    }
                }
            }
        }
    }
}
