package org.sendready.ui.blocklists;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sendready.dnsbl.Blocklist;
import org.sendready.dnsbl.Listing;
import org.sendready.dnsbl.ListingText;
import org.sendready.dnsbl.Target;
import org.sendready.ui.common.StatusBadge;
import org.sendready.ui.common.StatusStyle;

/// The results as a grid: one row per list, one column per target, each cell a status badge
/// and a word. Cells wait ("Asking") until their answer comes; a list that does not look up
/// a kind of target says "not asked".
final class BlocklistsGrid extends GridPane {
    private record Key(Target target, Blocklist list) {}

    private final Map<Key, Cell> cells = new HashMap<>();

    BlocklistsGrid() {
        setId("blocklists-grid");
        getStyleClass().add("blocklists-grid");
    }

    /// Lays out the grid of `scan`, every cell waiting.
    void show(BlocklistsScan scan) {
        getChildren().clear();
        cells.clear();
        if (scan == null) {
            return;
        }
        var corner = new Label("List");
        corner.getStyleClass().add("grid-header");
        add(corner, 0, 0);
        var targets = scan.targets().targets();
        for (int column = 0; column < targets.size(); column++) {
            var header = new Label(targets.get(column).display());
            header.getStyleClass().addAll("grid-header", "mono");
            add(header, column + 1, 0);
        }
        int row = 1;
        for (var list : scan.lists()) {
            var title = new Label(list.title());
            title.getStyleClass().add("list-title");
            var zone = new Label(list.zone().ascii());
            zone.getStyleClass().addAll("mono", "muted", "grid-zone");
            add(new VBox(0, title, zone), 0, row);
            for (int column = 0; column < targets.size(); column++) {
                var target = targets.get(column);
                var cell = new Cell("cell-" + list.name() + "-" + column);
                if (list.covers(target)) {
                    cells.put(new Key(target, list), cell);
                } else {
                    cell.notAsked(target, list);
                }
                add(cell, column + 1, row);
            }
            row++;
        }
    }

    /// Shows one list's answer in its cell.
    void update(Listing listing) {
        var cell = cells.get(new Key(listing.target(), listing.list()));
        if (cell != null) {
            cell.show(listing);
        }
    }

    /// One cell: a badge and the verdict in a word, the whole answer in the tooltip.
    private static final class Cell extends HBox {
        private final StatusBadge badge = new StatusBadge();
        private final Label word = new Label("Asking...");
        private final Tooltip tooltip = new Tooltip("Waiting for the list's answer");

        Cell(String id) {
            super(6);
            setId(id);
            getStyleClass().add("grid-cell");
            setAlignment(Pos.CENTER_LEFT);
            word.getStyleClass().add("muted");
            word.setTooltip(tooltip);
            getChildren().addAll(badge, word);
        }

        void show(Listing listing) {
            var status = ListingLook.status(listing.status());
            badge.show(Optional.of(status));
            word.setText(ListingLook.word(listing.status()));
            word.getStyleClass().remove("muted");
            word.getStyleClass().add("verdict");
            StatusStyle.apply(word, Optional.of(status));
            tooltip.setText(ListingText.describe(listing.outcome()));
            setAccessibleText(
                    listing.target().display()
                            + " on "
                            + listing.list().title()
                            + ": "
                            + ListingText.describe(listing.outcome()));
        }

        void notAsked(Target target, Blocklist list) {
            getChildren().setAll(word);
            word.setText("not asked");
            tooltip.setText(
                    list.title()
                            + " does not look up "
                            + (target instanceof Target.Address address && address.isIpv6()
                                    ? "IPv6 addresses"
                                    : target.kind().plural()));
        }
    }
}
