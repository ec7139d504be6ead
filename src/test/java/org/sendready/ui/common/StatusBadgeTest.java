package org.sendready.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendready.check.CheckStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StatusBadgeTest {
    private StatusBadge badge;

    @Start
    void start(Stage stage) {
        badge = new StatusBadge();
        stage.setScene(new Scene(new StackPane(badge), 200, 120));
        stage.show();
    }

    @Test
    void hover_showsTheStatusAsATooltip_thatFollowsLaterStatuses(FxRobot robot)
            throws TimeoutException {
        assertThat(badge.getAccessibleText()).isEqualTo("Not checked");

        robot.moveTo(badge);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () ->
                        Window.getWindows().stream()
                                .anyMatch(w -> w instanceof Tooltip t && t.isShowing()));
        robot.interact(() -> badge.show(Optional.of(CheckStatus.PASS)));

        assertThat(badge.tooltipText()).contains("Pass");
        assertThat(badge.getAccessibleText()).isEqualTo("Pass");
    }

    @Test
    void badge_makesNoTooltip_untilThePointerComes() {
        var fresh = new StatusBadge();
        fresh.show(Optional.of(CheckStatus.FAIL));

        assertThat(fresh.tooltipText()).isEmpty();
        assertThat(fresh.getAccessibleText()).isEqualTo("Fail");
    }
}
