package org.sendready.ui.blocklists;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/// A stand-in for the JavaFX application thread in view-model tests whose work runs on real
/// background threads: tasks queue up until the test runs them on its own thread, so the
/// view-model is only ever touched by one thread, as on the real FX thread.
final class ManualFxThread implements Executor {
    /// How long to wait for a task before looking at the condition again, for conditions that
    /// change outside this thread (a query reaching the test server).
    private static final Duration SLICE = Duration.ofMillis(10);

    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    /// Runs queued tasks, waiting for more as they come, until `done` holds.
    void runUntil(BooleanSupplier done, Duration patience) throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        while (!done.getAsBoolean()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("waited " + patience + " in vain");
            }
            var task = tasks.poll(Math.min(left, SLICE.toNanos()), TimeUnit.NANOSECONDS);
            if (task != null) {
                task.run();
            }
        }
    }

    /// Runs whatever is queued now.
    void runQueued() {
        for (var task = tasks.poll(); task != null; task = tasks.poll()) {
            task.run();
        }
    }
}
