package org.sendready.ui.bounce;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.RecordCard;
import org.sendready.ui.common.SectionTitle;
import org.sendready.ui.wizard.StepPage;
import org.sendready.ui.wizard.WizardContext;

/// The bounce domain step's page: the toggle, the domain field, what it means for DMARC
/// alignment, and the bounce domain's MX and SPF records as cards.
public final class BouncePage implements StepPage {
    private static final double FIELD_WIDTH = 420;

    private final BounceViewModel viewModel;
    private final Copier copier;
    private final VBox root = new VBox();
    private final VBox cards = new VBox();
    private final TextField field = new TextField();

    public BouncePage(WizardContext context) {
        this.viewModel = new BounceViewModel(context.model().project());
        this.copier = context.copier();
        root.getStyleClass().addAll("page", "bounce-page");
        root.getStylesheets().add(BouncePage.class.getResource("BouncePage.css").toExternalForm());
        var lead =
                new Label(
                        "Optional. Bounces and delivery reports go back to the envelope sender"
                                + " (Return-Path) address, which receivers also check SPF"
                                + " against. A domain of its own for it, such as"
                                + " bounces.example.com, keeps bounces apart from people's mail"
                                + " and lets a bounce processor receive them. Skip this step if"
                                + " your Return-Path is an address at your domain itself.");
        lead.getStyleClass().add("lead");
        lead.setWrapText(true);
        root.getChildren()
                .addAll(
                        lead,
                        SectionTitle.of("Bounce domain"),
                        domainSection(),
                        alignment(),
                        SectionTitle.of("Records to publish"),
                        recordsSection());
    }

    public BounceViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void entered() {
        viewModel.refresh();
        field.setPromptText(viewModel.suggestion().orElse("bounces.example.com"));
    }

    private Node domainSection() {
        var enabled = new CheckBox("_Use a bounce domain of its own");
        enabled.setId("bounce-enabled");
        enabled.setMnemonicParsing(true);
        enabled.selectedProperty().bindBidirectional(viewModel.enabledProperty());
        enabled.setTooltip(
                new Tooltip("Publishes MX and SPF records for a Return-Path domain of its own"));

        field.setId("bounce-domain");
        field.setMaxWidth(FIELD_WIDTH);
        field.setPromptText(viewModel.suggestion().orElse("bounces.example.com"));
        field.textProperty().bindBidirectional(viewModel.domainProperty());
        field.disableProperty().bind(viewModel.enabledProperty().not());
        field.setAccessibleText("Bounce domain");
        field.pseudoClassStateChanged(
                Styles.STATE_DANGER, !viewModel.errorProperty().get().isEmpty());
        viewModel
                .errorProperty()
                .addListener(
                        (obs, old, now) ->
                                field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        var label = new Label("Bounce domain _name");
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.disableProperty().bind(field.disableProperty());

        var error = new Label();
        error.setId("bounce-domain-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(viewModel.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());

        var help =
                new Label(
                        "A subdomain of your domain (the usual choice) or another domain you"
                                + " control; not the domain itself. Your mail server must use an"
                                + " address at it as the envelope sender.");
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(6, enabled, label, field, error, help);
    }

    private Node alignment() {
        var message = new Message("DMARC alignment", "", new FontIcon(Material2AL.INFO));
        message.descriptionProperty().bind(viewModel.alignmentNoteProperty());
        message.getStyleClass().add(Styles.ACCENT);
        message.setId("bounce-alignment");
        message.visibleProperty().bind(viewModel.enabledProperty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    private Node recordsSection() {
        var empty =
                new Label(
                        "No records: the plan has no bounce domain. Turn it on above to see its"
                                + " MX and SPF records.");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.records()));
        empty.managedProperty().bind(empty.visibleProperty());
        cards.setId("bounce-records");
        cards.getStyleClass().add("record-cards");
        showCards();
        viewModel.records().addListener((ListChangeListener<Object>) change -> showCards());
        return new VBox(10, empty, cards);
    }

    private void showCards() {
        cards.getChildren()
                .setAll(viewModel.records().stream().map(r -> new RecordCard(r, copier)).toList());
    }
}
