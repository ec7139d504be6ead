package org.sendready.ui;

import java.time.ZoneId;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/// Start-up work that need not happen on the FX thread, begun while the first window is being
/// built so the two overlap on a second core. The first icon made loads every font of the icon
/// pack (five, 1.3 MB, about 50 ms); the default time zone and the scheduler of the virtual
/// threads the wizard's background work runs on take a few more. Whichever thread gets there
/// first does the work once; the other waits for it.
final class StartupWarmUp {
    private StartupWarmUp() {}

    /// Starts the warm-up on a daemon thread of its own; returns at once.
    static void begin() {
        Thread.ofPlatform().daemon().name("sendready-warm-up").start(StartupWarmUp::run);
    }

    private static void run() {
        Thread.startVirtualThread(() -> {});
        new FontIcon(Material2AL.ADD);
        ZoneId.systemDefault();
    }
}
