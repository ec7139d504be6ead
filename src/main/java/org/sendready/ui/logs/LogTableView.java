package org.sendready.ui.logs;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sendready.logs.CodeCount;
import org.sendready.logs.DeliveryStatus;
import org.sendready.logs.DomainStats;
import org.sendready.operate.FixStep;
import org.sendready.ui.wizard.WizardStep;

/// The filterable table: recipient domains, DSN codes or reasons, narrowed by text, status
/// and DSN class. Columns sort; counts are right-aligned with thousands grouped.
final class LogTableView extends VBox {
    private static final double TABLE_HEIGHT = 360;

    /// The last column takes the width left, but not less than this.
    private static final double LAST_COLUMN_MIN_WIDTH = 150;

    /// Wide enough for a header such as "DNS failures" and a count in the millions.
    private static final double COUNT_WIDTH = 100;

    /// Wide enough for "any status" and "deferred" with the arrow.
    private static final double STATUS_WIDTH = 130;

    /// Wide enough for "4.x.x temporary failure" with the arrow.
    private static final double DSN_CLASS_WIDTH = 210;

    private final LogsViewModel model;
    private final LogTableFilter filter;

    LogTableView(LogsViewModel model) {
        super(10);
        this.model = model;
        this.filter = model.table();
        var domains = domainTable();
        var codes = codeTable();
        var reasons = reasonTable();
        show(domains, TableMode.DOMAINS);
        show(codes, TableMode.CODES);
        show(reasons, TableMode.REASONS);
        var tables = new StackPane(domains, codes, reasons);
        tables.setPrefHeight(TABLE_HEIGHT);
        tables.setMinHeight(TABLE_HEIGHT);
        getChildren().addAll(modeBar(), filterBar(), tables);
    }

