package org.sendready.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.ProjectFile;
import org.sendready.ui.project.ProjectFixture;

class WelcomeViewModelTest {
    @TempDir Path settings;
    @TempDir Path work;

    @Test
    void restoreOffer_isHidden_whenNothingWasLeftUnsaved() {
        var f = new ProjectFixture(settings);
        f.autosave.lookForRestorable().join();

        var model = new WelcomeViewModel(f.actions, ProjectFixture.CLOCK);

        assertThat(model.restorableProperty().get()).isFalse();
        assertThat(model.restoreLabelProperty().get()).isEmpty();
    }

    @Test
    void restoreOffer_namesTheTimeAndTheProjectFile() {
        var crashed = new ProjectFixture(settings);
        var file = work.resolve("shop" + ProjectFile.EXTENSION);
        crashed.project().fileProperty().set(file);
        crashed.project().set(PlanFixtures.example());
        var f = new ProjectFixture(settings);
        var model = new WelcomeViewModel(f.actions, ProjectFixture.CLOCK);

        f.autosave.lookForRestorable().join();

        var time =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withZone(ProjectFixture.CLOCK.getZone())
                        .format(ProjectFixture.CLOCK.instant());
        assertThat(model.restorableProperty().get()).isTrue();
        assertThat(model.restoreLabelProperty().get())
                .isEqualTo("Restore unsaved work from " + time);
        assertThat(model.restoreDetailProperty().get())
                .isEqualTo(
                        "sendready closed before your changes to example.com were saved to"
                                + " shop.sendready.json. A copy was kept.");
    }

    @Test
    void restoreOffer_ofANeverSavedProject_saysSo() {
        new ProjectFixture(settings).project().set(PlanFixtures.example());
        var f = new ProjectFixture(settings);
        var model = new WelcomeViewModel(f.actions, ProjectFixture.CLOCK);

        f.autosave.lookForRestorable().join();

        assertThat(model.restoreDetailProperty().get())
                .isEqualTo(
                        "sendready closed before your new project for example.com was saved. A"
                                + " copy was kept.");
    }

    @Test
    void discard_withdrawsTheOffer() {
        new ProjectFixture(settings).project().set(PlanFixtures.example());
        var f = new ProjectFixture(settings);
        var model = new WelcomeViewModel(f.actions, ProjectFixture.CLOCK);
        f.autosave.lookForRestorable().join();

        model.discard();

        assertThat(model.restorableProperty().get()).isFalse();
    }
}
