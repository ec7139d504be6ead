package org.sendready.ui.project;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.testing.RecordingCopier;
import org.sendready.ui.testing.ScriptedFileDialogs;
import org.sendready.ui.wizard.ProjectState;
import org.sendready.ui.wizard.WizardContext;
import org.sendready.ui.wizard.WizardViewModel;

/// Project handling without a window: everything runs on the test's thread, dialogs are
/// scripted, autosave writes at once.
public final class ProjectFixture {
    public static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-03T14:32:00Z"), ZoneOffset.UTC);

    public final ScriptedFileDialogs files = new ScriptedFileDialogs();
    public final ScriptedPrompts prompts = new ScriptedPrompts();
    public final RecordingCopier copier = new RecordingCopier();
    public final WizardContext context;
    public final RecentFiles recent;
    public final Autosave autosave;
    public final ProjectActions actions;

    public ProjectFixture(Path settingsDir) {
        context =
                new WizardContext(
                        new WizardViewModel(),
                        UiThreads.direct(),
                        copier,
                        files,
                        choice -> {
                            throw new AssertionError("project handling asks no DNS");
                        },
                        CLOCK,
                        settingsDir);
        recent = new RecentFiles(settingsDir, context.threads());
        autosave = new Autosave(project(), context.threads(), settingsDir, CLOCK, Duration.ZERO);
        actions = new ProjectActions(context, prompts, recent, autosave);
    }

    public WizardViewModel model() {
        return context.model();
    }

    public ProjectState project() {
        return context.model().project();
    }
}
