package org.sendready.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
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
    void sidebar_arrowKeysSkipLockedSteps_andEnterOpensTheFocusedStep(FxRobot robot) {
        robot.interact(() -> row(robot, WizardStep.WELCOME).requestFocus());

        robot.type(KeyCode.DOWN);
        assertThat(row(robot, WizardStep.DOMAIN).isFocused()).isTrue();
        robot.type(KeyCode.DOWN);
        assertThat(row(robot, WizardStep.LOGS).isFocused())
                .as("PTR to Live check are locked without a plan")
                .isTrue();
        robot.type(KeyCode.ENTER);

        assertThat(wizard.model().current()).isEqualTo(WizardStep.LOGS);
        assertThat(row(robot, WizardStep.LOGS).isSelected()).isTrue();
        assertThat(row(robot, WizardStep.WELCOME).isSelected()).isFalse();
    }

    @Test
    void sidebar_isOneTabStop_atTheOpenStep(FxRobot robot) {
        robot.interact(() -> wizard.model().goTo(WizardStep.DOMAIN));

        assertThat(
                        robot.lookup(".step-row").queryAllAs(ToggleButton.class).stream()
                                .filter(ToggleButton::isFocusTraversable))
                .containsExactly(row(robot, WizardStep.DOMAIN));
    }

    @Test
    void sidebar_ignoresAClickOnALockedStep(FxRobot robot) {
        robot.clickOn(WizardStep.DKIM.title());

        assertThat(wizard.model().current()).isEqualTo(WizardStep.WELCOME);
        assertThat(row(robot, WizardStep.WELCOME).isSelected()).isTrue();
    }

    @Test
    void sidebar_clickOnTheOpenStep_keepsItOpenAndSelected(FxRobot robot) {
        robot.clickOn(WizardStep.WELCOME.title());

        assertThat(wizard.model().current()).isEqualTo(WizardStep.WELCOME);
        assertThat(row(robot, WizardStep.WELCOME).isSelected()).isTrue();
    }

    private static ToggleButton row(FxRobot robot, WizardStep step) {
        return robot.lookup(".step-row").queryAllAs(ToggleButton.class).stream()
                .filter(row -> row.getText().startsWith(step.title()))
                .findFirst()
                .orElseThrow();
    }
}
