package org.sendready.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.cli.CliRun;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dmarc.RequestedPolicy;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.ProjectFile;
import org.sendready.plan.SetupPlan;
import org.sendready.records.BindZoneWriter;
import org.sendready.records.PlanRecords;
import org.sendready.storage.WriteMode;
import org.sendready.ui.project.ProjectPrompts.UnsavedChoice;
import org.sendready.ui.wizard.WizardStep;

class ProjectActionsTest {
    /// One plan for all tests: making its 2048-bit key takes a moment.
    private static final SetupPlan EXAMPLE = PlanFixtures.example();

    @TempDir Path settings;
    @TempDir Path work;

    private static SetupPlan rejecting(SetupPlan plan) {
        return plan.withDmarc(DmarcPolicy.builder().policy(RequestedPolicy.REJECT).build());
    }

    @Test
    void saveAs_writesTheProjectFileTheCliReads() {
        var f = new ProjectFixture(settings);
        var plan = EXAMPLE;
        f.project().set(plan);
        var file = work.resolve("example.com" + ProjectFile.EXTENSION);
        f.files.answer(file);

        assertThat(f.actions.saveAs().join()).isTrue();

        assertThat(ProjectFile.load(file)).isEqualTo(plan);
        assertThat(f.project().dirtyProperty().get()).isFalse();
        assertThat(f.project().fileProperty().get()).isEqualTo(file);
        var cli = CliRun.of("records", "--project", file.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo(BindZoneWriter.relative().export(PlanRecords.of(plan)));
    }

    @Test
    void open_readsBackWhatSaveAsWrote_andGoesToReview() {
        var saver = new ProjectFixture(settings);
        var plan = EXAMPLE;
        saver.project().set(plan);
        var file = work.resolve("x" + ProjectFile.EXTENSION);
        saver.files.answer(file);
        saver.actions.saveAs().join();

        var f = new ProjectFixture(settings);
        f.files.answer(file);
        assertThat(f.actions.open().join()).isTrue();

        assertThat(f.project().plan()).contains(plan);
        assertThat(f.project().fileProperty().get()).isEqualTo(file);
        assertThat(f.project().dirtyProperty().get()).isFalse();
        assertThat(f.model().current()).isEqualTo(WizardStep.REVIEW);
        assertThat(f.recent.entries()).extracting(RecentFile::path).containsExactly(file);
    }

    @Test
    void saveAs_storesAKeyInsideTheProjectFolderRelativeToIt() throws IOException {
        var f = new ProjectFixture(settings);
        var key = work.resolve("keys/s2026.pem");
        var plan =
                SetupPlan.start(
                        EXAMPLE.domain(),
                        EXAMPLE.hosts(),
                        List.of(PlanFixtures.rsaKey("s2026", 2048, Optional.of(key))));
        f.project().set(plan);
        var file = work.resolve("p" + ProjectFile.EXTENSION);
        f.files.answer(file);

        f.actions.saveAs().join();

        assertThat(Files.readString(file)).contains("\"privateKeyFile\" : \"keys/s2026.pem\"");
        assertThat(ProjectFile.load(file)).isEqualTo(plan);
    }

    @Test
    void saveAs_addsTheExtension_whenTheChosenNameLacksIt() {
        var f = new ProjectFixture(settings);
        f.project().set(EXAMPLE);
        f.files.answer(work.resolve("mysite"));

        assertThat(f.actions.saveAs().join()).isTrue();

        assertThat(work.resolve("mysite" + ProjectFile.EXTENSION)).exists();
        assertThat(work.resolve("mysite")).doesNotExist();
    }

    @Test
    void saveAs_neverReplacesAFileTheDialogDidNotConfirm() throws IOException {
        var f = new ProjectFixture(settings);
        f.project().set(EXAMPLE);
        var existing = work.resolve("mysite" + ProjectFile.EXTENSION);
        Files.writeString(existing, "keep me");
        f.files.answer(work.resolve("mysite"));

        assertThat(f.actions.saveAs().join()).isFalse();

        assertThat(existing).hasContent("keep me");
        assertThat(f.project().dirtyProperty().get()).isTrue();
        assertThat(f.prompts.errors())
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.heading()).contains(existing.getFileName().toString());
                            assertThat(e.detail()).contains("already exists");
                        });
    }

    @Test
    void saveAs_replacesAFileTheDialogConfirmed() throws IOException {
        var f = new ProjectFixture(settings);
        var plan = EXAMPLE;
        f.project().set(plan);
        var existing = work.resolve("old" + ProjectFile.EXTENSION);
        Files.writeString(existing, "replace me");
        f.files.answer(existing);

        assertThat(f.actions.saveAs().join()).isTrue();

        assertThat(ProjectFile.load(existing)).isEqualTo(plan);
    }

    @Test
    void save_writesToTheKnownFile_withoutAskingAgain() {
        var f = new ProjectFixture(settings);
        var plan = EXAMPLE;
        f.project().set(plan);
        var file = work.resolve("p" + ProjectFile.EXTENSION);
        f.files.answer(file);
        f.actions.save().join();
        f.project().set(rejecting(plan));

        assertThat(f.actions.save().join()).isTrue();

        assertThat(f.files.titlesAsked()).hasSize(1);
        assertThat(ProjectFile.load(file)).isEqualTo(rejecting(plan));
        assertThat(f.project().dirtyProperty().get()).isFalse();
    }

    @Test
    void save_isCancelled_whenTheDialogIs() {
        var f = new ProjectFixture(settings);
        f.project().set(EXAMPLE);
        f.files.cancel();

        assertThat(f.actions.save().join()).isFalse();

        assertThat(f.project().dirtyProperty().get()).isTrue();
        assertThat(f.prompts.errors()).isEmpty();
    }

    @Test
    void open_ofACorruptFile_showsFileAndReason_andLeavesTheProjectAsItWas() throws IOException {
        var f = new ProjectFixture(settings);
        var current = EXAMPLE;
        var currentFile = work.resolve("current" + ProjectFile.EXTENSION);
        ProjectFile.save(currentFile, current, WriteMode.CREATE_NEW);
        f.project().loaded(current, currentFile);
        f.model().goTo(WizardStep.SPF);
        var corrupt = work.resolve("broken" + ProjectFile.EXTENSION);
        Files.writeString(corrupt, "{\"sendready\": \"project\", \"version\": 1, \"domain\": ");
        f.files.answer(corrupt);

        assertThat(f.actions.open().join()).isFalse();

        assertThat(f.prompts.errors())
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.heading())
                                    .isEqualTo("Could not open broken.sendready.json");
                            assertThat(e.detail())
                                    .contains(corrupt.toString(), "is not valid JSON");
                        });
        assertThat(f.project().plan()).contains(current);
        assertThat(f.project().fileProperty().get()).isEqualTo(currentFile);
        assertThat(f.project().dirtyProperty().get()).isFalse();
        assertThat(f.model().current()).isEqualTo(WizardStep.SPF);
    }

    @Test
    void open_ofAFileFromANewerSendready_saysToUpdate() throws IOException {
        var f = new ProjectFixture(settings);
        var newer = work.resolve("newer" + ProjectFile.EXTENSION);
        Files.writeString(newer, "{\"sendready\": \"project\", \"version\": 99}");

        assertThat(f.actions.open(newer).join()).isFalse();

        assertThat(f.prompts.errors().getFirst().detail())
                .contains("written by a newer sendready", "the file was left unchanged");
        assertThat(newer).hasContent("{\"sendready\": \"project\", \"version\": 99}");
        assertThat(f.project().plan()).isEmpty();
    }

    @Test
    void open_ofAMissingRecentFile_takesItOffTheList() {
        var f = new ProjectFixture(settings);
        var gone = work.resolve("gone" + ProjectFile.EXTENSION);
        f.recent.add(gone);

        assertThat(f.actions.open(gone).join()).isFalse();

        assertThat(f.prompts.errors().getFirst().detail()).contains("does not exist");
        assertThat(f.recent.entries()).isEmpty();
    }

    @Test
    void newProject_keepsTheProject_whenTheUserCancels() {
        var f = new ProjectFixture(settings);
        var plan = EXAMPLE;
        f.project().set(plan);
        f.prompts.answer(UnsavedChoice.CANCEL);

        assertThat(f.actions.newProject().join()).isFalse();

        assertThat(f.prompts.asked()).containsExactly("example.com");
        assertThat(f.project().plan()).contains(plan);
        assertThat(f.project().dirtyProperty().get()).isTrue();
    }

    @Test
    void newProject_dropsTheChanges_whenTheUserDoesNotSave() {
        var f = new ProjectFixture(settings);
        f.project().set(EXAMPLE);
        f.prompts.answer(UnsavedChoice.DISCARD);

        assertThat(f.actions.newProject().join()).isTrue();

        assertThat(f.project().plan()).isEmpty();
        assertThat(f.model().current()).isEqualTo(WizardStep.DOMAIN);
    }

    @Test
    void newProject_savesFirst_whenTheUserSaysSo() {
        var f = new ProjectFixture(settings);
        var plan = EXAMPLE;
        f.project().set(plan);
        var file = work.resolve("first" + ProjectFile.EXTENSION);
        f.prompts.answer(UnsavedChoice.SAVE);
        f.files.answer(file);

        assertThat(f.actions.newProject().join()).isTrue();

        assertThat(ProjectFile.load(file)).isEqualTo(plan);
        assertThat(f.project().plan()).isEmpty();
    }

    @Test
    void newProject_asksNothing_whenNothingIsUnsaved() {
        var f = new ProjectFixture(settings);

        assertThat(f.actions.newProject().join()).isTrue();

        assertThat(f.prompts.asked()).isEmpty();
    }

    @Test
    void mayClose_isTrueWithoutAsking_whenEverythingIsSaved() {
        var f = new ProjectFixture(settings);
        f.project().loaded(EXAMPLE, work.resolve("p" + ProjectFile.EXTENSION));

        assertThat(f.actions.mayClose().join()).isTrue();

        assertThat(f.prompts.asked()).isEmpty();
    }

    @Test
    void mayClose_isFalse_whenTheUserCancels() {
        var f = new ProjectFixture(settings);
        f.project().set(EXAMPLE);
        f.prompts.answer(UnsavedChoice.CANCEL);

        assertThat(f.actions.mayClose().join()).isFalse();
    }

    @Test
    void mayClose_deletesTheAutosave_whenTheUserDoesNotSave() {
        var f = new ProjectFixture(settings);
        f.project().set(EXAMPLE);
        assertThat(f.autosave.file()).exists();
        f.prompts.answer(UnsavedChoice.DISCARD);

        assertThat(f.actions.mayClose().join()).isTrue();

        assertThat(f.autosave.file()).doesNotExist();
    }

    @Test
    void mayClose_savesFirst_andStaysOpen_whenTheSaveDialogIsCancelled() {
        var f = new ProjectFixture(settings);
        f.project().set(EXAMPLE);
        f.prompts.answer(UnsavedChoice.SAVE);
        f.files.cancel();

        assertThat(f.actions.mayClose().join()).isFalse();

        assertThat(f.autosave.file()).exists();
    }

    @Test
    void mayClose_namesTheProjectFile_whenThereIsOne() throws IOException {
        var f = new ProjectFixture(settings);
        var file = work.resolve("shop" + ProjectFile.EXTENSION);
        Files.write(file, new byte[0]);
        f.project().loaded(EXAMPLE, file);
        f.project().set(rejecting(EXAMPLE));
        f.prompts.answer(UnsavedChoice.CANCEL);

        f.actions.mayClose().join();

        assertThat(f.prompts.asked()).containsExactly("shop.sendready.json");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEmpty();
    }
}
