package org.sendready.ui.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/// Waiting in TestFX tests for what background work and the FX thread bring about.
public final class UiWait {
    private UiWait() {}

    /// Waits up to `seconds` for `condition`, then for the FX events it set off; fails the test
    /// when it never holds.
    public static void until(long seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + seconds + " s in vain", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /// The open export dialog (its title starts "Export - "); fails the test when none is.
    public static Stage exportDialog() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle().startsWith("Export - "))
                .map(Stage.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the export dialog is not open"));
    }
}
