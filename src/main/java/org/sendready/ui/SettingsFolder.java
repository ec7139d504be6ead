package org.sendready.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/// Where the desktop app keeps settings, recent files and autosaves: the OS's per-user
/// configuration folder, or `-Dsendready.settings.dir` (tests, benchmarks, portable use).
final class SettingsFolder {
    static final String PROPERTY = "sendready.settings.dir";
    private static final String APP = "sendready";

    private SettingsFolder() {}

    static Path locate(Map<String, String> env, String osName, Path home) {
        var override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        var os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") && env.containsKey("APPDATA")) {
            return Path.of(env.get("APPDATA"), APP);
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support").resolve(APP);
        }
        // XDG Base Directory Specification: $XDG_CONFIG_HOME, else ~/.config.
        var xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config"))
                .resolve(APP);
    }
}
