package org.sendready.ui.bounces;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.ui.bounces.BouncesViewModel.Origin;
import org.sendready.ui.bounces.SuppressionExport.Format;
import org.sendready.ui.common.SectionTitle;
import org.sendready.ui.wizard.StepPage;
import org.sendready.ui.wizard.WizardContext;

/// The Bounces page: choose files or a mailbox (and a token key), process in the background
/// with progress and Cancel, then the totals, the setup problems with a button to the step
/// that fixes each, every recipient in a filterable table, and the exports.
public final class BouncesPage implements StepPage {
    /// Room for about a dozen rows; the page scrolls around it.
    private static final double TABLE_HEIGHT = 350;

    private static final double FIELD_WIDTH = 300;

    /// A row whose address goes on the suppression list.
    private static final PseudoClass SUPPRESSED = PseudoClass.getPseudoClass("suppressed");

    private final BouncesViewModel viewModel;
    private final VBox root = new VBox();
    private final PasswordField password = new PasswordField();

    public BouncesPage(WizardContext context) {
        this.viewModel =
                new BouncesViewModel(
                        context.model(), context.files(), context.threads(), context.clock());
        root.getStyleClass().addAll("page", "bounces-page");
        root.getStylesheets()
                .add(BouncesPage.class.getResource("BouncesPage.css").toExternalForm());
        var lead =
                new Label(
                        "Read the mail that came back: which addresses no longer take mail (stop"
                                + " sending to them), which bounces were only temporary, and which"
                                + " were caused by your own setup (fix the step, the addresses are"
                                + " fine).");
        lead.getStyleClass().add("lead");
        lead.setWrapText(true);
        var results = results();
        results.setId("bounces-results");
        results.visibleProperty().bind(viewModel.reportProperty().isNotNull());
        results.managedProperty().bind(results.visibleProperty());
        root.getChildren()
                .addAll(
                        lead,
                        SectionTitle.of("Messages"),
                        sourceSection(),
                        SectionTitle.of("Return-Path tokens"),
                        keySection(),
                        processBar(),
                        results);
    }

    public BouncesViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void left() {
        viewModel.left();
    }

    private Node sourceSection() {
        var group = new ToggleGroup();
        var filesChoice = radio("_Files (.eml, mbox, Maildir)", "bounces-origin-files", group);
        var mailboxChoice = radio("_Mailbox server (IMAP, POP3)", "bounces-origin-mailbox", group);
        filesChoice.setUserData(Origin.FILES);
        mailboxChoice.setUserData(Origin.MAILBOX);
        bindToggle(group, viewModel.originProperty());

        var filesPane = filesPane();
        var mailboxPane = new MailboxFormView(viewModel.mailbox(), password).view();
        filesPane.visibleProperty().bind(viewModel.originProperty().isEqualTo(Origin.FILES));
        filesPane.managedProperty().bind(filesPane.visibleProperty());
        mailboxPane.visibleProperty().bind(viewModel.originProperty().isEqualTo(Origin.MAILBOX));
        mailboxPane.managedProperty().bind(mailboxPane.visibleProperty());
        return new VBox(10, new HBox(18, filesChoice, mailboxChoice), filesPane, mailboxPane);
    }

