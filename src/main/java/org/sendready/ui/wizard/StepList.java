package org.sendready.ui.wizard;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/// The sidebar's steps: a row per step under its section's heading. The open step's row is
/// selected and is the list's one stop for Tab; Up and Down move between the rows that can be
/// opened, Enter or Space opens one. Plain rows rather than a ListView: twelve fixed rows need
/// no virtualised list, whose skin and cells cost a tenth of the window's start.
final class StepList extends VBox {
    private final WizardViewModel model;
    private final Map<WizardStep, StepRow> rows = new EnumMap<>(WizardStep.class);

    StepList(WizardViewModel model) {
        this.model = model;
        setId("steps");
        getStyleClass().add("step-list");
        var group = new ToggleGroup();
        for (var step : WizardStep.values()) {
            if (step.opensSection()) {
                var section = new Label(step.section().title().toUpperCase(Locale.ROOT));
                section.getStyleClass().add("step-section");
                getChildren().add(section);
            }
            var row = new StepRow(step);
            row.setToggleGroup(group);
            row.setOnAction(e -> open(step));
            rows.put(step, row);
            getChildren().add(row);
        }
        addEventFilter(KeyEvent.KEY_PRESSED, this::moveFocus);
        refresh();
    }

    /// Shows each step's status, whether it can be opened, and which one is open.
    void refresh() {
        rows.forEach(
                (step, row) ->
                        row.show(
                                model.status(step), model.canEnter(step), step == model.current()));
    }

    private void open(WizardStep step) {
        model.goTo(step);
        // A click toggles the row; the model decides what is open (also when it refused).
        refresh();
    }

    private void moveFocus(KeyEvent key) {
        int direction =
                switch (key.getCode()) {
                    case UP -> -1;
                    case DOWN -> 1;
                    default -> 0;
                };
        if (direction == 0) {
            return;
        }
        var steps = WizardStep.values();
        int index = focusedIndex();
        if (index < 0) {
            return;
        }
        for (int i = index + direction; i >= 0 && i < steps.length; i += direction) {
            var row = rows.get(steps[i]);
            if (!row.isDisabled()) {
                row.requestFocus();
                break;
            }
        }
        key.consume();
    }

    private int focusedIndex() {
        for (var entry : rows.entrySet()) {
            if (entry.getValue().isFocused()) {
                return entry.getKey().ordinal();
            }
        }
        return -1;
    }
}
