package org.sendready.ui.project;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.sendready.ui.DesktopWiring;
import org.sendready.ui.common.DnsAccess;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.testing.RecordingCopier;
import org.sendready.ui.testing.ScriptedFileDialogs;
import org.sendready.ui.wizard.WizardContext;
import org.sendready.ui.wizard.WizardViewModel;

/// The real wizard window for TestFX tests of project handling: like
/// [org.sendready.ui.testing.TestWizard], with the project dialogs answered by the test.
public final class ProjectWindow {
    public final RecordingCopier clipboard = new RecordingCopier();
    public final ScriptedFileDialogs files = new ScriptedFileDialogs();
    public final ScriptedPrompts prompts = new ScriptedPrompts();
    public final Stage stage;
    public final DesktopWiring wiring;

    private ProjectWindow(Stage stage, Path settingsDir, List<String> args) {
        this.stage = stage;
        var background = Executors.newVirtualThreadPerTaskExecutor();
        var context =
                new WizardContext(
                        new WizardViewModel(),
                        new UiThreads(Platform::runLater, background),
                        clipboard,
                        files,
                        DnsAccess.on(background),
                        Clock.systemDefaultZone(),
                        settingsDir);
        wiring = new DesktopWiring(stage, context, background, args, prompts);
    }

    /// Builds and shows the window; call on the FX thread (`@Start`, or `robot.interact`).
    public static ProjectWindow show(Stage stage, Path settingsDir, List<String> args) {
        var window = new ProjectWindow(stage, settingsDir, args);
        window.wiring.show();
        return window;
    }

    public WizardViewModel model() {
        return wiring.context().model();
    }
}
