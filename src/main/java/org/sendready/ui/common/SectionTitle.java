package org.sendready.ui.common;

import javafx.scene.control.Label;

/// The heading of a section within a page (style class `section-title` in sendready.css).
public final class SectionTitle {
    private SectionTitle() {}

    public static Label of(String text) {
        var title = new Label(text);
        title.getStyleClass().add("section-title");
        return title;
    }
}
