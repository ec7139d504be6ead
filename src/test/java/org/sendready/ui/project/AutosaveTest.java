package org.sendready.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dmarc.RequestedPolicy;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.ProjectFile;
import org.sendready.plan.SetupPlan;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.ProjectState;
import org.sendready.ui.wizard.WizardStep;

class AutosaveTest {
    @TempDir Path settings;
    @TempDir Path work;

    private static final SetupPlan EXAMPLE = PlanFixtures.example();

    private static SetupPlan withPolicy(RequestedPolicy policy) {
        return EXAMPLE.withDmarc(DmarcPolicy.builder().policy(policy).build());
    }

    @Test
    void autosave_writesEveryChangeOfUnsavedWork() {
        var f = new ProjectFixture(settings);

        f.project().set(withPolicy(RequestedPolicy.NONE));
        f.project().set(withPolicy(RequestedPolicy.QUARANTINE));

        assertThat(ProjectFile.load(f.autosave.file()))
                .isEqualTo(withPolicy(RequestedPolicy.QUARANTINE));
    }

    @Test
    void autosave_isDeleted_whenTheProjectIsSaved() {
        var f = new ProjectFixture(settings);
        f.project().set(EXAMPLE);
        f.files.answer(work.resolve("p" + ProjectFile.EXTENSION));

        f.actions.save().join();

        assertThat(f.autosave.file()).doesNotExist();
    }

    @Test
    void autosave_writesNothing_forAProjectJustOpened() {
        var f = new ProjectFixture(settings);

        f.project().loaded(EXAMPLE, work.resolve("p" + ProjectFile.EXTENSION));

        assertThat(f.autosave.file()).doesNotExist();
    }

    @Test
    void autosave_writesOnlyTheLastOfChangesMadeWithinTheQuietPeriod() {
        var background = new ArrayDeque<Runnable>();
        Executor queued = background::add;
        var project = new ProjectState();
        var autosave =
                new Autosave(
                        project,
                        new UiThreads(Runnable::run, queued),
                        settings,
                        ProjectFixture.CLOCK,
                        Duration.ZERO);

        project.set(withPolicy(RequestedPolicy.NONE));
        project.set(withPolicy(RequestedPolicy.QUARANTINE));
        project.set(withPolicy(RequestedPolicy.REJECT));
        int scheduled = background.size();
        runAll(background);

        assertThat(scheduled).isEqualTo(3);
        assertThat(ProjectFile.load(autosave.file())).isEqualTo(withPolicy(RequestedPolicy.REJECT));
    }

    @Test
    void autosave_writesNothing_afterTheWindowClosed() {
        var background = new ArrayDeque<Runnable>();
        var project = new ProjectState();
        var autosave =
                new Autosave(
                        project,
                        new UiThreads(Runnable::run, background::add),
                        settings,
                        ProjectFixture.CLOCK,
                        Duration.ZERO);
        project.set(EXAMPLE);

        autosave.stop();
        runAll(background);

        assertThat(autosave.file()).doesNotExist();
    }

    @Test
    void unsavedWork_isOfferedAndRestored_afterACrash() {
        var crashed = new ProjectFixture(settings);
        var file = work.resolve("shop" + ProjectFile.EXTENSION);
        crashed.project().loaded(EXAMPLE, file);
        crashed.project().set(withPolicy(RequestedPolicy.REJECT));
        // The app dies here: no save, no close. A new run starts on the same settings folder.

        var next = new ProjectFixture(settings);
        next.autosave.lookForRestorable().join();

        var found = next.autosave.restorableProperty().get();
        assertThat(found).isNotNull();
        assertThat(found.plan()).isEqualTo(withPolicy(RequestedPolicy.REJECT));
        assertThat(found.projectFile()).contains(file.toAbsolutePath());
        assertThat(found.savedAt()).isEqualTo(ProjectFixture.CLOCK.instant());

        assertThat(next.actions.restoreUnsavedWork().join()).isTrue();

        assertThat(next.project().plan()).contains(withPolicy(RequestedPolicy.REJECT));
        assertThat(next.project().dirtyProperty().get()).isTrue();
        assertThat(next.project().fileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(next.model().current()).isEqualTo(WizardStep.REVIEW);
        assertThat(next.autosave.restorableProperty().get()).isNull();
        assertThat(crashed.autosave.file()).doesNotExist();
        assertThat(next.autosave.file()).exists();
    }

    @Test
    void unsavedWork_isDeleted_whenTheUserDiscardsIt() throws Exception {
        var crashed = new ProjectFixture(settings);
        crashed.project().set(EXAMPLE);

        var next = new ProjectFixture(settings);
        next.autosave.lookForRestorable().join();
        next.actions.discardUnsavedWork();

        assertThat(next.autosave.restorableProperty().get()).isNull();
        try (var left = Files.list(settings.resolve(Autosave.FOLDER))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void unsavedWork_ofThisRun_isNotOfferedToItself() {
        var f = new ProjectFixture(settings);
        f.project().set(EXAMPLE);

        f.autosave.lookForRestorable().join();

        assertThat(f.autosave.restorableProperty().get()).isNull();
    }

    @Test
    void unsavedWork_ofANewerSendready_isKeptButNotOffered() throws Exception {
        var folder = Files.createDirectories(settings.resolve(Autosave.FOLDER));
        var newer = folder.resolve("other" + ProjectFile.EXTENSION);
        Files.writeString(newer, "{\"sendready\": \"project\", \"version\": 99}");

        var f = new ProjectFixture(settings);
        f.autosave.lookForRestorable().join();

        assertThat(f.autosave.restorableProperty().get()).isNull();
        assertThat(newer).exists();
    }

    private static void runAll(Queue<Runnable> tasks) {
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
    }
}
