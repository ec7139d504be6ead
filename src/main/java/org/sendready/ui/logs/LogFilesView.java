package org.sendready.ui.logs;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.ui.common.FileDialogs;

/// The files to read and the Analyze button: a suggestion of the system's mail logs, the
/// chosen files oldest first, Add and Remove, then Analyze with its progress and Cancel.
final class LogFilesView extends VBox {
    /// Rows the file list shows before it scrolls: a log and four rotations.
    private static final int VISIBLE_FILES = 5;

    private static final double FILE_ROW_HEIGHT = 34;

    private static final List<FileDialogs.Filter> FILTERS =
            List.of(
                    FileDialogs.Filter.of("Mail logs", "mail.log*", "maillog*", "*.log", "*.gz"),
                    FileDialogs.Filter.of("All files", "*"));

    private final LogsViewModel model;
    private final FileDialogs dialogs;
    private final ListView<LogFile> list;

    LogFilesView(LogsViewModel model, FileDialogs dialogs, ZoneId zone) {
        super(8);
        this.model = model;
        this.dialogs = dialogs;
        this.list = new ListView<>(model.files().files());
        list.setCellFactory(view -> new FileCell(zone));
        getStyleClass().add("log-files");
        getChildren().addAll(suggestion(), fileList(), fileButtons(), filesError(), runBar());
        getChildren().addAll(statusLine(), analysisError());
    }

    private HBox suggestion() {
        var use = new Button("_Use these");
        use.setId("log-use-suggestion");
        use.setMnemonicParsing(true);
        use.getStyleClass().add(Styles.SMALL);
        use.setOnAction(e -> model.files().useSuggestion());
        var suggested = model.files().suggestionProperty();
        var text = new Label();
        text.setId("log-suggestion-text");
        text.setWrapText(true);
        text.textProperty().bind(suggested.map(LogFilesView::suggestionText));
        var icon = new FontIcon(Material2AL.LIGHTBULB);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var row = new HBox(10, icon, text, spacer, use);
        row.setId("log-suggestion");
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("log-suggestion");
        row.visibleProperty().bind(suggested.map(found -> !found.isEmpty()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    static String suggestionText(List<Path> paths) {
        if (paths.isEmpty()) {
            return "";
        }
        var newest = paths.getLast();
        int rotated = paths.size() - 1;
        return "Found "
                + newest
                + (rotated == 0 ? "" : " and " + SummaryTile.count(rotated, "rotated file"))
                + ". Use them, or add other files.";
    }

    private ListView<LogFile> fileList() {
        list.setId("log-files");
        list.getStyleClass().add("log-file-list");
        list.setFixedCellSize(FILE_ROW_HEIGHT);
        list.setPrefHeight(FILE_ROW_HEIGHT * VISIBLE_FILES + 4);
        list.setMinHeight(FILE_ROW_HEIGHT * 2 + 4);
        var empty =
                new Label(
                        "No log files yet. Add mail.log, and its rotations (mail.log.1,"
                                + " mail.log.2.gz, ...) for a longer view.");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.setAccessibleText("Log files to analyze, oldest first");
        list.setOnKeyPressed(
                e -> {
                    var selected = list.getSelectionModel().getSelectedItem();
                    if (e.getCode() == KeyCode.DELETE
                            && selected != null
                            && !model.busyProperty().get()) {
                        model.files().remove(selected);
                        e.consume();
                    }
                });
        return list;
    }

    private HBox fileButtons() {
        var add = new Button("Add _log files...", new FontIcon(Material2AL.ADD));
        add.setId("log-add");
        add.setMnemonicParsing(true);
        add.setTooltip(new Tooltip("Choose Postfix log files; plain or .gz, several at once"));
        add.setOnAction(e -> model.files().add(dialogs.openMany("Postfix log files", FILTERS)));
        add.disableProperty().bind(model.busyProperty());

        var remove = new Button("_Remove", new FontIcon(Material2MZ.REMOVE));
        remove.setId("log-remove");
        remove.setMnemonicParsing(true);
        remove.setTooltip(new Tooltip("Remove the selected file from the list (Delete)"));
        remove.disableProperty()
                .bind(
                        list.getSelectionModel()
                                .selectedItemProperty()
                                .isNull()
                                .or(model.busyProperty()));
        remove.setOnAction(
                e -> {
                    var selected = list.getSelectionModel().getSelectedItem();
                    if (selected != null) {
                        model.files().remove(selected);
                    }
                });
        var note = new Label("Rotated files are read oldest first, by the time they were written.");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        var bar = new HBox(8, add, remove, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Label filesError() {
        return errorLabel("log-files-error", model.files().errorProperty());
    }

    private HBox runBar() {
        var analyze = new Button("_Analyze", new FontIcon(Material2MZ.PLAY_ARROW));
        analyze.setId("log-analyze");
        analyze.setMnemonicParsing(true);
        analyze.getStyleClass().add(Styles.ACCENT);
        analyze.setTooltip(new Tooltip("Read the files and summarize what happened to the mail"));
        analyze.disableProperty()
                .bind(model.busyProperty().or(Bindings.isEmpty(model.files().files())));
        analyze.setOnAction(e -> model.analyze());

        var progress = new ProgressBar();
        progress.setId("log-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(model.progressProperty());
        var progressText = new Label();
        progressText.setId("log-progress-text");
        progressText.getStyleClass().add(Styles.TEXT_MUTED);
        progressText.textProperty().bind(model.progressTextProperty());

        var cancel = new Button("_Cancel", new FontIcon(Material2AL.CLOSE));
        cancel.setId("log-cancel");
        cancel.setMnemonicParsing(true);
        cancel.setTooltip(new Tooltip("Stop reading; the previous results stay"));
        cancel.setOnAction(e -> model.cancel());

        var running = new HBox(10, progress, progressText, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.busyProperty());
        running.managedProperty().bind(model.busyProperty());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(12, analyze, running, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("log-run-bar");
        return bar;
    }

    private Label statusLine() {
        var status = new Label();
        status.setId("log-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(Bindings.isNotEmpty(model.statusProperty()));
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }

    private Label analysisError() {
        return errorLabel("log-error", model.errorProperty());
    }

    private static Label errorLabel(String id, ObservableStringValue text) {
        var label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.DANGER);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /// A chosen file: its name, then its folder, size and time muted.
    private static final class FileCell extends ListCell<LogFile> {
        private static final DateTimeFormatter WRITTEN =
                DateTimeFormatter.ofPattern("MMM d yyyy HH:mm", Locale.ENGLISH);

        private final ZoneId zone;

        FileCell(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        protected void updateItem(LogFile file, boolean empty) {
            super.updateItem(file, empty);
            if (empty || file == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            var name = new Label(file.name(), new FontIcon(Material2AL.DESCRIPTION));
            name.getStyleClass().add("log-file-name");
            var folder = file.path().getParent();
            var details =
                    new Label(
                            (folder == null ? "" : folder + "  ·  ")
                                    + file.size()
                                    + "  ·  written "
                                    + WRITTEN.format(file.modified().atZone(zone)));
            details.getStyleClass().add(Styles.TEXT_MUTED);
            var row = new HBox(12, name, details);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
