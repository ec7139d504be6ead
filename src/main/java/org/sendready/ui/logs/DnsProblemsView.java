package org.sendready.ui.logs;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.sendready.logs.DnsProblem;
import org.sendready.ui.common.Copier;

/// "Recipient domains with DNS failures": each domain whose lookups failed, the big provider
/// it is likely a typo of, and the recipients affected, to correct or write to.
final class DnsProblemsView extends VBox {
    private final LogsViewModel model;
    private final Copier copier;
    private final VBox cards = new VBox(10);

    DnsProblemsView(LogsViewModel model, Copier copier) {
        super(10);
        this.model = model;
        this.copier = copier;
        cards.setId("log-dns-problems");
        var none = new Label("Every recipient domain was found in DNS.");
        none.setId("log-dns-none");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(Bindings.isEmpty(model.dnsProblems()));
        none.managedProperty().bind(none.visibleProperty());
        getChildren().addAll(none, cards);
        model.dnsProblems().addListener((ListChangeListener<DnsProblem>) change -> show());
        show();
    }

    private void show() {
        cards.getChildren().setAll(model.dnsProblems().stream().map(this::card).toList());
    }

    private Node card(DnsProblem problem) {
        var domain = new Label(problem.domain(), new FontIcon(Material2AL.DNS));
        domain.getStyleClass().addAll("log-card-title", "mono");
        var failures =
                new Label(
                        SummaryTile.count(problem.failures(), "failed attempt")
                                + ": the domain or its mail servers were not found");
        failures.getStyleClass().add(Styles.TEXT_MUTED);
        var head = new HBox(12, domain, failures);
        head.setAlignment(Pos.BASELINE_LEFT);
        var card = new VBox(6, head);
        problem.likelyTypoOf()
                .ifPresent(
                        provider -> {
                            var typo =
                                    new Label(
                                            "Likely a typo of "
                                                    + provider
                                                    + ": ask these recipients for their address"
                                                    + " again, or correct it to "
                                                    + provider
                                                    + " in your list.");
                            typo.setId("log-typo-" + idOf(problem.domain()));
                            typo.getStyleClass().addAll("log-typo", Styles.WARNING);
                            typo.setWrapText(true);
                            card.getChildren().add(typo);
                        });
        var recipients = new Label(recipientsText(problem));
        recipients.getStyleClass().addAll("mono", "log-recipients");
        recipients.setWrapText(true);
        var copy = new Button("Copy addresses", new FontIcon(Material2AL.CONTENT_COPY));
        copy.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        copy.setTooltip(new Tooltip("Copy the affected recipients, one per line"));
        copy.setOnAction(e -> copier.copy(String.join("\n", problem.recipients())));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(recipients, Priority.ALWAYS);
        var row = new HBox(8, recipients, spacer, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(row);
        card.getStyleClass().add("log-card");
        card.setId("log-dns-" + idOf(problem.domain()));
        return card;
    }

    /// The affected recipients; the core lists the first few, so a full list says so.
    static String recipientsText(DnsProblem problem) {
        var listed = String.join(", ", problem.recipients());
        return problem.recipients().size() < DnsProblem.LISTED_RECIPIENTS
                ? listed
                : listed + " (the first " + DnsProblem.LISTED_RECIPIENTS + ")";
    }

    /// `hot-mail.com` as a node id part: `hot-mail-com`.
    static String idOf(String domain) {
        return domain.replace('.', '-');
    }
}