    private Node filesPane() {
        var eml = button("Choose ._eml files...", "bounces-choose-eml", viewModel::chooseEml);
        eml.setTooltip(new Tooltip("One or more returned messages, one per file"));
        var mbox = button("Choose mb_ox file...", "bounces-choose-mbox", viewModel::chooseMbox);
        mbox.setTooltip(new Tooltip("A mailbox file with many messages (RFC 4155)"));
        var maildir =
                button("Choose Maildi_r...", "bounces-choose-maildir", viewModel::chooseMaildir);
        maildir.setTooltip(new Tooltip("A Maildir folder: the messages in new/ and cur/"));
        var chosen = new Label();
        chosen.setId("bounces-chosen");
        chosen.getStyleClass().add(Styles.TEXT_MUTED);
        chosen.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        viewModel.chosenProperty().get() == null
                                                ? "Nothing chosen yet."
                                                : viewModel.chosenProperty().get().describe(),
                                viewModel.chosenProperty()));
        chosen.setWrapText(true);
        return new VBox(8, new HBox(8, eml, mbox, maildir), chosen);
    }

    private Node keySection() {
        var intro =
                new Label(
                        "With the token key, only bounces carrying a valid token made for the"
                                + " recipient suppress an address, so forged bounces cannot empty"
                                + " your list. Without it, every hard bounce counts.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        var choose = button("Token _key...", "bounces-key", viewModel::chooseKey);
        choose.setGraphic(new FontIcon(Material2MZ.VPN_KEY));
        var forget = button("Forget key", "bounces-forget-key", viewModel::forgetKey);
        forget.disableProperty().bind(viewModel.keyStatusProperty().isEmpty());
        var status = statusLabel("bounces-key-status", viewModel.keyStatusProperty());
        viewModel
                .keyFailedProperty()
                .addListener(
                        (obs, old, now) ->
                                status.pseudoClassStateChanged(Styles.STATE_DANGER, now));
        return new VBox(8, intro, new HBox(8, choose, forget), status);
    }

    private Node processBar() {
        var process = button("_Process", "bounces-process", this::process);
        process.getStyleClass().add(Styles.ACCENT);
        process.setGraphic(new FontIcon(Material2MZ.PLAY_ARROW));
        process.setDefaultButton(false);
        process.disableProperty().bind(viewModel.runningProperty());
        var cancel = button("_Cancel", "bounces-cancel", viewModel::cancel);
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        var spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(viewModel.runningProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        var count = new Label();
        count.setId("bounces-progress");
        count.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> viewModel.processedProperty().get() + " messages processed",
                                viewModel.processedProperty()));
        count.visibleProperty().bind(viewModel.runningProperty());
        count.managedProperty().bind(count.visibleProperty());
        var row = new HBox(10, process, cancel, spinner, count);
        row.setAlignment(Pos.CENTER_LEFT);
        var status = statusLabel("bounces-status", viewModel.statusProperty());
        viewModel
                .failedProperty()
                .addListener(
                        (obs, old, now) ->
                                status.pseudoClassStateChanged(Styles.STATE_DANGER, now));
        var box = new VBox(8, row, status);
        box.getStyleClass().add("bounces-process");
        return box;
    }

    /// Hands the typed password over for one run and clears the field.
    private void process() {
        var typed = password.getCharacters();
        var chars = new char[typed.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = typed.charAt(i);
        }
        if (viewModel.originProperty().get() == Origin.MAILBOX) {
            password.clear();
        }
        viewModel.process(chars);
    }

    private VBox results() {
        var tiles = new FlowPane(10, 10);
        tiles.setId("bounces-tiles");
        viewModel
                .reportProperty()
                .addListener(
                        (obs, old, now) ->
                                tiles.getChildren()
                                        .setAll(
                                                now == null
                                                        ? List.of()
                                                        : BounceTiles.of(now).stream()
                                                                .map(BouncesPage::tile)
                                                                .toList()));
        var problems = new SetupProblemsView(viewModel).view();
        var filter = new TextField();
        filter.setId("bounces-filter");
        filter.setPromptText("Filter: address, class, code, cause...");
        filter.setPrefWidth(FIELD_WIDTH);
        filter.setMaxWidth(FIELD_WIDTH);
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        var exportCsv =
                button(
                        "Export CS_V...",
                        "bounces-export-csv",
                        () -> viewModel.export().save(Format.CSV));
        exportCsv.setGraphic(new FontIcon(Material2MZ.SAVE_ALT));
        exportCsv.setTooltip(new Tooltip("The addresses to stop sending to, as CSV (owner-only)"));
        var exportJson =
                button(
                        "Export _JSON...",
                        "bounces-export-json",
                        () -> viewModel.export().save(Format.JSON));
        exportJson.setTooltip(
                new Tooltip(
                        "The whole report with the suppression list, as `sendready bounce process"
                                + " --json` prints it"));
        exportCsv.disableProperty().bind(viewModel.export().possibleProperty().not());
        exportJson.disableProperty().bind(viewModel.export().possibleProperty().not());
        var exportStatus =
                statusLabel("bounces-export-status", viewModel.export().statusProperty());
        viewModel
                .export()
                .failedProperty()
                .addListener(
                        (obs, old, now) ->
                                exportStatus.pseudoClassStateChanged(Styles.STATE_DANGER, now));
        var exportRow = new HBox(8, exportCsv, exportJson);
        return new VBox(
                12,
                SectionTitle.of("Summary"),
                tiles,
                problems,
                SectionTitle.of("Recipients"),
                filter,
                table(),
                legend(),
                SectionTitle.of("Suppression list"),
                exportRow,
                exportStatus);
    }

    private static Node legend() {
        var legend =
                new Label(
                        "Bold rows are the addresses to suppress. Hover over a row for the whole"
                                + " reason and why an address was kept.");
        legend.getStyleClass().add(Styles.TEXT_MUTED);
        legend.setWrapText(true);
        return legend;
    }

    private static Node tile(BounceTiles.Tile tile) {
        var value = new Label(tile.value());
        value.getStyleClass().add("tile-value");
        var title = new Label(tile.title());
        title.getStyleClass().add("tile-title");
        var detail = new Label(tile.detail());
        detail.getStyleClass().add("tile-detail");
        detail.setWrapText(true);
        var box = new VBox(2, value, title, detail);
        box.setId("bounces-tile-" + tile.id());
        box.getStyleClass().addAll("bounce-tile", "tile-" + tile.id());
        return box;
    }

    private Node table() {
        var table = new TableView<>(viewModel.rows());
        table.setId("bounces-table");
        table.setPrefHeight(TABLE_HEIGHT);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No recipient matches the filter."));
        table.getColumns()
                .addAll(
                        column("Address", BounceRow::address, 184),
                        column("Class", BounceRow::bounceClass, 92),
                        column("Code", BounceRow::status, 64),
                        column("Token", BounceRow::token, 68),
                        column("Cause", BounceRow::setupCause, 140),
                        column("Reason", BounceRow::reason, 280));
        table.setRowFactory(
                t -> {
                    var row = new TableRow<BounceRow>();
                    row.itemProperty()
                            .addListener(
                                    (obs, old, now) -> {
                                        row.setTooltip(
                                                now == null
                                                        ? null
                                                        : new Tooltip(
                                                                now.source()
                                                                        + "\n"
                                                                        + now.reason()
                                                                        + "\n"
                                                                        + now.decision()));
                                        row.pseudoClassStateChanged(
                                                SUPPRESSED, now != null && now.suppressed());
                                    });
                    return row;
                });
        VBox.setVgrow(table, Priority.NEVER);
        return table;
    }

    private static TableColumn<BounceRow, String> column(
            String title, Function<BounceRow, String> value, double width) {
        var column = new TableColumn<BounceRow, String>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }

    static Button button(String text, String id, Runnable action) {
        var button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    static RadioButton radio(String text, String id, ToggleGroup group) {
        var radio = new RadioButton(text);
        radio.setId(id);
        radio.setMnemonicParsing(true);
        radio.setToggleGroup(group);
        return radio;
    }

    /// Keeps `group`'s selection (toggles carry their value as user data) and `property` equal.
    static <T> void bindToggle(ToggleGroup group, Property<T> property) {
        Runnable select =
                () ->
                        group.getToggles().stream()
                                .filter(t -> t.getUserData() == property.getValue())
                                .findFirst()
                                .ifPresent(t -> t.setSelected(true));
        select.run();
        group.selectedToggleProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now != null) {
                                @SuppressWarnings("unchecked")
                                var value = (T) now.getUserData();
                                property.setValue(value);
                            }
                        });
        property.addListener((obs, old, now) -> select.run());
    }

    static Label statusLabel(String id, ObservableValue<String> text) {
        var label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
