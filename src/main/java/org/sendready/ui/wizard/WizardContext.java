package org.sendready.ui.wizard;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.DnsAccess;
import org.sendready.ui.common.FileDialogs;
import org.sendready.ui.common.UiThreads;

/// What every page is built from: the wizard's state and the ports to the outside world
/// (threads, clipboard, file dialogs, DNS, clock, the settings folder). [org.sendready.ui
/// .DesktopWiring] makes the production one; tests make their own.
///
/// @param settingsDir where the app keeps its settings, recent files and autosaves
public record WizardContext(
        WizardViewModel model,
        UiThreads threads,
        Copier copier,
        FileDialogs files,
        DnsAccess dns,
        Clock clock,
        Path settingsDir) {
    public WizardContext {
        Objects.requireNonNull(model);
        Objects.requireNonNull(threads);
        Objects.requireNonNull(copier);
        Objects.requireNonNull(files);
        Objects.requireNonNull(dns);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(settingsDir);
    }
}
