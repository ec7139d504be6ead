package org.sendready.ui.dkim;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.dkim.DkimAlgorithm;
import org.sendready.dkim.DkimKeySpec;
import org.sendready.ui.common.ChoiceLabels;

/// The "new key" form: key type with a note on receiver support, selector with its record
/// name and inline error, Generate and Import, and the progress of a generation with Cancel.
final class DkimKeyForm extends VBox {

    DkimKeyForm(DkimViewModel model) {
        getStyleClass().add("dkim-form");

        var algorithm = new ComboBox<DkimKeySpec>();
        algorithm.setId("dkim-algorithm");
        algorithm.getItems().setAll(DkimViewModel.KEY_SPECS);
        algorithm.setConverter(new ChoiceLabels<>(DkimViewModel.KEY_SPECS, DkimKeyForm::specLabel));
        algorithm.valueProperty().bindBidirectional(model.specProperty());
        algorithm.setTooltip(new Tooltip("The type and size of the new key"));
        algorithm.setAccessibleText("Key type");
        var algorithmLabel = new Label("_Key type");
        algorithmLabel.setMnemonicParsing(true);
        algorithmLabel.setLabelFor(algorithm);
        var note = new Label();
        note.setId("dkim-algorithm-note");
        note.getStyleClass().add("dkim-note");
        note.setWrapText(true);
        note.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> note(model.specProperty().get()), model.specProperty()));

        var selector = new TextField();
        selector.setId("dkim-selector");
        selector.getStyleClass().add("mono");
        selector.textProperty().bindBidirectional(model.selectorTextProperty());
        selector.setPrefColumnCount(18);
        selector.setTooltip(
                new Tooltip(
                        "The name the key is published under. A new name for every key, often"
                                + " dated, so old and new keys can be published side by side."));
        var selectorLabel = new Label("S_elector");
        selectorLabel.setMnemonicParsing(true);
        selectorLabel.setLabelFor(selector);
        var recordName = new Label();
        recordName.getStyleClass().add("dkim-note");
        recordName
                .textProperty()
                .bind(
                        Bindings.when(model.recordNameProperty().isEmpty())
                                .then("")
                                .otherwise(
                                        Bindings.concat(
                                                "Published at ", model.recordNameProperty())));
        var error = new Label();
        error.setId("dkim-selector-error");
        error.getStyleClass().add("dkim-field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.selectorErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        var selectorColumn = new VBox(4, selector, recordName, error);

        var grid = new GridPane();
        grid.getStyleClass().add("dkim-form-grid");
        grid.addRow(0, algorithmLabel, algorithm);
        grid.add(note, 1, 1);
        grid.addRow(2, selectorLabel, selectorColumn);
        GridPane.setHgrow(note, Priority.ALWAYS);

        var busy = model.generatingProperty().or(model.fileBusyProperty());
        var generate = new Button("_Generate key", new FontIcon(Material2AL.ADD));
        generate.setId("dkim-generate");
        generate.getStyleClass().add("accent");
        generate.setMnemonicParsing(true);
        generate.setDefaultButton(false);
        generate.setTooltip(new Tooltip("Generate a new key pair in the background (Alt+G)"));
        generate.disableProperty().bind(busy.or(model.selectorErrorProperty().isNotEmpty()));
        generate.setOnAction(e -> model.generate());
        var importKey = new Button("_Import key file...", new FontIcon(Material2AL.FILE_UPLOAD));
        importKey.setId("dkim-import");
        importKey.setMnemonicParsing(true);
        importKey.setTooltip(
                new Tooltip(
                        "Use an existing PEM private key (PKCS#1 or PKCS#8, RSA or Ed25519), as"
                                + " openssl or opendkim-genkey write it"));
        importKey.disableProperty().bind(busy);
        importKey.setOnAction(e -> model.importKey());

        var spinner = new ProgressIndicator();
        spinner.setId("dkim-progress");
        spinner.setPrefSize(22, 22);
        var progressText = new Label();
        progressText.textProperty().bind(model.generatingTextProperty());
        var cancel = new Button("_Cancel", new FontIcon(Material2MZ.STOP));
        cancel.setId("dkim-cancel");
        cancel.setMnemonicParsing(true);
        cancel.setTooltip(new Tooltip("Stop generating; nothing is added"));
        cancel.setOnAction(e -> model.cancelGeneration());
        var progress = new HBox(8, spinner, progressText, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.managedProperty().bind(model.generatingProperty());
        progress.visibleProperty().bind(model.generatingProperty());

        var buttons = new HBox(8, generate, importKey, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(grid, buttons);
    }

    private static String note(DkimKeySpec spec) {
        if (spec == null) {
            return "";
        }
        if (spec.algorithm() == DkimAlgorithm.ED25519) {
            return "Ed25519 (RFC 8463) keys are short and fast, but not every receiver verifies"
                    + " them yet: there, mail signed only with Ed25519 counts as unsigned. Use"
                    + " it beside an RSA key (dual signing); receivers use the signature they"
                    + " can verify.";
        }
        return switch (spec.bits()) {
            case 1024 ->
                    "1024 bits is the minimum verifiers accept and is considered weak (RFC 8301"
                            + " section 3.2). Only for DNS panels that cannot take a longer"
                            + " record.";
            case DkimKeySpec.DEFAULT_RSA_BITS ->
                    "RSA 2048 is verified everywhere and recommended (RFC 8301 section 3.2). Its"
                            + " record is longer than one DNS string; the card shows both forms.";
            default ->
                    "Larger keys are slower to sign with, and some DNS panels cannot take their"
                            + " long records. Verifiers handle up to 4096 bits (RFC 8301).";
        };
    }

    /// "RSA 2048 bits (recommended)", "Ed25519 (beside an RSA key)".
    private static String specLabel(DkimKeySpec spec) {
        return switch (spec.algorithm()) {
            case ED25519 -> "Ed25519 (beside an RSA key)";
            case RSA ->
                    "RSA "
                            + spec.bits()
                            + " bits"
                            + (spec.bits() == DkimKeySpec.DEFAULT_RSA_BITS ? " (recommended)" : "");
        };
    }
}
