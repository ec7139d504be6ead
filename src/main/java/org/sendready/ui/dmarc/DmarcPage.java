package org.sendready.ui.dmarc;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.sendready.dmarc.Alignment;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dmarc.RequestedPolicy;
import org.sendready.ui.common.ChoiceLabels;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.RecordCard;
import org.sendready.ui.common.SectionTitle;
import org.sendready.ui.wizard.StepPage;
import org.sendready.ui.wizard.WizardContext;

/// The DMARC step's page: policy, subdomain policy, share, alignment and report addresses,
/// each with what it does, the staged rollout, and the records as cards.
public final class DmarcPage implements StepPage {
    private static final double ADDRESS_WIDTH = 320;

    /// Wide enough for "same as the domain (no sp)".
    private static final double CONTROL_WIDTH = 250;

    private final DmarcViewModel viewModel;
    private final Copier copier;
    private final VBox root = new VBox();
    private final VBox cards = new VBox();

    public DmarcPage(WizardContext context) {
        this.viewModel = new DmarcViewModel(context.model().project());
        this.copier = context.copier();
        root.getStyleClass().addAll("page", "dmarc-page");
        root.getStylesheets().add(DmarcPage.class.getResource("DmarcPage.css").toExternalForm());
        var lead =
                new Label(
                        "DMARC tells receivers what to do with mail that claims to be from your"
                                + " domain but passes neither SPF nor DKIM for it, and where to"
                                + " send reports about the mail they see from your domain.");
        lead.getStyleClass().add("lead");
        lead.setWrapText(true);
        root.getChildren()
                .addAll(
                        lead,
                        SectionTitle.of("Policy (p)"),
                        policySection(),
                        rollout(),
                        SectionTitle.of("Alignment"),
                        alignmentSection(),
                        SectionTitle.of("Reports"),
                        reportsSection(),
                        SectionTitle.of("Records to publish"),
                        recordsSection());
    }

    public DmarcViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node view() {
        return root;
    }

