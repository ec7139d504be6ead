package org.sendready.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.cli.CliRun;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.ProjectFile;
import org.sendready.plan.SetupPlan;
import org.sendready.storage.WriteMode;
import org.sendready.ui.project.ProjectPrompts.UnsavedChoice;
import org.sendready.ui.wizard.WizardStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ProjectWindowTest {
    private static final SetupPlan PLAN = PlanFixtures.example();

    @TempDir Path settings;
    @TempDir Path work;

    private ProjectWindow window;

    @Start
    void start(Stage stage) {
        window = ProjectWindow.show(stage, settings, List.of());
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void newProject_savedAs_isAFileTheCommandLineReads(FxRobot robot) throws Exception {
        robot.clickOn("#new-project");
        assertThat(window.model().current()).isEqualTo(WizardStep.DOMAIN);
        robot.interact(() -> window.model().project().set(PLAN));
        var file = work.resolve("example.com" + ProjectFile.EXTENSION);
        window.files.answer(file);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S)
                .release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> !window.model().project().dirtyProperty().get());
        assertThat(window.files.titlesAsked()).containsExactly("Save project");
        assertThat(window.stage.getTitle()).isEqualTo("example.com - sendready");
        var cli = CliRun.of("records", "--project", file.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("$ORIGIN example.com.", "s2026._domainkey");
    }

    @Test
    void close_withUnsavedChanges_asks_andStaysOpenOnCancel(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().project().set(PLAN));
        waitUntil(() -> Files.exists(window.wiring.actions().autosave().file()));
        window.prompts.answer(UnsavedChoice.CANCEL);

        robot.interact(
                () ->
                        window.stage.fireEvent(
                                new WindowEvent(window.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.prompts.asked()).containsExactly("example.com");
        assertThat(window.stage.isShowing()).isTrue();

        window.prompts.answer(UnsavedChoice.DISCARD);
        robot.interact(
                () ->
                        window.stage.fireEvent(
                                new WindowEvent(window.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        waitUntil(() -> !window.stage.isShowing());
        assertThat(window.wiring.actions().autosave().file()).doesNotExist();
        assertThat(new WindowSettings(settings).read()).isPresent();
    }

    @Test
    void projectFileOnTheCommandLine_isOpenedAtStart(FxRobot robot) throws Exception {
        var file = work.resolve("shop" + ProjectFile.EXTENSION);
        ProjectFile.save(file, PLAN, WriteMode.CREATE_NEW);
        var other = work.resolve("other-settings");

        var opened = new ProjectWindow[1];
        robot.interact(
                () -> opened[0] = ProjectWindow.show(new Stage(), other, List.of(file.toString())));

        waitUntil(() -> opened[0].model().project().plan().isPresent());
        assertThat(opened[0].model().project().plan()).contains(PLAN);
        assertThat(opened[0].model().current()).isEqualTo(WizardStep.REVIEW);
        robot.interact(() -> opened[0].stage.hide());
    }
}
