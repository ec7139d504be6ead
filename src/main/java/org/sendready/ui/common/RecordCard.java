package org.sendready.ui.common;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.sendready.records.BindZoneWriter;
import org.sendready.records.DnsRecord;
import org.sendready.records.PanelRow;
import org.sendready.records.QuotedString;
import org.sendready.records.RecordData;
import org.sendready.records.RecordDescription;
import org.sendready.records.TxtStrings;

/// One record to publish, as a card: where (host relative to the zone and the full name),
/// type, value and TTL, each with a copy button, the whole zone-file line, and what the record
/// is for. A TXT value longer than one DNS string also shows the split zone-file form.
public final class RecordCard extends VBox {
    /// Values up to this many characters fit one line of the card.
    private static final int ONE_LINE_CHARS = 60;

    /// Characters per visual row of a wrapped value, to size the text area.
    private static final int CHARS_PER_ROW = 72;

    private static final int MAX_VALUE_ROWS = 7;

    private final Copier copier;
    private final Label copied = new Label();

    public RecordCard(DnsRecord record, Copier copier) {
        this.copier = copier;
        getStyleClass().add("record-card");
        var row = PanelRow.of(record);

        var type = new Label(row.type());
        type.getStyleClass().add("record-type");
        var title = new Label(RecordDescription.of(record));
        title.getStyleClass().add("record-title");
        title.setWrapText(true);
        var header = new HBox(8, type, title);
        header.setAlignment(Pos.CENTER_LEFT);

        var explanation = new Label(RecordExplanation.of(record.purpose()));
        explanation.getStyleClass().add("record-explanation");
        explanation.setWrapText(true);

        var grid = new GridPane();
        grid.getStyleClass().add("record-grid");
        grid.getColumnConstraints()
                .addAll(new ColumnConstraints(), grow(), new ColumnConstraints());
        int line = 0;
        addRow(grid, line++, "Host", row.host(), "host");
        addRow(grid, line++, "Full name", record.owner().absolute(), "full name");
        addRow(grid, line++, "Type", row.type(), "type");
        addRow(grid, line++, "TTL", Long.toString(row.ttlSeconds()), "TTL");
        addRow(grid, line++, "Value", row.value(), "value");
        if (record.data() instanceof RecordData.Txt txt
                && TxtStrings.split(txt.text()).size() > 1) {
            var split =
                    TxtStrings.split(txt.text()).stream()
                            .map(QuotedString::of)
                            .collect(Collectors.joining("\n"));
            addRow(grid, line++, "Zone-file form", split, "zone-file form");
        }
        addRow(grid, line, "BIND line", BindZoneWriter.line(record), "BIND line");

        copied.getStyleClass().add("record-copied");
        // Takes no room until something was copied.
        copied.managedProperty().bind(copied.textProperty().isNotEmpty());
        copied.visibleProperty().bind(copied.managedProperty());
        getChildren().addAll(header, explanation, grid, copied);
    }

    private static ColumnConstraints grow() {
        var column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    private void addRow(GridPane grid, int line, String label, String text, String what) {
        var name = new Label(label);
        name.getStyleClass().add("record-field");
        var value = valueControl(text);
        name.setLabelFor(value);
        var copy = new Button(null, new FontIcon(Material2AL.CONTENT_COPY));
        copy.getStyleClass().addAll("copy-button", "flat");
        copy.setTooltip(new Tooltip("Copy the " + what));
        copy.setAccessibleText("Copy the " + what);
        copy.setId("copy-" + what.replace(' ', '-').toLowerCase(Locale.ROOT));
        copy.setOnAction(
                e -> {
                    copier.copy(text);
                    copied.setText("Copied the " + what + ".");
                });
        grid.addRow(line, name, value, copy);
        GridPane.setValignment(name, VPos.TOP);
    }

    private static TextInputControl valueControl(String text) {
        TextInputControl control;
        if (text.length() <= ONE_LINE_CHARS && !text.contains("\n")) {
            control = new TextField(text);
        } else {
            var area = new TextArea(text);
            area.setWrapText(true);
            int rows =
                    Math.max(
                            (int) text.lines().count(),
                            (text.length() + CHARS_PER_ROW - 1) / CHARS_PER_ROW);
            area.setPrefRowCount(Math.min(MAX_VALUE_ROWS, rows));
            control = area;
        }
        control.setEditable(false);
        control.getStyleClass().add("record-value");
        return control;
    }
}
