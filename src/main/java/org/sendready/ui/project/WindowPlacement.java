package org.sendready.ui.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/// Where the main window was and how large, in screen coordinates, and whether it was
/// maximized; the bounds are the window's size when not maximized.
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /// Smallest size restored: below it the wizard's sidebar and page do not fit.
    static final double MIN_WIDTH = 640;

    static final double MIN_HEIGHT = 480;

    /// How much of the title bar must lie on a screen for the window to count as visible:
    /// enough to grab it and move it.
    static final double GRAB_WIDTH = 120;

    static final double GRAB_HEIGHT = 24;

    /// True when the window's title bar would lie on one of `screens` (their visual bounds),
    /// so the user can reach it; false after a monitor was unplugged or rearranged.
    public boolean visibleOn(List<Rectangle2D> screens) {
        var titleBar = new Rectangle2D(x, y, width, GRAB_HEIGHT);
        return screens.stream()
                .anyMatch(
                        screen ->
                                overlap(
                                                        titleBar.getMinX(),
                                                        titleBar.getMaxX(),
                                                        screen.getMinX(),
                                                        screen.getMaxX())
                                                >= Math.min(GRAB_WIDTH, width)
                                        && overlap(
                                                        titleBar.getMinY(),
                                                        titleBar.getMaxY(),
                                                        screen.getMinY(),
                                                        screen.getMaxY())
                                                >= GRAB_HEIGHT);
    }

    private static double overlap(double min1, double max1, double min2, double max2) {
        return Math.min(max1, max2) - Math.max(min1, min2);
    }

    ObjectNode toJson() {
        var node = SettingsFile.json().createObjectNode();
        node.put("x", x);
        node.put("y", y);
        node.put("width", width);
        node.put("height", height);
        node.put("maximized", maximized);
        return node;
    }

    /// The placement in `node`; empty when a field is missing or the size is too small.
    static Optional<WindowPlacement> fromJson(JsonNode node) {
        for (var field : List.of("x", "y", "width", "height")) {
            if (!node.path(field).isNumber()) {
                return Optional.empty();
            }
        }
        var placement =
                new WindowPlacement(
                        node.path("x").asDouble(),
                        node.path("y").asDouble(),
                        node.path("width").asDouble(),
                        node.path("height").asDouble(),
                        node.path("maximized").asBoolean(false));
        return placement.width() >= MIN_WIDTH && placement.height() >= MIN_HEIGHT
                ? Optional.of(placement)
                : Optional.empty();
    }
}
