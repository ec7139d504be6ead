package org.sendready.ui;

import java.io.PrintStream;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.sendready.ui.common.Browser;

/// The JavaFX application: builds the wizard through [DesktopWiring] and shows it.
public final class DesktopApp extends Application {
    /// `-Dsendready.exitAfterFirstWindow=true`: print when the first window was shown (epoch
    /// milliseconds, so a script that noted when it launched the app gets the start-up time),
    /// then quit. The installer smoke test and the start-up measurement use it.
    public static final String EXIT_AFTER_FIRST_WINDOW = "sendready.exitAfterFirstWindow";

    private DesktopWiring wiring;

    /// Runs on the launcher thread once the toolkit is up, just before [#start(Stage)].
    @Override
    public void init() {
        StartupWarmUp.begin();
    }

    @Override
    public void start(Stage stage) {
        wiring =
                DesktopWiring.production(
                        stage, getParameters().getRaw(), Browser.of(getHostServices()));
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_WINDOW)) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> reportFirstWindowAndExit());
        }
        wiring.show();
    }

    private static void reportFirstWindowAndExit() {
        System.out.println(
                "sendready: first window shown at " + System.currentTimeMillis() + " epoch ms");
        Platform.exit();
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
