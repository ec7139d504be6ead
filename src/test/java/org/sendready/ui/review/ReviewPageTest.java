package org.sendready.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.records.BindZoneWriter;
import org.sendready.records.PlanRecords;
import org.sendready.ui.common.RecordCard;
import org.sendready.ui.project.ProjectWindow;
import org.sendready.ui.testing.PageRobot;
import org.sendready.ui.testing.Screenshot;
import org.sendready.ui.wizard.WizardStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ReviewPageTest {
    @TempDir Path settings;

    private ProjectWindow window;

    @Start
    void start(Stage stage) {
        window = ProjectWindow.show(stage, settings, List.of());
        window.model().project().set(ReviewViewModelTest.PLAN);
        window.model().goTo(WizardStep.REVIEW);
    }

    @Test
    void review_showsEveryRecordAsACard_groupedByZone(FxRobot robot) {
        var records = PlanRecords.of(ReviewViewModelTest.PLAN).records();

        assertThat(robot.lookup(".record-card").queryAllAs(RecordCard.class))
                .hasSameSizeAs(records);
        assertThat(robot.lookup(".zone-group").queryAll()).hasSize(6);
        assertThat(robot.lookup(".zone-note-reverse").queryAllAs(Label.class))
                .allSatisfy(
                        note -> assertThat(note.getText()).startsWith("Your provider publishes"));
        Screenshot.write(window.stage.getScene(), "review");

        scrollTo(robot, "zone-2.0.192.in-addr.arpa");
        Screenshot.write(window.stage.getScene(), "review-reverse");
    }

    private static void scrollTo(FxRobot robot, String id) {
        Node group = robot.lookup((Node n) -> id.equals(n.getId())).query();
        new PageRobot(robot).reveal(group);
    }

    @Test
    void copyAllAsBind_putsTheZoneSnippetOnTheClipboard(FxRobot robot) {
        robot.clickOn("#copy-all-bind");

        assertThat(window.clipboard.last())
                .isEqualTo(
                        BindZoneWriter.relative().export(PlanRecords.of(ReviewViewModelTest.PLAN)));
        assertThat(robot.lookup("#review-status").queryAs(Label.class).getText())
                .startsWith("Copied 12 records");
    }
}
