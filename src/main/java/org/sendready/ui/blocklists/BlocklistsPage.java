package org.sendready.ui.blocklists;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.dnsbl.DnsblReport;
import org.sendready.dnsbl.Listing;
import org.sendready.dnsbl.ListingStatus;
import org.sendready.ui.common.Browser;
import org.sendready.ui.common.SectionTitle;
import org.sendready.ui.common.StatusBadge;
import org.sendready.ui.wizard.StepPage;
import org.sendready.ui.wizard.WizardContext;

/// The Blocklists step: look the sending addresses and the domain up on DNS blocklists, with
/// each answer explained and the list's removal page a click away.
///
/// The page asks nothing by itself: Scan starts it
/// (docs/decisions/0005-dnsbl-check-on-request.md). It does not colour the sidebar badge
/// either; that is the Live check's DNSBL step, which the user opts into there.
public final class BlocklistsPage implements StepPage {
    private final BlocklistsViewModel model;
    private final Browser browser;
    private final VBox root = new VBox();
    private final BlocklistsGrid grid = new BlocklistsGrid();
    private final VBox details = new VBox(10);

    public BlocklistsPage(WizardContext context, Browser browser) {
        this(
                new BlocklistsViewModel(
                        context.model(),
                        context.threads(),
                        context.dns(),
                        context.files(),
                        BlocklistsTuning.standard()),
                browser);
    }

    /// A page over `model`, e.g. one with a test's tuning.
    public BlocklistsPage(BlocklistsViewModel model, Browser browser) {
        this.model = model;
        this.browser = browser;
        root.getStyleClass().addAll("page", "blocklists-page");
        root.setId("blocklists-page");
        root.getStylesheets().add(getClass().getResource("BlocklistsPage.css").toExternalForm());
        var lead =
                new Label(
                        "Receivers look the connecting IP address up on DNS blocklists, and"
                                + " spam filters the domains in a message. Scan asks the"
                                + " well-known lists about your sending addresses and domain,"
                                + " and explains each answer. Nothing is asked until you press"
                                + " Scan: asking tells the lists' operators which addresses"
                                + " you use.");
        lead.getStyleClass().add("lead");
        lead.setWrapText(true);

        details.setId("listing-details");
        root.getChildren()
                .addAll(
                        lead,
                        SectionTitle.of("What to look up"),
                        new BlocklistTargetsView(model.targets()),
                        SectionTitle.of("Lists to ask"),
                        new BlocklistSetView(model.lists()),
                        SectionTitle.of("DNS to ask"),
                        dnsBox(),
                        toolbar(),
                        message(),
                        summary(),
                        grid,
                        details);
        model.scanProperty().addListener((obs, old, now) -> grid.show(now));
        model.listings()
                .addListener(
                        (ListChangeListener<Listing>)
                                change -> {
                                    while (change.next()) {
                                        change.getAddedSubList().forEach(grid::update);
                                    }
                                });
        model.reportProperty().addListener((obs, old, now) -> showDetails(now));
    }

    /// The view-model, for tests that drive the page.
    public BlocklistsViewModel viewModel() {
        return model;
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

    private Node dnsBox() {
        var field = new TextField();
        field.setId("blocklists-dns");
        field.setPromptText("empty: the system's resolvers; e.g. 127.0.0.1");
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(model.serversTextProperty());
        field.setTooltip(
                new Tooltip(
                        "Resolvers to ask, by IP address with an optional port; the Live check"
                                + " uses the same"));
        var label = new Label("DNS se_rvers");
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        var asking = new Label();
        asking.setId("blocklists-dns-used");
        asking.getStyleClass().add("muted");
        asking.textProperty().bind(model.dnsDescription().map(d -> "Scans ask " + d + "."));
        var row = new HBox(10, label, field, asking);
        row.setAlignment(Pos.CENTER_LEFT);

        var error = new Label();
        error.setId("blocklists-dns-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.serversErrorProperty());
        error.visibleProperty().bind(model.serversErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        var warning = new Label();
        warning.setId("public-resolver-warning");
        warning.getStyleClass().add("dns-warning");
        warning.setGraphic(new FontIcon(Material2MZ.WARNING));
        warning.setWrapText(true);
        warning.textProperty().bind(model.publicResolverWarning());
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        var advice = new Label(BlocklistsDnsText.ADVICE);
        advice.setId("resolver-advice");
        advice.getStyleClass().add("muted");
        advice.setWrapText(true);

        var box = new VBox(6, row, error, warning, advice);
        box.getStyleClass().add("blocklists-dns");
        return box;
    }

    private Node toolbar() {
        var scan = new Button("_Scan", new FontIcon(Material2MZ.SEARCH));
        scan.setId("scan");
        scan.setMnemonicParsing(true);
        scan.getStyleClass().add("accent");
        scan.setTooltip(new Tooltip("Ask the ticked lists about every address and domain above"));
        scan.disableProperty().bind(model.busyProperty());
        scan.setOnAction(e -> model.scan());

        var progress = new ProgressBar();
        progress.setId("scan-progress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(model.progress());
        var answered = new Label();
        answered.setId("scan-answered");
        answered.getStyleClass().add("muted");
        answered.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        model.listings().size()
                                                + " of "
                                                + model.totalProperty().get()
                                                + " answers",
                                model.listings(),
                                model.totalProperty()));
        var cancel = new Button("_Cancel", new FontIcon(Material2AL.CLOSE));
        cancel.setId("cancel-scan");
        cancel.setMnemonicParsing(true);
        cancel.setTooltip(new Tooltip("Stop the scan; nothing is concluded from it"));
        cancel.setOnAction(e -> model.cancel());
        for (var node : new Node[] {progress, answered, cancel}) {
            node.visibleProperty().bind(model.busyProperty());
            node.managedProperty().bind(model.busyProperty());
        }
        var bar = new HBox(10, scan, progress, answered, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node message() {
        var message = new Label();
        message.setId("blocklists-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty().map(BlocklistsMessage::text));
        model.messageProperty()
                .addListener(
                        (obs, old, now) -> {
                            message.getStyleClass().remove("field-error");
                            if (now != null && now.error()) {
                                message.getStyleClass().add("field-error");
                            }
                        });
        message.visibleProperty().bind(model.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add("blocklists-message");
        return message;
    }

    private Node summary() {
        var badge = new StatusBadge();
        var text = new Label();
        text.setId("blocklists-summary");
        text.getStyleClass().add("summary-text");
        text.setWrapText(true);
        var via = new Label();
        via.setId("blocklists-asked-through");
        via.getStyleClass().add("muted");
        via.textProperty().bind(model.askedThroughProperty());
        model.summaryProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now != null) {
                                badge.show(Optional.of(now.status()));
                                text.setText(now.text());
                            }
                        });
        var line = new HBox(10, badge, text);
        line.setAlignment(Pos.CENTER_LEFT);
        var box = new VBox(4, line, via);
        box.setId("blocklists-result");
        box.getStyleClass().add("blocklists-result");
        box.visibleProperty().bind(model.summaryProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void showDetails(DnsblReport report) {
        details.getChildren().clear();
        if (report == null) {
            return;
        }
        var targets = report.targets().targets();
        for (var listing : report.listings()) {
            if (listing.status() == ListingStatus.NOT_LISTED) {
                continue;
            }
            var suffix = listing.list().name() + "-" + targets.indexOf(listing.target());
            details.getChildren().add(new ListingCard(listing, suffix, browser));
        }
    }
}