    private Node policySection() {
        var group = new ToggleGroup();
        var buttons = new HBox(18);
        for (var each : RequestedPolicy.values()) {
            var button = new RadioButton(mnemonic(each));
            button.setMnemonicParsing(true);
            button.setId("dmarc-p-" + each.tagValue());
            button.setToggleGroup(group);
            button.setUserData(each);
            button.setSelected(viewModel.policyProperty().get() == each);
            button.setTooltip(new Tooltip(DmarcViewModel.effect(each)));
            buttons.getChildren().add(button);
        }
        group.selectedToggleProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now != null) {
                                viewModel.policyProperty().set((RequestedPolicy) now.getUserData());
                            }
                        });
        viewModel
                .policyProperty()
                .addListener(
                        (obs, old, now) ->
                                group.getToggles().stream()
                                        .filter(t -> t.getUserData() == now)
                                        .findFirst()
                                        .ifPresent(t -> t.setSelected(true)));
        var effect = text(viewModel.policyEffectProperty(), "dmarc-p-effect");

        var subdomains = new ComboBox<Optional<RequestedPolicy>>();
        subdomains.setId("dmarc-sp");
        subdomains.setPrefWidth(CONTROL_WIDTH);
        subdomains.getItems().add(Optional.empty());
        for (var each : RequestedPolicy.values()) {
            subdomains.getItems().add(Optional.of(each));
        }
        subdomains.setConverter(
                new ChoiceLabels<>(
                        subdomains.getItems(),
                        sp ->
                                sp.map(RequestedPolicy::tagValue)
                                        .orElse("same as the domain (no sp)")));
        subdomains.valueProperty().bindBidirectional(viewModel.subdomainPolicyProperty());
        subdomains.setTooltip(
                new Tooltip(
                        "The policy for mail from subdomains such as news.example.com that have"
                                + " no DMARC record of their own"));

        var percent = new Spinner<Integer>();
        percent.setId("dmarc-pct");
        percent.setEditable(true);
        percent.setPrefWidth(110);
        var factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(
                        0, DmarcPolicy.MAX_PERCENT, viewModel.percentProperty().get(), 5);
        percent.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(viewModel.percentProperty());
        percent.setTooltip(new Tooltip("pct: the share of failing mail the policy applies to"));

        var grid = grid();
        addRow(
                grid,
                0,
                "Subdomains (_sp)",
                subdomains,
                new Label(
                        "Mail from a subdomain (news.example.com) without a DMARC record of its"
                                + " own gets this policy."));
        addRow(
                grid,
                1,
                "Share (p_ct)",
                percent,
                text(viewModel.percentEffectProperty(), "dmarc-pct-effect"));
        buttons.setAccessibleText("Policy (p)");
        return new VBox(8, buttons, effect, grid);
    }

    /// `n_one` (Alt+N is Next), `_quarantine`, `_reject`.
    private static String mnemonic(RequestedPolicy policy) {
        return switch (policy) {
            case NONE -> "n_one";
            case QUARANTINE -> "_quarantine";
            case REJECT -> "_reject";
        };
    }

    private Node rollout() {
        var message =
                new Message(
                        "Roll out in stages",
                        "1. Start with none and a report address. Read the reports for two to"
                                + " four weeks and fix every service of yours that fails (newsletter"
                                + " tools, CRM, ticket systems).\n"
                                + "2. Move to quarantine, perhaps with a share of 25% first, then"
                                + " 100%.\n"
                                + "3. Move to reject once the reports show that only forged mail"
                                + " fails.",
                        new FontIcon(Material2AL.INFO));
        message.getStyleClass().add(Styles.ACCENT);
        message.setId("dmarc-rollout");
        return message;
    }

    private Node alignmentSection() {
        var intro =
                new Label(
                        "DMARC passes when SPF or DKIM passes for a domain that matches your From:"
                                + " domain. Relaxed lets a subdomain match (mail.example.com for"
                                + " example.com); strict needs exactly the From: domain. Relaxed is"
                                + " the default and right for almost everyone.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        var grid = grid();
        addRow(
                grid,
                0,
                "_DKIM alignment (adkim)",
                alignment(viewModel.dkimAlignmentProperty(), "dmarc-adkim"),
                new Label("The d= domain of the DKIM signature against the From: domain."));
        addRow(
                grid,
                1,
                "SP_F alignment (aspf)",
                alignment(viewModel.spfAlignmentProperty(), "dmarc-aspf"),
                new Label(
                        "The envelope sender (Return-Path) domain SPF checked against the From:"
                                + " domain. Strict does not align a bounce domain such as"
                                + " bounces.example.com."));
        return new VBox(8, intro, grid);
    }

    private Node reportsSection() {
        var intro =
                new Label(
                        "Aggregate reports (rua) are daily summaries of who sent mail as your"
                                + " domain and whether it passed: the reports the rollout relies"
                                + " on. Failure reports (ruf) are copies of single failing messages;"
                                + " few receivers send them. Separate several addresses with"
                                + " commas.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        var rua =
                address(
                        viewModel.aggregateReportsProperty(),
                        viewModel.aggregateErrorProperty(),
                        "dmarc-rua");
        var ruf =
                address(
                        viewModel.failureReportsProperty(),
                        viewModel.failureErrorProperty(),
                        "dmarc-ruf");
        var grid = grid();
        addRow(grid, 0, "_Aggregate reports (rua)", rua.field, rua.error);
        addRow(grid, 1, "Fa_ilure reports (ruf)", ruf.field, ruf.error);
        var note = message(viewModel.authorizationNoteProperty(), Styles.WARNING);
        note.setId("dmarc-authorization-note");
        return new VBox(8, intro, grid, note);
    }

    private Node recordsSection() {
        cards.setId("dmarc-records");
        cards.getStyleClass().add("record-cards");
        showCards();
        viewModel.records().addListener((ListChangeListener<Object>) change -> showCards());
        return cards;
    }

    private void showCards() {
        cards.getChildren()
                .setAll(viewModel.records().stream().map(r -> new RecordCard(r, copier)).toList());
    }

    private record AddressField(TextField field, Label error) {}

    private static AddressField address(
            StringProperty text, ObservableStringValue error, String id) {
        var field = new TextField();
        field.setId(id);
        field.setPromptText("dmarc-reports@example.com");
        field.textProperty().bindBidirectional(text);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !error.get().isEmpty());
        error.addListener(
                (obs, old, now) ->
                        field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        var label = message(error, Styles.DANGER);
        label.setId(id + "-error");
        return new AddressField(field, label);
    }

    private static ComboBox<Alignment> alignment(ObjectProperty<Alignment> value, String id) {
        var box = new ComboBox<>(FXCollections.observableArrayList(Alignment.values()));
        box.setId(id);
        box.setConverter(
                new ChoiceLabels<>(
                        box.getItems(),
                        a ->
                                switch (a) {
                                    case RELAXED -> "relaxed (r)";
                                    case STRICT -> "strict (s)";
                                }));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static GridPane grid() {
        var grid = new GridPane();
        grid.getStyleClass().add("dmarc-grid");
        var labels = new ColumnConstraints();
        labels.setMinWidth(200);
        var controls = new ColumnConstraints();
        controls.setMinWidth(CONTROL_WIDTH);
        var notes = new ColumnConstraints();
        notes.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, controls, notes);
        return grid;
    }

    private static void addRow(GridPane grid, int row, String label, Node control, Label note) {
        var name = new Label(label);
        name.setMnemonicParsing(true);
        name.setLabelFor(control);
        note.setWrapText(true);
        if (!note.getStyleClass().contains(Styles.DANGER)) {
            note.getStyleClass().add(Styles.TEXT_MUTED);
        }
        grid.addRow(row, name, control, note);
        GridPane.setValignment(name, VPos.CENTER);
        GridPane.setHalignment(control, HPos.LEFT);
        if (control instanceof TextField field) {
            field.setPrefWidth(ADDRESS_WIDTH);
        }
    }

    private static Label text(ObservableStringValue value, String id) {
        var label = new Label();
        label.setId(id);
        label.textProperty().bind(value);
        label.setWrapText(true);
        return label;
    }

    private static Label message(ObservableStringValue text, String style) {
        var label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
