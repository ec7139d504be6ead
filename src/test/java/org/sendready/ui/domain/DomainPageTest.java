package org.sendready.ui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
class DomainPageTest {
    @TempDir static Path settings;

    private TestWizard wizard;

    @Start
    void start(Stage stage) {
        wizard = TestWizard.show(stage, settings);
    }

    private PageRobot openDomainStep(FxRobot robot) {
        robot.clickOn("#next");
        assertThat(wizard.model().current()).isEqualTo(WizardStep.DOMAIN);
        return new PageRobot(robot);
    }

    private static boolean nextDisabled(FxRobot robot) {
        return robot.lookup("#next").queryAs(Button.class).isDisabled();
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static List<Node> cards(FxRobot robot) {
        return robot.lookup("#domain-records").queryAs(VBox.class).getChildren();
    }

    @Test
    void journey_fillingDomainAndServer_makesThePlan_showsCards_andOpensNext(FxRobot robot) {
        var page = openDomainStep(robot);
        assertThat(nextDisabled(robot)).isTrue();
        Screenshot.write(page.scene(), "domain-empty");

        page.type("#domain", "example.com")
                .type("#host-name-1", "mail.example.com")
                .type("#host-addresses-1", "45.67.89.10, 2a0e:1d80::10");

        assertThat(wizard.model().project().plan())
                .contains(
                        SetupPlan.start(
                                DomainName.parse("example.com"),
                                List.of(
                                        PlanFixtures.host(
                                                "mail.example.com",
                                                "45.67.89.10",
                                                "2a0e:1d80::10")),
                                List.of()));
        assertThat(nextDisabled(robot)).isFalse();
        assertThat(cards(robot)).hasSize(3);

        page.click("#receives-mail");
        assertThat(wizard.model().project().plan().orElseThrow().receivesMail()).isTrue();
        assertThat(cards(robot)).hasSize(4);

        var firstCard = cards(robot).getFirst();
        page.reveal("#domain-records");
        robot.clickOn(robot.from(firstCard).lookup("#copy-bind-line").queryButton());
        assertThat(wizard.clipboard.last()).isEqualTo("mail.example.com. 3600 IN A 45.67.89.10");

        robot.clickOn("#next");
        assertThat(wizard.model().current()).isEqualTo(WizardStep.PTR);
    }

    @Test
    void invalidDomain_showsWhatIsWrong_makesNoPlan_andNextStaysBlocked(FxRobot robot) {
        var page = openDomainStep(robot);

        page.type("#domain", "exa_mple..com")
                .type("#host-name-1", "mail.example.com")
                .type("#host-addresses-1", "45.67.89.10");

        var error = label(robot, "#domain-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText())
                .isEqualTo("domain: 'exa_mple..com' has an empty label (two dots in a row)");
        assertThat(robot.lookup("#domain").queryAs(TextField.class).getText())
                .isEqualTo("exa_mple..com");
        assertThat(wizard.model().project().plan()).isEmpty();
        assertThat(nextDisabled(robot)).isTrue();
    }

    @Test
    void invalidAddress_showsWhatIsWrong_keepsThePlan_andTheText(FxRobot robot) {
        var page = openDomainStep(robot);
        page.type("#domain", "example.com")
                .type("#host-name-1", "mail.example.com")
                .type("#host-addresses-1", "45.67.89.10");
        var plan = wizard.model().project().plan().orElseThrow();

        page.click("#add-host")
                .type("#host-name-2", "mx2.example.com")
                // Invalid from the first keystroke on: no valid address on the way.
                .type("#host-addresses-2", "256.0.2.10");

        var error = label(robot, "#host-addresses-error-2");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText())
                .isEqualTo("IP addresses: '256.0.2.10' has 256; each part is at most 255");
        assertThat(label(robot, "#domain-missing").getText())
                .contains("Until then the plan keeps its last valid values");
        assertThat(wizard.model().project().plan()).containsSame(plan);
        assertThat(robot.lookup("#host-addresses-2").queryAs(TextField.class).getText())
                .isEqualTo("256.0.2.10");
        page.top();
        Screenshot.write(page.scene(), "domain-filled");
    }

    @Test
    void invalidAddress_beforeAnyPlan_keepsNextBlocked(FxRobot robot) {
        var page = openDomainStep(robot);

        page.type("#domain", "example.com")
                .type("#host-name-1", "mail.example.com")
                .type("#host-addresses-1", "mail.example.com");

        assertThat(label(robot, "#host-addresses-error-1").getText())
                .startsWith("IP addresses: 'mail.example.com' is not an IP address");
        assertThat(wizard.model().project().plan()).isEmpty();
        assertThat(nextDisabled(robot)).isTrue();
    }

    @Test
    void privateAddress_isWarnedAbout(FxRobot robot) {
        var page = openDomainStep(robot);

        page.type("#host-addresses-1", "192.168.1.20");

        var warning = label(robot, "#host-warning-1");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("a private range (RFC 1918)");
    }

    @Test
    void internationalisedDomain_showsItsALabel(FxRobot robot) {
        openDomainStep(robot);

        robot.interact(
                () -> robot.lookup("#domain").queryAs(TextField.class).setText("bücher.example"));

        assertThat(label(robot, "#domain-in-dns").getText())
                .isEqualTo("In DNS and zone files this is xn--bcher-kva.example");
    }

    @Test
    void openedProject_fillsTheFields(FxRobot robot) {
        openDomainStep(robot);

        robot.interact(
                () ->
                        wizard.model()
                                .project()
                                .loaded(
                                        SetupPlan.start(
                                                DomainName.parse("example.org"),
                                                List.of(
                                                        PlanFixtures.host(
                                                                "mx.example.org", "45.67.89.20")),
                                                List.of()),
                                        settings.resolve("o.sendready.json")));

        assertThat(robot.lookup("#domain").queryAs(TextField.class).getText())
                .isEqualTo("example.org");
        assertThat(robot.lookup("#host-addresses-1").queryAs(TextField.class).getText())
                .isEqualTo("45.67.89.20");
        assertThat(cards(robot)).hasSize(2);
    }
}
