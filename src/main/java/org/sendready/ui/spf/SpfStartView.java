package org.sendready.ui.spf;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/// Where a record can start from: the plan's sending IPs, the live record, a pasted record,
/// and provider presets (clearly labelled as presets).
final class SpfStartView extends VBox {

    SpfStartView(SpfBuilderViewModel model) {
        getStyleClass().add("spf-start");
        setSpacing(8);

        var ips = new Button("Start from sending _IPs", new FontIcon(Material2AL.DNS));
        ips.setId("spf-start-ips");
        ips.setMnemonicParsing(true);
        ips.setTooltip(
                new Tooltip(
                        "Replace the terms with ip4/ip6 for the plan's sending hosts, then -all"));
        ips.setOnAction(e -> model.startFromSendingIps());

        var fetch = model.fetch();
        var live = new Button("Fetch _live record", new FontIcon(Material2AL.CLOUD_DOWNLOAD));
        live.setId("spf-fetch");
        live.setMnemonicParsing(true);
        live.setTooltip(new Tooltip("Replace the terms with the record the domain publishes now"));
        live.setOnAction(e -> model.fetchLive());
        live.disableProperty().bind(fetch.fetchingProperty());
        var busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(fetch.fetchingProperty());
        busy.managedProperty().bind(fetch.fetchingProperty());
        var cancel = new Button("_Cancel", new FontIcon(Material2AL.CANCEL));
        cancel.setId("spf-fetch-cancel");
        cancel.setMnemonicParsing(true);
        cancel.visibleProperty().bind(fetch.fetchingProperty());
        cancel.managedProperty().bind(fetch.fetchingProperty());
        cancel.setOnAction(e -> fetch.cancel());

        var presets = new MenuButton("Provider _presets", new FontIcon(Material2AL.BUSINESS));
        presets.setId("spf-presets");
        presets.setMnemonicParsing(true);
        presets.setTooltip(
                new Tooltip(
                        "Add a mail provider's include. These are presets: verify the value with"
                                + " your provider."));
        for (var preset : SpfPreset.values()) {
            var item = new MenuItem(preset.label());
            item.setId("spf-preset-" + preset.name());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.addPreset(preset));
            presets.getItems().add(item);
        }

        var buttons = new HBox(8, ips, live, busy, cancel, presets);
        buttons.setAlignment(Pos.CENTER_LEFT);

        var status = new Label();
        status.setId("spf-fetch-status");
        status.getStyleClass().add("spf-fetch-status");
        status.setWrapText(true);
        status.textProperty().bind(fetch.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        fetch.failedProperty()
                .addListener(
                        (obs, old, now) ->
                                status.pseudoClassStateChanged(Styles.STATE_DANGER, now));

        var paste = new TextField();
        paste.setId("spf-paste");
        paste.getStyleClass().add("mono");
        paste.setPromptText("Paste a record, e.g. v=spf1 include:_spf.example.net -all");
        paste.setAccessibleText("Record to parse");
        paste.textProperty().bindBidirectional(model.pasteTextProperty());
        paste.setOnAction(e -> model.parsePasted());
        HBox.setHgrow(paste, Priority.ALWAYS);
        var parse = new Button("Pa_rse", new FontIcon(Material2MZ.PLAYLIST_ADD));
        parse.setId("spf-parse");
        parse.setMnemonicParsing(true);
        parse.setTooltip(new Tooltip("Replace the terms with the pasted record"));
        parse.setOnAction(e -> model.parsePasted());
        var pasteRow = new HBox(8, paste, parse);
        pasteRow.setAlignment(Pos.CENTER_LEFT);

        var pasteError = new Label();
        pasteError.setId("spf-paste-error");
        pasteError.getStyleClass().add("spf-field-error");
        pasteError.setWrapText(true);
        pasteError.textProperty().bind(model.pasteErrorProperty());
        pasteError.managedProperty().bind(pasteError.textProperty().isNotEmpty());
        pasteError.visibleProperty().bind(pasteError.managedProperty());
        model.pasteErrorOffsetProperty()
                .addListener(
                        (obs, old, now) -> {
                            int at = now.intValue();
                            paste.pseudoClassStateChanged(Styles.STATE_DANGER, at >= 0);
                            if (at >= 0 && at <= paste.getLength()) {
                                paste.requestFocus();
                                paste.positionCaret(at);
                            }
                        });

        getChildren().addAll(buttons, status, pasteRow, pasteError);
    }
}
