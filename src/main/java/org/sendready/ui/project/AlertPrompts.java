package org.sendready.ui.project;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/// [ProjectPrompts] as JavaFX alerts over the main window.
public final class AlertPrompts implements ProjectPrompts {
    static final ButtonType SAVE = new ButtonType("_Save", ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("_Don't save", ButtonData.NO);
    static final ButtonType CANCEL = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);

    private final Window owner;

    public AlertPrompts(Window owner) {
        this.owner = owner;
    }

    @Override
    public UnsavedChoice askToSave(String projectName) {
        var alert = new Alert(Alert.AlertType.WARNING, "", SAVE, DONT_SAVE, CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + projectName + "?");
        alert.getDialogPane()
                .setContent(
                        wrapped("If you don't save, the changes since the last save are lost."));
        var answer = alert.showAndWait().orElse(CANCEL);
        if (answer == SAVE) {
            return UnsavedChoice.SAVE;
        }
        return answer == DONT_SAVE ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public void showError(String heading, String detail) {
        var alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("sendready");
        alert.setHeaderText(heading);
        alert.getDialogPane().setContent(wrapped(detail));
        alert.showAndWait();
    }

    private static Label wrapped(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(520);
        label.setPadding(new Insets(8, 12, 8, 12));
        return label;
    }
}
