package org.sendready.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.ui.testing.TestWizard;
import org.sendready.ui.wizard.WizardStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WizardWindowTest {
    @TempDir static Path settings;

    private TestWizard wizard;

    @Start
    void start(Stage stage) {
        wizard = TestWizard.show(stage, settings);
    }

    @Test
    void newWindow_opensOnWelcome_withLaterStepsLockedUntilThereIsAPlan(FxRobot robot) {
        assertThat(robot.lookup("#page-heading").queryAs(Label.class).getText())
                .isEqualTo(WizardStep.WELCOME.title());
        assertThat(robot.lookup("#back").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#next");

        assertThat(wizard.model().current()).isEqualTo(WizardStep.DOMAIN);
        assertThat(robot.lookup("#next").queryAs(Button.class).isDisabled())
                .as("PTR needs a plan, which the Domain step makes")
                .isTrue();
    }

    @Test
    void sidebar_ignoresAClickOnALockedStep(FxRobot robot) {
        robot.clickOn(WizardStep.DKIM.title());

        assertThat(wizard.model().current()).isEqualTo(WizardStep.WELCOME);
    }
}
