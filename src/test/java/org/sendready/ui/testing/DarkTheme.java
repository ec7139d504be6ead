package org.sendready.ui.testing;

import atlantafx.base.theme.PrimerDark;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/// Every window in AtlantaFX's Primer dark theme, the View menu's "Dark theme", until
/// [#close()] puts back the look that was there before.
///
/// The user-agent stylesheet is global and TestFX runs every test class in one JVM, so a
/// test that turns dark must close this in `@AfterEach` (or a `finally`): otherwise later
/// tests would render dark. Turn dark after the wizard is shown, since showing it applies
/// the system's theme (light on the headless platform).
///
/// ```java
/// private DarkTheme dark;
/// @BeforeEach void dark() { dark = DarkTheme.on(); } // after @Start showed the wizard
/// @AfterEach void light() { dark.close(); }
/// ```
public final class DarkTheme implements AutoCloseable {
    /// How long the FX thread may take to restyle the open windows.
    private static final long RESTYLE_SECONDS = 10;

    private final String before;

    private DarkTheme(String before) {
        this.before = before;
    }

    /// Switches every window to the dark theme; call from any thread.
    public static DarkTheme on() {
        return new DarkTheme(
                onFxThread(
                        () -> {
                            var before = Application.getUserAgentStylesheet();
                            Application.setUserAgentStylesheet(
                                    new PrimerDark().getUserAgentStylesheet());
                            return before;
                        }));
    }

    /// True while the dark theme is the user-agent stylesheet (the wizard did not switch back);
    /// call on the FX thread.
    public static boolean applied() {
        return new PrimerDark()
                .getUserAgentStylesheet()
                .equals(Application.getUserAgentStylesheet());
    }

    /// Puts back the theme that was there before [#on()].
    @Override
    public void close() {
        onFxThread(
                () -> {
                    Application.setUserAgentStylesheet(before);
                    return before;
                });
    }

    private static String onFxThread(Supplier<String> change) {
        if (Platform.isFxApplicationThread()) {
            return change.get();
        }
        try {
            var result =
                    WaitForAsyncUtils.asyncFx(change::get).get(RESTYLE_SECONDS, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not switch the theme", e);
        }
    }
}
