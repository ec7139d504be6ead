package org.sendready.ui.wizard;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.sendready.check.CheckStatus;
import org.sendready.ui.common.StatusBadge;
import org.sendready.ui.common.StatusStyle;

/// A sidebar row: the step's live status badge, number and title; disabled while the step
/// cannot be opened yet.
final class StepRow extends ToggleButton {
    private final WizardStep step;
    private final StatusBadge badge = new StatusBadge();

    StepRow(WizardStep step) {
        this.step = step;
        // A Text, not a Label: a dozen fewer label skins to build when the window first shows.
        var number = new Text(Integer.toString(step.number()));
        number.getStyleClass().add("step-number");
        var graphic = new HBox(10, badge, number);
        graphic.setAlignment(Pos.CENTER_LEFT);
        setGraphic(graphic);
        setText(step.title() + (step.optional() ? " (optional)" : ""));
        setMnemonicParsing(false);
        setGraphicTextGap(10);
        setMaxWidth(Double.MAX_VALUE);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("step-row");
        // Enter opens the focused step, as Space does for every toggle button.
        addEventHandler(
                KeyEvent.KEY_PRESSED,
                key -> {
                    if (key.getCode() == KeyCode.ENTER) {
                        fire();
                        key.consume();
                    }
                });
    }

    void show(Optional<CheckStatus> status, boolean enterable, boolean open) {
        badge.show(status);
        setDisable(!enterable);
        setSelected(open);
        // Tab reaches the list once, at the open step; the arrow keys move within it.
        setFocusTraversable(open);
        setAccessibleText(step.title() + ", " + StatusStyle.label(status));
    }
}
