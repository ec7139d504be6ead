package org.sendready.ui.logs;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// The summary tiles: delivered, deferred, bounced and expired, each with its share.
final class LogTilesView extends HBox {
    private final LogsViewModel model;

    LogTilesView(LogsViewModel model) {
        super(12);
        this.model = model;
        setId("log-tiles");
        getStyleClass().add("log-tiles");
        model.tiles().addListener((ListChangeListener<SummaryTile>) change -> show());
        show();
    }

    private void show() {
        getChildren().setAll(model.tiles().stream().map(LogTilesView::tile).toList());
    }

    private static VBox tile(SummaryTile tile) {
        var title = new Label(tile.title());
        title.getStyleClass().add("log-tile-title");
        var count = new Label(String.format(Locale.ROOT, "%,d", tile.count()));
        count.getStyleClass().add("log-tile-count");
        var unit = new Label(tile.unit());
        unit.getStyleClass().add("log-tile-unit");
        var detail = new Label(tile.detail());
        detail.getStyleClass().add("log-tile-detail");
        var box = new VBox(2, title, count, unit, detail);
        if (!tile.note().isEmpty()) {
            var note = new Label(tile.note());
            note.getStyleClass().add("log-tile-detail");
            box.getChildren().add(note);
        }
        box.setId("tile-" + tile.status().id());
        box.getStyleClass().add("log-tile");
        box.pseudoClassStateChanged(PseudoClass.getPseudoClass(tile.status().id()), true);
        box.setAccessibleText(
                String.join(
                        ", ",
                        tile.title() + ": " + tile.count() + " " + tile.unit(),
                        tile.detail(),
                        tile.note()));
        // Equal widths: each tile grows from nothing by the same share.
        box.setPrefWidth(0);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }
}
