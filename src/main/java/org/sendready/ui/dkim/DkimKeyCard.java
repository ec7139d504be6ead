package org.sendready.ui.dkim;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.RecordCard;

/// One key of the plan: selector, role, type, fingerprint, where its private key is (with
/// Save while it is only in memory), Rotate and Remove, and the record to publish.
final class DkimKeyCard extends VBox {

    DkimKeyCard(DkimKeyRow row, DkimViewModel model, Copier copier) {
        getStyleClass().add("dkim-key");
        setId("dkim-key-" + row.selector().ascii());

        var selector = new Label(row.selector().ascii(), new FontIcon(Material2MZ.VPN_KEY));
        selector.getStyleClass().add("dkim-key-selector");
        var role = new Label(row.role().label());
        role.getStyleClass().add("dkim-role");
        role.pseudoClassStateChanged(
                PseudoClass.getPseudoClass(row.role().name().toLowerCase(Locale.ROOT)), true);
        var type = new Label(row.keyDescription());
        type.getStyleClass().add("dkim-note");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(10, selector, role, type, spacer);
        header.setAlignment(Pos.CENTER_LEFT);
        if (model.canRotate(row)) {
            var rotate = new Button("_Rotate...", new FontIcon(Material2AL.AUTORENEW));
            rotate.setId("dkim-rotate");
            rotate.setMnemonicParsing(true);
            rotate.setTooltip(
                    new Tooltip(
                            "Replace this key safely: a new key under a new selector, switched"
                                    + " to when every name server serves it"));
            rotate.disableProperty().bind(model.generatingProperty());
            rotate.setOnAction(e -> model.rotate(row.selector()));
            rotate.setMinWidth(Region.USE_PREF_SIZE);
            header.getChildren().add(rotate);
        }
        if (model.canRemove(row)) {
            var remove = new Button(null, new FontIcon(Material2AL.DELETE));
            remove.setId("dkim-remove");
            remove.getStyleClass().add("flat");
            remove.setTooltip(new Tooltip("Remove " + row.selector() + " from the plan"));
            remove.setAccessibleText("Remove " + row.selector() + " from the plan");
            remove.setOnAction(e -> model.remove(row.selector()));
            header.getChildren().add(remove);
        }

        var grid = new GridPane();
        grid.getStyleClass().add("dkim-key-grid");
        int line = 0;
        if (row.fingerprint().isPresent()) {
            var fingerprint = new TextField(row.fingerprint().get());
            fingerprint.setId("dkim-fingerprint");
            fingerprint.setEditable(false);
            fingerprint.getStyleClass().add("mono");
            var copy = new Button(null, new FontIcon(Material2AL.CONTENT_COPY));
            copy.getStyleClass().addAll("copy-button", "flat");
            copy.setTooltip(new Tooltip("Copy the fingerprint"));
            copy.setAccessibleText("Copy the fingerprint");
            copy.setOnAction(e -> copier.copy(row.fingerprint().get()));
            var label = new Label("Fingerprint");
            label.setLabelFor(fingerprint);
            grid.addRow(line++, label, fingerprint, copy);
            GridPane.setHgrow(fingerprint, Priority.ALWAYS);
        }
        grid.addRow(line, new Label("Private key"), privateKey(row, model));
        getChildren().addAll(header, grid, new RecordCard(row.record(), copier));
    }

    private static HBox privateKey(DkimKeyRow row, DkimViewModel model) {
        var text = new Label();
        text.setId("dkim-key-file");
        text.setWrapText(true);
        var box = new HBox(10, text);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        switch (row.file()) {
            case DkimKeyRow.KeyFile.Saved(var path) -> text.setText(path.toString());
            case DkimKeyRow.KeyFile.Elsewhere() ->
                    text.setText(
                            row.role() == DkimKeyRow.Role.REVOKED
                                    ? "Not needed any more; delete it from the mail server."
                                    : "Not on this computer (the project names no file).");
            case DkimKeyRow.KeyFile.InMemory() -> {
                text.setText("Only in memory: save it, or it is lost when sendready closes.");
                text.getStyleClass().add("dkim-unsaved");
                var save = new Button("_Save private key...", new FontIcon(Material2MZ.SAVE));
                save.setId("dkim-save");
                save.setMnemonicParsing(true);
                save.getStyleClass().add("accent");
                save.setTooltip(
                        new Tooltip(
                                "Write the private key to a file readable only by you (mode"
                                        + " 0600); an existing file is never replaced without"
                                        + " asking"));
                save.disableProperty().bind(model.fileBusyProperty());
                save.setOnAction(e -> model.savePrivateKey(row.selector()));
                save.setMinWidth(Region.USE_PREF_SIZE);
                box.getChildren().add(0, save);
            }
        }
        text.getStyleClass().add("dkim-key-file");
        return box;
    }
}
