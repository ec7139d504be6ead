package org.sendready.ui.logs;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;

/// Scrolls the logs page (it is taller than the window) so a control is on screen before the
/// robot clicks it, and finds the scene for screenshots.
final class LogsPageRobot {
    /// Room left above a revealed control, so the heading above it shows too.
    private static final double MARGIN = 40;

    private final FxRobot robot;

    LogsPageRobot(FxRobot robot) {
        this.robot = robot;
    }

    /// Scrolls the page so the node `query` finds is near the top of the page area.
    LogsPageRobot reveal(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(
                () -> {
                    var pane = (ScrollPane) node.getScene().lookup("#page-area");
                    var content = pane.getContent();
                    var top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double extra =
                            content.getBoundsInLocal().getHeight()
                                    - pane.getViewportBounds().getHeight();
                    pane.setVvalue(
                            extra <= 0
                                    ? 0
                                    : Math.clamp((top.getMinY() - MARGIN) / extra, 0.0, 1.0));
                });
        return this;
    }

    LogsPageRobot click(String query) {
        reveal(query);
        robot.clickOn(query);
        return this;
    }

    LogsPageRobot type(String query, String text) {
        click(query);
        robot.write(text);
        return this;
    }

    Scene scene() {
        return robot.lookup("#page-area").query().getScene();
    }
}
