package org.sendready.ui.domain;

import atlantafx.base.theme.Styles;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.RecordCard;
import org.sendready.ui.common.SectionTitle;
import org.sendready.ui.wizard.StepPage;
import org.sendready.ui.wizard.WizardContext;

/// The Domain step's page: the domain field, one row per sending server, the MX toggle, and
/// the records these need as cards.
public final class DomainPage implements StepPage {
    private static final double HOSTNAME_WIDTH = HostRowView.HOSTNAME_WIDTH;

    /// Room for a long domain name without stretching across the whole page.
    private static final double DOMAIN_WIDTH = 450;

    private final DomainViewModel viewModel;
    private final Copier copier;
    private final VBox root = new VBox();
    private final VBox hostRows = new VBox();
    private final VBox cards = new VBox();
    private final Map<HostRow, HostRowView> rowViews = new IdentityHashMap<>();

    public DomainPage(WizardContext context) {
        this.viewModel = new DomainViewModel(context.model().project());
        this.copier = context.copier();
        root.getStyleClass().addAll("page", "domain-page");
        root.getStylesheets().add(DomainPage.class.getResource("DomainPage.css").toExternalForm());
        var lead =
                new Label(
                        "Start with the domain your mail is sent from and the servers that send"
                                + " it. Every record of the later steps is made from these; they"
                                + " are saved to the plan as soon as they are valid.");
        lead.getStyleClass().add("lead");
        lead.setWrapText(true);
        root.getChildren()
                .addAll(
                        lead,
                        SectionTitle.of("Domain"),
                        domainField(),
                        SectionTitle.of("Sending servers"),
                        hostsSection(),
                        status(),
                        SectionTitle.of("Records to publish"),
                        recordsSection());
    }

    /// The view-model behind the page, for tests.
    public DomainViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node view() {
        return root;
    }

    private Node domainField() {
        var field = new TextField();
        field.setId("domain");
        field.setPromptText("example.com");
        field.setPrefColumnCount(28);
        field.setMaxWidth(DOMAIN_WIDTH);
        field.textProperty().bindBidirectional(viewModel.domainProperty());
        field.setTooltip(
                new Tooltip(
                        "The domain in your From: addresses. Internationalised names such as"
                                + " bücher.example are fine."));
        markInvalid(field, viewModel.domainErrorProperty());
        var label = new Label("_Domain name");
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        var inDns =
                message(
                        Bindings.createStringBinding(
                                () -> {
                                    var ascii = viewModel.domainInDnsProperty().get();
                                    return ascii.isEmpty()
                                            ? ""
                                            : "In DNS and zone files this is " + ascii;
                                },
                                viewModel.domainInDnsProperty()),
                        Styles.TEXT_MUTED,
                        "domain-in-dns");
        var error = message(viewModel.domainErrorProperty(), Styles.DANGER, "domain-error");
        var help =
                new Label(
                        "The domain in your From: addresses, e.g. example.com. Internationalised"
                                + " names are fine; DNS stores them in their xn-- form.");
        help.getStyleClass().add(Styles.TEXT_MUTED);
        help.setWrapText(true);
        return new VBox(4, label, field, inDns, error, help);
    }

    private Node hostsSection() {
        var help =
                new Label(
                        "Each server that sends the domain's mail: the host name it greets"
                                + " receivers with (HELO/EHLO, its reverse DNS must name it) and"
                                + " the public IPv4 and IPv6 addresses it sends from. Separate"
                                + " several addresses with commas or spaces. The first server is"
                                + " preferred for incoming mail.");
        help.getStyleClass().add(Styles.TEXT_MUTED);
        help.setWrapText(true);

        var nameHeader = new Label("Host name");
        nameHeader.setPrefWidth(HOSTNAME_WIDTH);
        nameHeader.setMinWidth(HOSTNAME_WIDTH);
        var addressHeader = new Label("IP addresses");
        var header = new HBox(8, nameHeader, addressHeader);
        header.getStyleClass().add("host-header");

        hostRows.getStyleClass().add("host-rows");
        hostRows.setId("hosts");
        rebuildRows();
        viewModel
                .hosts()
                .addListener(
                        (ListChangeListener<HostRow>)
                                change -> {
                                    while (change.next()) {
                                        if (!change.wasUpdated()) {
                                            rebuildRows();
                                            return;
                                        }
                                    }
                                });

        var add = new Button("_Add a sending server", new FontIcon(Material2AL.ADD));
        add.setId("add-host");
        add.setMnemonicParsing(true);
        add.getStyleClass().add(Styles.FLAT);
        add.setTooltip(new Tooltip("Add another server that sends this domain's mail"));
        add.setOnAction(e -> viewModel.addHost());

        var receives =
                new CheckBox("This domain also _receives mail at these servers (MX records)");
        receives.setId("receives-mail");
        receives.setMnemonicParsing(true);
        receives.selectedProperty().bindBidirectional(viewModel.receivesMailProperty());
        receives.setTooltip(
                new Tooltip(
                        "Publishes MX records pointing at the servers above, in their order, so"
                                + " replies and bounces reach them"));
        return new VBox(8, help, header, hostRows, add, receives);
    }

    private void rebuildRows() {
        var rows = viewModel.hosts();
        rowViews.keySet().retainAll(Set.copyOf(rows));
        hostRows.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var view =
                    rowViews.computeIfAbsent(
                            row, r -> new HostRowView(r, () -> viewModel.removeHost(r)));
            view.number(i + 1, rows.size());
            hostRows.getChildren().add(view);
        }
    }

    private Node status() {
        var planError = message(viewModel.planErrorProperty(), Styles.DANGER, "plan-error");
        var missing = message(viewModel.missingProperty(), Styles.TEXT_MUTED, "domain-missing");
        var notes = message(viewModel.notesProperty(), Styles.WARNING, "domain-notes");
        notes.setGraphic(new FontIcon(Material2MZ.WARNING));
        return new VBox(4, planError, missing, notes);
    }

    private Node recordsSection() {
        var empty =
                new Label(
                        "The records appear here once the domain and a sending server are filled"
                                + " in.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.records()));
        empty.managedProperty().bind(empty.visibleProperty());
        var help =
                new Label(
                        "Publish these in the DNS zone of each name: the servers' addresses, an"
                                + " SPF record for each server's own name, and MX records when the"
                                + " domain receives mail.");
        help.getStyleClass().add(Styles.TEXT_MUTED);
        help.setWrapText(true);
        help.visibleProperty().bind(empty.visibleProperty().not());
        help.managedProperty().bind(help.visibleProperty());
        cards.setId("domain-records");
        cards.getStyleClass().add("record-cards");
        showCards();
        viewModel.records().addListener((ListChangeListener<Object>) change -> showCards());
        return new VBox(10, empty, help, cards);
    }

    private void showCards() {
        cards.getChildren()
                .setAll(viewModel.records().stream().map(r -> new RecordCard(r, copier)).toList());
    }

    /// A message line that is there only while `text` is not empty.
    static Label message(ObservableStringValue text, String style, String id) {
        var label = message(text, style);
        label.setId(id);
        return label;
    }

    /// A message line that is there only while `text` is not empty.
    static Label message(ObservableStringValue text, String style) {
        var label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("field-message", style);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /// Colours `field` red while `error` is not empty.
    static void markInvalid(TextField field, ObservableStringValue error) {
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !error.get().isEmpty());
        error.addListener(
                (obs, old, now) ->
                        field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
    }
}
