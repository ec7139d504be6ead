package org.sendready.ui.dkim;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.sendready.ui.common.Copier;

/// The signing filter's lines for a set of selectors: OpenDKIM's KeyTable and SigningTable,
/// or rspamd's `dkim_signing.conf`, each with a copy button.
final class DkimMtaView extends VBox {

    /// `idPrefix` keeps the ids of two such views on one page apart.
    DkimMtaView(ObservableValue<MtaLines> lines, Copier copier, String idPrefix) {
        getStyleClass().add("dkim-mta");
        var openDkim = area(idPrefix + "-opendkim");
        var rspamd = area(idPrefix + "-rspamd");
        var tabs =
                new TabPane(
                        new Tab(
                                "OpenDKIM",
                                column(
                                        openDkim,
                                        copier,
                                        "OpenDKIM tables",
                                        idPrefix + "-copy-opendkim")),
                        new Tab(
                                "rspamd",
                                column(
                                        rspamd,
                                        copier,
                                        "rspamd configuration",
                                        idPrefix + "-copy-rspamd")));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("dkim-mta-tabs");
        lines.subscribe(
                now -> {
                    openDkim.setText(now == null ? "" : now.openDkim());
                    rspamd.setText(now == null ? "" : now.rspamd());
                });
        getChildren().add(tabs);
    }

    private static TextArea area(String id) {
        var area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().addAll("mono", "dkim-mta-text");
        area.setPrefRowCount(9);
        return area;
    }

    private static VBox column(TextArea area, Copier copier, String what, String id) {
        var copy = new Button("Copy", new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId(id);
        copy.setTooltip(new Tooltip("Copy the " + what));
        var copied = new Label();
        copied.getStyleClass().add("record-copied");
        copy.setOnAction(
                e -> {
                    copier.copy(area.getText());
                    copied.setText("Copied the " + what + ".");
                });
        var bar = new HBox(8, copy, copied);
        bar.setAlignment(Pos.CENTER_LEFT);
        var column = new VBox(8, area, bar);
        column.getStyleClass().add("dkim-mta-column");
        return column;
    }
}
