package org.sendready.ui.spf;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.spf.LintFinding;
import org.sendready.spf.LookupTally;
import org.sendready.spf.SpfRecord;
import org.sendready.ui.common.Copier;

/// The live preview: the record text with its length, the DNS-lookup gauge (n of 10, through
/// includes when DNS answers) and the lint findings.
final class SpfPreviewView extends VBox {

    SpfPreviewView(SpfBuilderViewModel model, Copier copier) {
        getStyleClass().add("spf-preview");
        setSpacing(8);

        var text = new TextArea();
        text.setId("spf-preview");
        text.getStyleClass().add("mono");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(2);
        text.setAccessibleText("Record preview");
        text.textProperty().bind(model.previewProperty());
        model.recordProperty()
                .addListener(
                        (obs, old, now) ->
                                text.pseudoClassStateChanged(Styles.STATE_DANGER, now == null));
        HBox.setHgrow(text, Priority.ALWAYS);
        var copy = new Button(null, new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("spf-copy-preview");
        copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        copy.setTooltip(new Tooltip("Copy the record"));
        copy.setAccessibleText("Copy the record");
        copy.disableProperty().bind(model.recordProperty().isNull());
        copy.setOnAction(e -> copier.copy(model.previewProperty().get()));
        var previewRow = new HBox(6, text, copy);
        previewRow.setAlignment(Pos.TOP_LEFT);

        var length = new Label();
        length.setId("spf-length");
        length.getStyleClass().add("spf-muted");
        length.textProperty().bind(model.lengthTextProperty());

        var recordError = new Label();
        recordError.setId("spf-record-error");
        recordError.getStyleClass().add("spf-field-error");
        recordError.setWrapText(true);
        recordError.textProperty().bind(model.recordErrorProperty());
        recordError.managedProperty().bind(recordError.textProperty().isNotEmpty());
        recordError.visibleProperty().bind(recordError.managedProperty());

        getChildren().addAll(previewRow, length, recordError, gauge(model.gauge()), lint(model));
    }

    private static VBox gauge(SpfLookupGaugeViewModel gauge) {
        var bar = new ProgressBar(0);
        bar.setId("spf-gauge");
        bar.getStyleClass().add("spf-gauge");
        bar.setPrefWidth(220);
        var text = new Label();
        text.setId("spf-gauge-text");
        text.getStyleClass().add("spf-gauge-text");
        text.textProperty().bind(gauge.textProperty());
        var counting = new ProgressIndicator();
        counting.setPrefSize(16, 16);
        counting.visibleProperty().bind(gauge.countingProperty());
        var line = new HBox(10, bar, text, counting);
        line.setAlignment(Pos.CENTER_LEFT);
        var note = new Label();
        note.setId("spf-gauge-note");
        note.getStyleClass().add("spf-muted");
        note.setWrapText(true);
        note.textProperty().bind(gauge.noteProperty());
        gauge.tallyProperty().addListener((obs, old, now) -> showTally(bar, text, now));
        showTally(bar, text, gauge.tallyProperty().get());
        var box = new VBox(4, line, note);
        box.getStyleClass().add("spf-gauge-box");
        return box;
    }

    private static void showTally(ProgressBar bar, Label text, LookupTally tally) {
        bar.setProgress(
                tally == null
                        ? 0
                        : Math.min(1.0, tally.lookups() / (double) SpfRecord.MAX_DNS_TERMS));
        for (var level : LookupTally.Level.values()) {
            var pseudo = PseudoClass.getPseudoClass(level.name().toLowerCase(Locale.ROOT));
            boolean on = tally != null && tally.level() == level;
            bar.pseudoClassStateChanged(pseudo, on);
            text.pseudoClassStateChanged(pseudo, on);
        }
    }

    private static VBox lint(SpfBuilderViewModel model) {
        var list = new VBox(4);
        list.setId("spf-lint");
        list.getStyleClass().add("spf-lint");
        model.lint()
                .addListener(
                        (ListChangeListener<LintFinding>)
                                change -> {
                                    list.getChildren().clear();
                                    model.lint().forEach(f -> list.getChildren().add(finding(f)));
                                });
        model.lint().forEach(f -> list.getChildren().add(finding(f)));
        return list;
    }

    private static Label finding(LintFinding finding) {
        var icon =
                switch (finding.severity()) {
                    case ERROR -> new FontIcon(Material2AL.ERROR);
                    case WARNING -> new FontIcon(Material2MZ.WARNING);
                    case INFO -> new FontIcon(Material2AL.INFO);
                };
        var where =
                finding.termIndex().isPresent()
                        ? "Term " + (finding.termIndex().getAsInt() + 1) + ": "
                        : "";
        var label = new Label(where + finding.message(), icon);
        label.getStyleClass().addAll("spf-finding", "spf-finding-" + finding.severity().id());
        label.setWrapText(true);
        label.setAccessibleText(finding.severity().id() + ": " + where + finding.message());
        return label;
    }
}
