package org.sendready.ui.blocklists;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.dnsbl.Target;

/// "What to look up": the targets as chips with a remove button each, the plan's addresses
/// left out and why, and the field to add an address or domain with its inline error.
final class BlocklistTargetsView extends VBox {
    private final BlocklistTargetsViewModel model;
    private final FlowPane chips = new FlowPane(8, 8);
    private final VBox skipped = new VBox(2);

    BlocklistTargetsView(BlocklistTargetsViewModel model) {
        super(8);
        this.model = model;
        setId("blocklist-targets");
        chips.setId("target-chips");
        chips.getStyleClass().add("target-chips");
        skipped.getStyleClass().add("target-skipped");
        model.targets().addListener((ListChangeListener<Target>) c -> showChips());
        model.skipped().addListener((ListChangeListener<String>) c -> showSkipped());
        showChips();
        showSkipped();
        getChildren().addAll(chips, skipped, addRow(), error());
    }

    private Node addRow() {
        var field = new TextField();
        field.setId("target-input");
        field.setPromptText("e.g. 192.0.2.10, 2001:db8::10 or example.com");
        field.textProperty().bindBidirectional(model.textProperty());
        field.setOnAction(e -> model.add());
        field.setTooltip(new Tooltip("A sending IP address or a domain; Enter adds it"));
        var label = new Label("_Address or domain");
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);

        var add = new Button("A_dd", new FontIcon(Material2AL.ADD));
        add.setId("add-target");
        add.setMnemonicParsing(true);
        add.setTooltip(new Tooltip("Add this address or domain to the scan"));
        add.setOnAction(e -> model.add());

        var reset = new Button("Reset to the _plan", new FontIcon(Material2MZ.RESTORE));
        reset.setId("reset-targets");
        reset.setMnemonicParsing(true);
        reset.setTooltip(
                new Tooltip(
                        "Back to the plan's public sending addresses, its domain and bounce"
                                + " domain"));
        reset.setOnAction(e -> model.reset());

        add.setMinWidth(Button.USE_PREF_SIZE);
        reset.setMinWidth(Button.USE_PREF_SIZE);
        field.setPrefColumnCount(20);
        HBox.setHgrow(field, Priority.ALWAYS);
        var row = new HBox(10, label, field, add, reset);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node error() {
        var error = new Label();
        error.setId("target-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private void showChips() {
        if (model.targets().isEmpty()) {
            var none = new Label("Nothing to look up yet: add a sending IP address or a domain.");
            none.getStyleClass().add("muted");
            chips.getChildren().setAll(none);
            return;
        }
        chips.getChildren().setAll(model.targets().stream().map(this::chip).toList());
    }

    private Node chip(Target target) {
        var kind = new Label(target instanceof Target.Address ? "IP" : "Domain");
        kind.getStyleClass().add("kind-tag");
        var text = new Label(target.display());
        text.getStyleClass().add("mono");
        var remove = new Button(null, new FontIcon(Material2AL.CLOSE));
        remove.getStyleClass().addAll("flat", "chip-remove");
        remove.setAccessibleText("Remove " + target.display());
        remove.setTooltip(new Tooltip("Remove " + target.display() + " from the scan"));
        remove.setOnAction(e -> model.remove(target));
        var chip = new HBox(6, kind, text, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("target-chip");
        return chip;
    }

    private void showSkipped() {
        skipped.getChildren()
                .setAll(
                        model.skipped().stream()
                                .map(
                                        why -> {
                                            var line = new Label("Left out: " + why + ".");
                                            line.setWrapText(true);
                                            line.getStyleClass().add("muted");
                                            return (Node) line;
                                        })
                                .toList());
    }
}
