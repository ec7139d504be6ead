package org.sendready.ui;

import java.io.PrintStream;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.sendready.ui.common.Browser;

/// The JavaFX application: builds the wizard through [DesktopWiring] and shows it.
public final class DesktopApp extends Application {
    private DesktopWiring wiring;

    @Override
    public void start(Stage stage) {
        wiring =
                DesktopWiring.production(
                        stage, getParameters().getRaw(), Browser.of(getHostServices()));
        wiring.show();
    }

    @Override
    public void stop() {
        if (wiring != null) {
            wiring.close();
        }
    }

    /// Starts the wizard and returns its exit code once the last window closed; without a
    /// display, explains how to use the command line instead of failing with a stack trace.
    public static int launchOrExplain(String[] args, PrintStream err) {
        if (!displayAvailable()) {
            err.println(
                    "sendready: no display to open the wizard on (DISPLAY is not set); "
                            + "run 'sendready --help' for the command line");
            return 2;
        }
        Application.launch(DesktopApp.class, args);
        return 0;
    }

    /// On Linux JavaFX needs an X11 or Wayland display, unless a test or the benchmark chose
    /// the headless platform.
    private static boolean displayAvailable() {
        boolean linux =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return !linux
                || "headless".equalsIgnoreCase(System.getProperty("glass.platform", ""))
                || System.getenv("DISPLAY") != null
                || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
