package org.sendready.ui.blocklists;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.dnsbl.ListKind;

/// "Lists to ask": how many are ticked and where they came from, Load / Save / Built-in, and
/// (folded away until opened) one row per list with its tick, kind, title, zone and note.
final class BlocklistSetView extends VBox {
    private final BlocklistSetViewModel model;
    private final GridPane rows = new GridPane();
    private final Label count = new Label();
    private final ChangeListener<Boolean> recount = (obs, old, now) -> recount();

    BlocklistSetView(BlocklistSetViewModel model) {
        super(8);
        this.model = model;
        setId("blocklist-set");
        count.setId("lists-count");
        count.setWrapText(true);
        var where = new Tooltip();
        where.textProperty().bind(model.sourcePathProperty());
        model.sourcePathProperty()
                .addListener((obs, old, now) -> count.setTooltip(now.isEmpty() ? null : where));
        rows.getStyleClass().add("list-rows");
        rows.setId("list-rows");
        var pane = new TitledPane("Show the lists", rows);
        pane.setId("lists-pane");
        pane.setExpanded(false);
        pane.setAnimated(false);
        model.lists().addListener((ListChangeListener<BlocklistChoice>) c -> showRows());
        model.sourceProperty().addListener((obs, old, now) -> recount());
        showRows();
        getChildren().addAll(buttons(), pane);
    }

    private Node buttons() {
        var load = new Button("_Load lists file...", new FontIcon(Material2AL.FOLDER_OPEN));
        load.setId("load-lists");
        load.setMnemonicParsing(true);
        load.setTooltip(
                new Tooltip(
                        "Ask the lists of a JSON lists file instead (the format sendready dnsbl"
                                + " --show-lists prints)"));
        load.setOnAction(e -> model.load());
        var save = new Button("Sa_ve lists file...", new FontIcon(Material2MZ.SAVE));
        save.setId("save-lists");
        save.setMnemonicParsing(true);
        save.setTooltip(
                new Tooltip(
                        "Save the ticked lists as a lists file, for sendready dnsbl --lists-file"
                                + " or to edit"));
        save.setOnAction(e -> model.save());
        var builtIn = new Button("Use b_uilt-in lists", new FontIcon(Material2MZ.RESTORE));
        builtIn.setId("builtin-lists");
        builtIn.setMnemonicParsing(true);
        builtIn.setTooltip(new Tooltip("Back to sendready's own lists, all ticked"));
        builtIn.setOnAction(e -> model.useBuiltIn());
        for (var button : new Button[] {load, save, builtIn}) {
            button.setMinWidth(Button.USE_PREF_SIZE);
        }
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(count, Priority.SOMETIMES);
        var row = new HBox(10, count, spacer, load, save, builtIn);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showRows() {
        rows.getChildren().clear();
        int line = 0;
        for (var choice : model.lists()) {
            var list = choice.list();
            var tick = new CheckBox();
            tick.setId("list-" + list.name());
            tick.selectedProperty().bindBidirectional(choice.selectedProperty());
            tick.selectedProperty().addListener(recount);
            tick.setAccessibleText("Ask " + list.title());
            var kind = new Label(list.kind() == ListKind.IP ? "IP" : "Domain");
            kind.getStyleClass().add("kind-tag");
            kind.setMinWidth(Label.USE_PREF_SIZE);
            var title = new Label(list.title());
            title.getStyleClass().add("list-title");
            title.setLabelFor(tick);
            title.setOnMouseClicked(e -> tick.setSelected(!tick.isSelected()));
            title.setMinWidth(Label.USE_PREF_SIZE);
            var zone = new Label(list.zone().ascii() + (list.ipv6() ? "  (IPv4 and IPv6)" : ""));
            zone.getStyleClass().addAll("mono", "muted");
            zone.setMinWidth(Label.USE_PREF_SIZE);
            rows.addRow(line++, tick, kind, title, zone);
            if (list.note().isPresent()) {
                var note = new Label(list.note().get());
                note.getStyleClass().addAll("muted", "list-note");
                note.setWrapText(true);
                rows.add(note, 2, line++, 2, 1);
            }
        }
        recount();
    }

    private void recount() {
        long ticked = model.lists().stream().filter(BlocklistChoice::selected).count();
        count.setText(
                ticked
                        + " of "
                        + model.lists().size()
                        + " lists ticked, from "
                        + model.sourceProperty().get()
                        + ".");
    }
}
