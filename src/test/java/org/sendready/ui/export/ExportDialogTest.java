package org.sendready.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.ui.project.ProjectWindow;
import org.sendready.ui.testing.Screenshot;
import org.sendready.ui.testing.UiWait;
import org.sendready.ui.wizard.WizardStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir Path settings;
    @TempDir Path work;

    private ProjectWindow window;

    @Start
    void start(Stage stage) {
        window = ProjectWindow.show(stage, settings, List.of());
        window.model().project().set(ExportViewModelTest.PLAN);
        window.model().goTo(WizardStep.REVIEW);
    }

    private static Stage dialog() {
        return UiWait.exportDialog();
    }

    @Test
    void exportDialog_copiesAndSavesTheChosenFormat(FxRobot robot) throws Exception {
        robot.clickOn("#open-export");
        var root = dialog().getScene().getRoot();
        var preview = robot.from(root).lookup("#export-preview").queryAs(TextArea.class);
        assertThat(preview.getText())
                .isEqualTo(ExportChoice.Records.BIND_RELATIVE.render(ExportViewModelTest.PLAN));
        Screenshot.write(dialog().getScene(), "export-dialog");

        robot.clickOn(robot.from(root).lookup("CSV").<Node>query());
        robot.clickOn(robot.from(root).lookup("#export-copy").<Node>query());

        var csv = ExportChoice.Records.CSV.render(ExportViewModelTest.PLAN);
        assertThat(window.clipboard.last()).isEqualTo(csv);

        var target = work.resolve("records.csv");
        window.files.answer(target);
        robot.clickOn(robot.from(root).lookup("#export-save").<Node>query());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target));
        assertThat(Files.readString(target)).isEqualTo(csv);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(root).lookup("#export-status").queryAs(Label.class).getText())
                .isEqualTo("Saved to " + target + ".");
    }

    @Test
    void ctrlE_opensTheDialog_andEscapeClosesIt(FxRobot robot) {
        robot.clickOn("#page-heading");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        var dialog = dialog();
        assertThat(dialog.isShowing()).isTrue();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
    }

    @Test
    void exportDialog_explainsWhatIsMissing_forMailServerConfigWithoutAKey(FxRobot robot) {
        robot.interact(
                () ->
                        window.model()
                                .project()
                                .set(ExportViewModelTest.PLAN.withDkimKeys(List.of())));
        robot.clickOn("#open-export");
        Parent root = dialog().getScene().getRoot();

        robot.clickOn(robot.from(root).lookup("CSV").<Node>query());
        // By keyboard: the last entry is rspamd's, two above it OpenDKIM's.
        robot.press(KeyCode.END).release(KeyCode.END);
        robot.press(KeyCode.UP).release(KeyCode.UP).press(KeyCode.UP).release(KeyCode.UP);

        assertThat(
                        robot.from(root)
                                .lookup("#export-choices")
                                .queryListView()
                                .getSelectionModel()
                                .getSelectedItem())
                .isEqualTo(ExportChoice.Mta.OPENDKIM);

        var problem = robot.from(root).lookup("#export-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("add at least one DKIM key");
        assertThat(robot.from(root).lookup("#export-copy").query().isDisabled()).isTrue();
    }
}