    private HBox modeBar() {
        var group = new ToggleGroup();
        var bar = new HBox();
        var modes = TableMode.values();
        for (int i = 0; i < modes.length; i++) {
            var mode = modes[i];
            var button = new ToggleButton(mode.label());
            button.setId("log-mode-" + mode.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setSelected(filter.modeProperty().get() == mode);
            button.getStyleClass()
                    .add(
                            i == 0
                                    ? Styles.LEFT_PILL
                                    : i == modes.length - 1
                                            ? Styles.RIGHT_PILL
                                            : Styles.CENTER_PILL);
            button.setOnAction(
                    e -> {
                        // A pill stays pressed: clicking the selected one again keeps it.
                        button.setSelected(true);
                        filter.modeProperty().set(mode);
                    });
            bar.getChildren().add(button);
        }
        var label = new Label("Rows:");
        var box = new HBox(8, label, bar);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox filterBar() {
        var text = new TextField();
        text.setId("log-filter");
        text.setPromptText("recipient domain, code or words of a reason");
        text.textProperty().bindBidirectional(filter.textProperty());
        text.setAccessibleText("Filter rows by recipient domain, code or words of a reason");
        var textLabel = new Label("Fil_ter");
        textLabel.setMnemonicParsing(true);
        textLabel.setLabelFor(text);

        var status = new ComboBox<DeliveryStatus>();
        status.setId("log-status-filter");
        status.getItems().add(null);
        status.getItems().addAll(DeliveryStatus.values());
        status.valueProperty().bindBidirectional(filter.statusProperty());
        status.setButtonCell(cell(s -> s == null ? "any status" : s.id()));
        status.setCellFactory(list -> cell(s -> s == null ? "any status" : s.id()));
        status.setAccessibleText("Status filter");
        status.setTooltip(new Tooltip("Only rows with outcomes of this status"));

        var dsn = new ComboBox<DsnClass>();
        dsn.setId("log-dsn-filter");
        dsn.getItems().add(null);
        dsn.getItems().addAll(DsnClass.values());
        dsn.valueProperty().bindBidirectional(filter.dsnClassProperty());
        dsn.setButtonCell(cell(c -> c == null ? "any DSN class" : c.label()));
        dsn.setCellFactory(list -> cell(c -> c == null ? "any DSN class" : c.label()));
        dsn.setAccessibleText("DSN class filter");
        dsn.disableProperty().bind(filter.modeProperty().isEqualTo(TableMode.DOMAINS));
        dsn.setTooltip(
                new Tooltip(
                        "Only codes and reasons of this class (RFC 3463); recipient domain rows"
                                + " have no codes"));

        var clear = new Button("Clear filters");
        clear.setId("log-clear-filters");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(
                e -> {
                    filter.textProperty().set("");
                    filter.statusProperty().set(null);
                    filter.dsnClassProperty().set(null);
                });

        var count = new Label();
        count.setId("log-row-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        String.format(
                                                Locale.ROOT,
                                                "%,d of %,d rows",
                                                filter.shown(),
                                                filter.total()),
                                filter.modeProperty(),
                                filter.domains(),
                                filter.codes(),
                                filter.reasons()));
        text.setPrefColumnCount(12);
        HBox.setHgrow(text, Priority.ALWAYS);
        status.setPrefWidth(STATUS_WIDTH);
        dsn.setPrefWidth(DSN_CLASS_WIDTH);
        for (var fixed : List.of(textLabel, status, dsn, clear, count)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        var bar = new HBox(8, textLabel, text, status, dsn, clear, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void show(TableView<?> table, TableMode mode) {
        table.visibleProperty().bind(filter.modeProperty().isEqualTo(mode));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var columns = table.getColumns();
        columns.forEach(c -> c.setMinWidth(c.getPrefWidth()));
        columns.getLast().setMinWidth(LAST_COLUMN_MIN_WIDTH);
        table.getStyleClass().addAll(Styles.DENSE, "log-table");
        var none = new Label("No rows match the filters.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(none);
    }

    private TableView<DomainStats> domainTable() {
        var table = new TableView<DomainStats>();
        table.setId("log-table-domains");
        var domain =
                text(
                        "Recipient domain",
                        (DomainStats d) -> d.domain().isEmpty() ? "(local)" : d.domain());
        domain.setPrefWidth(260);
        table.getColumns()
                .setAll(
                        domain,
                        count("Delivered", DomainStats::sent),
                        count("Deferred", DomainStats::deferred),
                        count("Bounced", DomainStats::bounced),
                        count("Expired", DomainStats::expired),
                        count("DNS failures", DomainStats::dnsFailures));
        bindSorted(table, filter.domains());
        return table;
    }

    private TableView<CodeCount> codeTable() {
        var table = new TableView<CodeCount>();
        table.setId("log-table-codes");
        var code = text("DSN code", (CodeCount c) -> c.dsn().isEmpty() ? "(none)" : c.dsn());
        code.setPrefWidth(160);
        var cls =
                text(
                        "Class",
                        (CodeCount c) -> DsnClass.of(c.dsn()).map(DsnClass::label).orElse(""));
        cls.setPrefWidth(200);
        table.getColumns()
                .setAll(
                        code,
                        cls,
                        count("Delivered", CodeCount::sent),
                        count("Deferred", CodeCount::deferred),
                        count("Bounced", CodeCount::bounced));
        bindSorted(table, filter.codes());
        return table;
    }

    private TableView<ReasonRow> reasonTable() {
        var table = new TableView<ReasonRow>();
        table.setId("log-table-reasons");
        var status = text("Status", (ReasonRow r) -> r.status().id());
        status.setPrefWidth(80);
        var dsn = text("Code", ReasonRow::dsn);
        dsn.setPrefWidth(65);
        var reason = text("Reason", (ReasonRow r) -> r.reason().reason());
        reason.setPrefWidth(300);
        reason.setCellFactory(column -> new ReasonCell());
        var recipient = text("For example to", (ReasonRow r) -> r.reason().exampleRecipient());
        recipient.setPrefWidth(150);
        var fix = new TableColumn<ReasonRow, ReasonRow>("Fix");
        fix.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        fix.setCellFactory(column -> new FixCell(model));
        fix.setSortable(false);
        fix.setPrefWidth(115);
        // The reason last: it takes the width left, and its cell's tooltip has it whole.
        table.getColumns()
                .setAll(count("Attempts", ReasonRow::count), status, dsn, fix, recipient, reason);
        bindSorted(table, filter.reasons());
        return table;
    }

    private static <T> void bindSorted(TableView<T> table, ObservableList<T> rows) {
        var sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        var column = new TableColumn<T, String>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return column;
    }

    private static <T> TableColumn<T, Long> count(String title, ToLongFunction<T> value) {
        var column = new TableColumn<T, Long>(title);
        column.setCellValueFactory(
                row -> new ReadOnlyObjectWrapper<>(value.applyAsLong(row.getValue())));
        column.setCellFactory(c -> new CountCell<>());
        column.setPrefWidth(COUNT_WIDTH);
        column.setSortType(TableColumn.SortType.DESCENDING);
        return column;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    /// A count, right-aligned, thousands grouped.
    private static final class CountCell<T> extends TableCell<T, Long> {
        CountCell() {
            setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(Long value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : String.format(Locale.ROOT, "%,d", value));
        }
    }

    /// A reason in a monospace font, whole in its tooltip.
    private static final class ReasonCell extends TableCell<ReasonRow, String> {
        ReasonCell() {
            getStyleClass().add("mono");
        }

        @Override
        protected void updateItem(String reason, boolean empty) {
            super.updateItem(reason, empty);
            setText(empty ? null : reason);
            setTooltip(empty || reason == null ? null : new Tooltip(reason));
        }
    }

    /// The step's name short enough for a table cell: `PTR`, `SPF`, `Bounce`, `Blocklists`.
    static String shortName(FixStep fix) {
        return switch (fix) {
            case PTR, SPF, DKIM, DMARC -> fix.name();
            case BOUNCE -> "Bounce";
            case MX -> "Domain";
            case BLOCKLIST -> WizardStep.BLOCKLISTS.title();
        };
    }

    /// "Fix in SPF" for a reason the user's own setup causes; empty otherwise.
    private static final class FixCell extends TableCell<ReasonRow, ReasonRow> {
        private final LogsViewModel model;

        FixCell(LogsViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(ReasonRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null || row.fixes().isEmpty()) {
                setGraphic(null);
                return;
            }
            var fix = row.fixes().getFirst();
            var target = WizardStep.fixing(fix);
            var button = new Button("Fix in " + shortName(fix));
            button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
            button.setMnemonicParsing(false);
            button.setTooltip(
                    new Tooltip("Open the " + target.title() + " step, which fixes this"));
            button.setOnAction(e -> model.fix(fix));
            setGraphic(button);
        }
    }
}
