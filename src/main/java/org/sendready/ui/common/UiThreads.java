package org.sendready.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;

/// The two places UI code runs: the JavaFX application thread, and a background executor for
/// DNS, disk and key generation (STYLE.md section 7). Production passes `Platform::runLater`
/// and a thread pool; view-model tests pass `Runnable::run` for both.
///
/// @param fxThread runs a task on the JavaFX application thread
/// @param background runs work that may block
public record UiThreads(Executor fxThread, Executor background) {
    public UiThreads {
        Objects.requireNonNull(fxThread);
        Objects.requireNonNull(background);
    }

    /// Everything on the calling thread, for view-model tests.
    public static UiThreads direct() {
        return new UiThreads(Runnable::run, Runnable::run);
    }
}
