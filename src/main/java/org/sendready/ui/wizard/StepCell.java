package org.sendready.ui.wizard;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sendready.ui.common.StatusBadge;
import org.sendready.ui.common.StatusStyle;

/// A sidebar row: the step's live status badge, number and title; greyed out while the step
/// cannot be opened yet.
final class StepCell extends ListCell<WizardStep> {
    private final WizardViewModel model;
    private final StatusBadge badge = new StatusBadge();
    private final Label number = new Label();
    private final Label title = new Label();
    private final HBox row = new HBox(10, badge, number, title);
    private final Label section = new Label();
    private final VBox withSection = new VBox(4);

    StepCell(WizardViewModel model) {
        this.model = model;
        row.setAlignment(Pos.CENTER_LEFT);
        number.getStyleClass().add("step-number");
        title.getStyleClass().add("step-title");
        getStyleClass().add("step-cell");
        section.getStyleClass().add("step-section");
    }

    @Override
    protected void updateItem(WizardStep step, boolean empty) {
        super.updateItem(step, empty);
        if (empty || step == null) {
            setGraphic(null);
            setText(null);
            setDisable(false);
            return;
        }
        var status = model.status(step);
        badge.show(status);
        number.setText(Integer.toString(step.number()));
        title.setText(step.title() + (step.optional() ? " (optional)" : ""));
        if (step.opensSection()) {
            section.setText(step.section().title().toUpperCase(Locale.ROOT));
            withSection.getChildren().setAll(section, row);
            setGraphic(withSection);
        } else {
            setGraphic(row);
        }
        setDisable(!model.canEnter(step));
        setAccessibleText(step.title() + ", " + StatusStyle.label(status));
    }
}
