package org.sendready.ui.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
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
import org.sendready.dns.DomainName;
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
class BouncePageTest {
    @TempDir static Path settings;

    private TestWizard wizard;

    @Start
    void start(Stage stage) {
        wizard = TestWizard.show(stage, settings);
    }

    private PageRobot open(FxRobot robot) {
        robot.interact(() -> wizard.open(WizardStep.BOUNCE, PlanFixtures.publicHost()));
        return new PageRobot(robot);
    }

    private SetupPlan plan() {
        return wizard.model().project().plan().orElseThrow();
    }

    private static List<Node> cards(FxRobot robot) {
        return robot.lookup("#bounce-records").queryAs(VBox.class).getChildren();
    }

    @Test
    void journey_turningItOn_suggestsAndPublishesTheBounceDomain(FxRobot robot) {
        var page = open(robot);
        assertThat(cards(robot)).isEmpty();
        assertThat(robot.lookup("#bounce-domain").queryAs(TextField.class).isDisabled()).isTrue();

        page.click("#bounce-enabled");

        assertThat(robot.lookup("#bounce-domain").queryAs(TextField.class).getText())
                .isEqualTo("bounces.example.com");
        assertThat(plan().bounceDomain()).contains(DomainName.parse("bounces.example.com"));
        assertThat(cards(robot)).hasSize(2);
        var alignment = robot.lookup("#bounce-alignment").queryAs(Message.class);
        assertThat(alignment.isVisible()).isTrue();
        assertThat(alignment.getDescription())
                .startsWith("Your DMARC policy uses relaxed SPF alignment (aspf=r)");
        Screenshot.write(page.top().scene(), "bounce");

        page.click("#bounce-enabled");
        assertThat(plan().bounceDomain()).isEmpty();
        assertThat(cards(robot)).isEmpty();
    }

    @Test
    void theDomainItself_isRefused_andThePlanStays(FxRobot robot) {
        var page = open(robot);
        page.click("#bounce-enabled");
        var before = plan();

        // Pasted at once: typed key by key, "example.co" on the way would be a valid name.
        robot.interact(
                () ->
                        robot.lookup("#bounce-domain")
                                .queryAs(TextField.class)
                                .setText("example.com"));

        var error = robot.lookup("#bounce-domain-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText())
                .isEqualTo(
                        "bounce domain: is the domain itself; leave it empty, or use a subdomain"
                                + " such as bounces.example.com");
        assertThat(plan()).isSameAs(before);
        assertThat(robot.lookup("#bounce-domain").queryAs(TextField.class).getText())
                .isEqualTo("example.com");
    }
}
