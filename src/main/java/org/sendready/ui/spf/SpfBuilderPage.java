package org.sendready.ui.spf;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.sendready.records.DnsRecord;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.RecordCard;
import org.sendready.ui.common.SectionTitle;
import org.sendready.ui.wizard.StepPage;
import org.sendready.ui.wizard.WizardContext;

/// The SPF step (`WizardStep.SPF`): a visual builder of the domain's SPF record. Where to start
/// from, the terms as rows, the live preview with its lookup gauge and lint, the "would this IP
/// pass?" tester with the include tree, and the record card to publish.
public final class SpfBuilderPage implements StepPage {
    private final SpfBuilderViewModel model;
    private final Copier copier;
    private final VBox root = new VBox();
    private final VBox card = new VBox();

    public SpfBuilderPage(WizardContext context) {
        this.copier = context.copier();
        var wizard = context.model();
        this.model =
                new SpfBuilderViewModel(
                        wizard.project(),
                        wizard.dnsProperty()::get,
                        context.dns()::open,
                        context.threads());
        root.setId("spf-page");
        root.getStyleClass().addAll("page", "spf-page");
        root.getStylesheets()
                .add(SpfBuilderPage.class.getResource("SpfBuilderPage.css").toExternalForm());

        var lead =
                new Label(
                        "List every server and service that sends mail as your domain, then end"
                                + " with -all (or ~all while you test). The plan follows your"
                                + " edits while every term is valid; a term marked in red keeps"
                                + " its text and the plan keeps its last valid record.");
        lead.getStyleClass().add("lead");

        card.setId("spf-record-card");
        model.spfDnsRecordProperty().addListener((obs, old, now) -> showCard(now));
        showCard(model.spfDnsRecordProperty().get());

        root.getChildren()
                .addAll(
                        lead,
                        SectionTitle.of("Start from"),
                        new SpfStartView(model),
                        SectionTitle.of("Terms"),
                        terms(),
                        SectionTitle.of("Record"),
                        new SpfPreviewView(model, copier),
                        SectionTitle.of("Would this IP pass?"),
                        new SpfIpTesterView(model.tester()),
                        SectionTitle.of("Record to publish"),
                        card);
    }

    private Node terms() {
        var list = new SpfTermListView(model.terms());
        var add = new MenuButton("_Add term", new FontIcon(Material2AL.ADD));
        add.setId("spf-add");
        add.setMnemonicParsing(true);
        add.setTooltip(new Tooltip("Add a mechanism or modifier"));
        add.setMinWidth(Region.USE_PREF_SIZE);
        for (var kind : SpfTermKind.values()) {
            var item = new MenuItem(kind.label() + ": " + kind.description());
            item.setId("spf-add-" + kind.name());
            item.setMnemonicParsing(false);
            item.setOnAction(
                    e -> {
                        var row = model.terms().add(kind);
                        var view = list.viewOf(row);
                        if (view != null) {
                            view.handle().requestFocus();
                        }
                    });
            add.getItems().add(item);
        }
        var keys =
                new Label(
                        "Keys: Alt+Up / Alt+Down move a term, Ctrl+D duplicates it, Delete"
                                + " removes it (outside text fields). Drag the handle to reorder.");
        keys.getStyleClass().add("spf-muted");
        keys.setWrapText(true);
        var status = new Label();
        status.setId("spf-status");
        status.getStyleClass().add("spf-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        var box = new VBox(8, list, add, status, keys);
        box.getStyleClass().add("spf-terms");
        return box;
    }

    private void showCard(DnsRecord record) {
        card.getChildren().setAll(record == null ? new Label() : new RecordCard(record, copier));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void entered() {
        model.entered();
    }

    @Override
    public void left() {
        model.left();
    }

    /// The view-model, for tests.
    SpfBuilderViewModel model() {
        return model;
    }
}
