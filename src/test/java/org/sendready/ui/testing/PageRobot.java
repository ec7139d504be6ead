package org.sendready.ui.testing;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/// What the wizard page tests do besides clicking and typing: scroll a control of the page
/// into view (a click lands where the control is on screen), and find the scene.
public final class PageRobot {
    /// Room left above a revealed control, so its label shows too.
    private static final double MARGIN = 40;

    private final FxRobot robot;

    public PageRobot(FxRobot robot) {
        this.robot = robot;
    }

    /// Scrolls the page so the node `query` finds is near the top of the page area.
    public PageRobot reveal(String query) {
        WaitForAsyncUtils.waitForFxEvents(); // the page lays out what the last action added
        return reveal(robot.lookup(query).<Node>query());
    }

    /// Scrolls the page so `node` is near the top of the page area.
    public PageRobot reveal(Node node) {
        WaitForAsyncUtils.waitForFxEvents();
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
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /// Scrolls the page back to its top.
    public PageRobot top() {
        robot.interact(() -> ((ScrollPane) scene().lookup("#page-area")).setVvalue(0));
        return this;
    }

    /// Reveals `query` and clicks it.
    public PageRobot click(String query) {
        reveal(query);
        robot.clickOn(query);
        return this;
    }

    /// Reveals `query`, clicks it and types `text` at the end of what is there.
    public PageRobot type(String query, String text) {
        click(query);
        robot.write(text);
        return this;
    }

    public Scene scene() {
        return robot.lookup("#page-area").query().getScene();
    }
}
