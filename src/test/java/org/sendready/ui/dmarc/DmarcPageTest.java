package org.sendready.ui.dmarc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.dmarc.Alignment;
import org.sendready.dmarc.RequestedPolicy;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.ui.testing.PageRobot;
import org.sendready.ui.testing.Screenshot;
import org.sendready.ui.testing.TestWizard;
import org.sendready.ui.wizard.WizardStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DmarcPageTest {
    @TempDir static Path settings;

    private TestWizard wizard;

    @Start
    void start(Stage stage) {
        wizard = TestWizard.show(stage, settings);
    }

    private PageRobot open(FxRobot robot) {
        robot.interact(() -> wizard.open(WizardStep.DMARC, PlanFixtures.publicHost()));
        return new PageRobot(robot);
    }

    private SetupPlan plan() {
        return wizard.model().project().plan().orElseThrow();
    }

    private static List<Node> cards(FxRobot robot) {
        return robot.lookup("#dmarc-records").queryAs(VBox.class).getChildren();
    }

    @Test
    void journey_policyAlignmentAndForeignReports_reachThePlanAndTheCards(FxRobot robot) {
        var page = open(robot);
        assertThat(cards(robot)).hasSize(1);

        page.click("#dmarc-p-quarantine");
        assertThat(plan().dmarc().policy()).isEqualTo(RequestedPolicy.QUARANTINE);
        assertThat(robot.lookup("#dmarc-p-effect").queryAs(Label.class).getText())
                .startsWith("Mail that fails DMARC is treated as suspicious");

        page.click("#dmarc-aspf");
        robot.clickOn("strict (s)");
        assertThat(plan().dmarc().spfAlignment()).isEqualTo(Alignment.STRICT);

        page.type("#dmarc-rua", "reports@dmarc.example.net");
        assertThat(plan().dmarc().format())
                .isEqualTo("v=DMARC1; p=quarantine; rua=mailto:reports@dmarc.example.net; aspf=s");
        assertThat(cards(robot)).hasSize(2);
        var note = robot.lookup("#dmarc-authorization-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("Reports go to another domain (dmarc.example.net)");
        assertThat(cards(robot).get(1).lookup(".record-title"))
                .isInstanceOfSatisfying(
                        Label.class,
                        title ->
                                assertThat(title.getText())
                                        .isEqualTo(
                                                "Lets this domain receive DMARC reports for"
                                                        + " example.com (RFC 7489 section 7.1)"));
        Screenshot.write(page.top().scene(), "dmarc");
        Screenshot.write(page.reveal("#dmarc-rua").scene(), "dmarc-reports");
    }

    @Test
    void invalidReportAddress_showsWhatIsWrong_andTheStaysPlan(FxRobot robot) {
        var page = open(robot);
        var before = plan();

        page.type("#dmarc-ruf", "forensic@@example.com");

        var error = robot.lookup("#dmarc-ruf-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("failure report addresses (ruf): ");
        assertThat(robot.lookup("#dmarc-ruf").queryAs(TextField.class).getText())
                .isEqualTo("forensic@@example.com");
        assertThat(plan()).isSameAs(before);
    }
}
