package org.sendready.ui.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.sendready.plan.SetupPlan;
import org.sendready.ui.DesktopWiring;
import org.sendready.ui.common.DnsAccess;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.WizardContext;
import org.sendready.ui.wizard.WizardStep;
import org.sendready.ui.wizard.WizardViewModel;

/// The real wizard window for a TestFX test: real threads and DNS (point it at a loopback test
/// server through the model's DNS choice), a recording clipboard, scripted file dialogs and a
/// settings folder of the test's own.
public final class TestWizard {
    public final RecordingCopier clipboard = new RecordingCopier();
    public final ScriptedFileDialogs files = new ScriptedFileDialogs();
    public final DesktopWiring wiring;

    private TestWizard(Stage stage, Path settingsDir, Clock clock, List<String> args) {
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        var context =
                new WizardContext(
                        new WizardViewModel(),
                        new UiThreads(Platform::runLater, background),
                        clipboard,
                        files,
                        DnsAccess.on(background),
                        clock,
                        settingsDir);
        wiring = new DesktopWiring(stage, context, background, args);
    }

    /// Builds and shows the wizard on `stage`; call from TestFX's `@Start` (FX thread).
    public static TestWizard show(Stage stage, Path settingsDir) {
        return show(stage, settingsDir, Clock.systemDefaultZone(), List.of());
    }

    public static TestWizard show(Stage stage, Path settingsDir, Clock clock, List<String> args) {
        var wizard = new TestWizard(stage, settingsDir, clock, args);
        wizard.wiring.show();
        return wizard;
    }

    public WizardViewModel model() {
        return wiring.context().model();
    }

    /// Opens `step` with `plan` as the project; call on the FX thread.
    public void open(WizardStep step, SetupPlan plan) {
        model().project().set(plan);
        model().goTo(step);
    }

    /// Opens `step` with `plan` as the project, asking `dns`; call on the FX thread.
    public void open(WizardStep step, SetupPlan plan, DnsChoice dns) {
        model().dnsProperty().set(dns);
        open(step, plan);
    }
}
