package org.sendready.ui.export;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.plan.SetupPlan;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.FileDialogs;
import org.sendready.ui.common.UiThreads;

/// The export dialog: pick a format on the left, read the exact text on the right, copy it
/// all or save it to a file. Escape closes it.
public final class ExportDialog {
    static final double WIDTH = 1000;
    static final double HEIGHT = 660;

    /// Width of a format's name and description in the list.
    private static final double CELL_TEXT_WIDTH = 300;

    /// The status line's style when a save failed.
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final ExportViewModel model;
    private final Stage stage = new Stage();

    public ExportDialog(
            Window owner, SetupPlan plan, Copier copier, FileDialogs files, UiThreads threads) {
        this.model = new ExportViewModel(plan, copier, files, threads);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export - " + plan.domain().unicode() + " - sendready");

        var root = new BorderPane();
        root.getStyleClass().add("export-dialog");
        root.setLeft(choiceList());
        root.setCenter(preview());
        root.setBottom(buttons());
        var scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets()
                .addAll(
                        ExportDialog.class
                                .getResource("/org/sendready/ui/sendready.css")
                                .toExternalForm(),
                        ExportDialog.class.getResource("ExportDialog.css").toExternalForm());
        scene.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        e.consume();
                        stage.close();
                    }
                });
        stage.setScene(scene);
    }

    public ExportViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    /// Shows the dialog over its owner and returns at once.
    public void show() {
        stage.show();
        stage.toFront();
    }

    private Region choiceList() {
        var list = new ListView<ExportChoice>();
        list.setId("export-choices");
        list.getItems().setAll(model.choices());
        list.setCellFactory(view -> new ChoiceCell());
        list.getSelectionModel().select(model.choiceProperty().get());
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now != null) {
                                model.choiceProperty().set(now);
                            }
                        });
        list.setPrefWidth(CELL_TEXT_WIDTH + 40);
        list.getStyleClass().add("export-choices");
        var title = new Label("Format");
        title.getStyleClass().add("export-column-title");
        title.setLabelFor(list);
        var column = new VBox(8, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        column.getStyleClass().add("export-left");
        return column;
    }

    private Region preview() {
        var title = new Label();
        title.getStyleClass().add("export-column-title");
        title.textProperty().bind(model.choiceProperty().map(ExportChoice::label).orElse(""));
        var subtitle = new Label();
        subtitle.getStyleClass().add("export-subtitle");
        subtitle.setWrapText(true);
        subtitle.textProperty()
                .bind(model.choiceProperty().map(ExportChoice::description).orElse(""));
        var problem = new Label();
        problem.setId("export-problem");
        problem.getStyleClass().add("export-problem");
        problem.setWrapText(true);
        problem.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        var text = new TextArea();
        text.setId("export-preview");
        text.setEditable(false);
        text.getStyleClass().addAll("mono", "export-preview");
        text.textProperty().bind(model.textProperty());
        text.setAccessibleText("Export preview");
        title.setLabelFor(text);
        var column = new VBox(8, new VBox(2, title, subtitle), problem, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        column.getStyleClass().add("export-right");
        return column;
    }

    private Region buttons() {
        var status = new Label();
        status.setId("export-status");
        status.getStyleClass().add("export-status");
        status.textProperty().bind(model.statusProperty());
        model.failedProperty()
                .addListener((obs, old, failed) -> status.pseudoClassStateChanged(FAILED, failed));
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);

        var copy = new Button("_Copy all", new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("export-copy");
        copy.setMnemonicParsing(true);
        copy.setTooltip(new Tooltip("Copy the whole text to the clipboard"));
        copy.disableProperty().bind(model.exportableProperty().not());
        copy.setOnAction(e -> model.copyAll());
        var save = new Button("_Save to file...", new FontIcon(Material2MZ.SAVE_ALT));
        save.setId("export-save");
        save.setMnemonicParsing(true);
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip("Write the text to a file you choose"));
        save.disableProperty().bind(model.exportableProperty().not());
        save.setOnAction(e -> model.saveToFile());
        var close = new Button("Close");
        close.setId("export-close");
        close.setCancelButton(true);
        close.setTooltip(new Tooltip("Close the dialog (Escape)"));
        close.setOnAction(e -> stage.close());
        var bar = new HBox(8, status, copy, save, close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("export-buttons");
        return bar;
    }

    /// A format in the list, under its group's heading when it is the group's first.
    private final class ChoiceCell extends ListCell<ExportChoice> {
        @Override
        protected void updateItem(ExportChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            var label = new Label(item.label());
            label.getStyleClass().add("export-choice-label");
            var description = new Label(item.description());
            description.getStyleClass().add("export-choice-description");
            description.setWrapText(true);
            description.setMinHeight(Region.USE_PREF_SIZE);
            description.setPrefWidth(CELL_TEXT_WIDTH);
            var box = new VBox(2);
            int index = getIndex();
            var choices = model.choices();
            if (index == 0 || !choices.get(index - 1).group().equals(item.group())) {
                var group = new Label(item.group());
                group.getStyleClass().add("export-choice-group");
                box.getChildren().add(group);
            }
            box.getChildren().addAll(label, description);
            box.setMaxWidth(CELL_TEXT_WIDTH);
            setGraphic(box);
            setAccessibleText(item.group() + ": " + item.label());
        }
    }
}
