package org.sendready.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.ProjectFile;
import org.sendready.plan.SetupPlan;
import org.sendready.storage.WriteMode;
import org.sendready.ui.project.ProjectWindow;
import org.sendready.ui.testing.Screenshot;
import org.sendready.ui.wizard.WizardStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WelcomePageTest {
    private static final SetupPlan PLAN = PlanFixtures.example();

    @TempDir Path settings;
    @TempDir Path work;

    private Path shop;
    private ProjectWindow window;

    /// A settings folder as after some use: two recent projects, one since deleted.
    @Start
    void start(Stage stage) throws Exception {
        shop = work.resolve("shop.example" + ProjectFile.EXTENSION);
        ProjectFile.save(shop, PLAN, WriteMode.CREATE_NEW);
        var gone = work.resolve("old-newsletter" + ProjectFile.EXTENSION);
        Files.writeString(
                settings.resolve("recent-files.json"),
                "{\"version\": 1, \"files\": [\"" + shop + "\", \"" + gone + "\"]}");
        window = ProjectWindow.show(stage, settings, List.of());
    }

    @Test
    void recentProject_opensWithAClick(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup("#recent-1").tryQuery().isPresent());
        assertThat(robot.lookup("#recent-1").queryAs(Button.class).getStyleClass())
                .contains("missing");
        Screenshot.write(window.stage.getScene(), "welcome");

        robot.clickOn("#recent-0");

        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window.model().current() == WizardStep.REVIEW);
        assertThat(window.model().project().plan()).contains(PLAN);
        assertThat(window.model().project().fileProperty().get()).isEqualTo(shop);
    }

    @Test
    void unsavedWorkOfACrashedRun_isOfferedAndRestored(FxRobot robot) throws Exception {
        var changed = PLAN.withDmarc(DmarcPolicy.parse("v=DMARC1; p=reject"));
        robot.interact(
                () -> {
                    window.model().project().loaded(PLAN, shop);
                    window.model().project().set(changed);
                });
        var autosave = window.wiring.actions().autosave().file();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(autosave));
        // The app dies; the next run starts on the same settings folder.
        robot.interact(() -> window.stage.hide());
        var next = new ProjectWindow[1];
        robot.interact(() -> next[0] = ProjectWindow.show(new Stage(), settings, List.of()));
        var root = next[0].stage.getScene().getRoot();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.from(root).lookup("#restore-banner").query().isVisible());
        Screenshot.write(next[0].stage.getScene(), "welcome-restore");

        Node restore = robot.from(root).lookup("#restore-autosave").query();
        robot.clickOn(restore);

        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> next[0].model().project().plan().isPresent());
        assertThat(next[0].model().project().plan()).contains(changed);
        assertThat(next[0].model().project().dirtyProperty().get()).isTrue();
        assertThat(next[0].model().project().fileProperty().get()).isEqualTo(shop);
        assertThat(next[0].model().current()).isEqualTo(WizardStep.REVIEW);
        assertThat(next[0].wiring.actions().autosave().restorableProperty().get()).isNull();
        robot.interact(() -> next[0].stage.hide());
    }
}
