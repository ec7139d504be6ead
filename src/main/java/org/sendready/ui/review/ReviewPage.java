package org.sendready.ui.review;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.RecordCard;
import org.sendready.ui.common.SectionTitle;
import org.sendready.ui.wizard.ProjectState;
import org.sendready.ui.wizard.StepPage;
import org.sendready.ui.wizard.WizardContext;

/// Review and export: a summary of what the plan sets up, then every record as a card,
/// grouped by the zone it is published in, with the export dialog and "copy all as BIND".
public final class ReviewPage implements StepPage {
    private final ProjectState project;
    private final ReviewViewModel model;
    private final Copier copier;
    private final VBox root = new VBox();
    private final VBox summary = new VBox(4);
    private final VBox zones = new VBox(18);
    private boolean shown;

    /// `openExport` opens the export dialog for the current plan.
    public ReviewPage(WizardContext context, Runnable openExport) {
        this.project = context.model().project();
        this.copier = context.copier();
        this.model = new ReviewViewModel(project, copier);
        root.getStyleClass().addAll("page", "review-page");
        root.getStylesheets().add(ReviewPage.class.getResource("ReviewPage.css").toExternalForm());

        var lead =
                new Label(
                        "Everything your setup needs in DNS. Publish each zone's records where"
                                + " that zone is hosted, then run the live check to see what is"
                                + " still missing.");
        lead.getStyleClass().add("lead");
        lead.setWrapText(true);

        var summaryTitle = SectionTitle.of("What this sets up");
        summary.getStyleClass().add("review-summary");
        summary.setId("review-summary");
        model.summary().addListener((ListChangeListener<String>) c -> showSummary());

        var export = new Button("_Export...", new FontIcon(Material2MZ.SAVE_ALT));
        export.setId("open-export");
        export.setMnemonicParsing(true);
        export.getStyleClass().add("accent");
        export.setTooltip(
                new Tooltip(
                        "Zone snippet, panel table, CSV, JSON, DNS-as-code or mail server"
                                + " configuration (Ctrl+E)"));
        export.setOnAction(e -> openExport.run());
        var copyAll = new Button("_Copy all as BIND", new FontIcon(Material2AL.CONTENT_COPY));
        copyAll.setId("copy-all-bind");
        copyAll.setMnemonicParsing(true);
        copyAll.setTooltip(new Tooltip("Copy every record as a BIND zone-file snippet"));
        copyAll.setOnAction(e -> model.copyAllAsBind());
        var status = new Label();
        status.setId("review-status");
        status.getStyleClass().add("review-status");
        status.textProperty().bind(model.statusProperty());
        var buttons = new HBox(10, export, copyAll, status);
        buttons.setAlignment(Pos.CENTER_LEFT);

        zones.setId("review-zones");
        model.groups().addListener((ListChangeListener<ZoneGroup>) c -> showZones());
        project.planProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (shown) {
                                model.refresh();
                            }
                        });

        root.getChildren().addAll(lead, buttons, summaryTitle, summary, zones);
    }

    public ReviewViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void entered() {
        shown = true;
        model.refresh();
    }

    @Override
    public void left() {
        shown = false;
    }

    private void showSummary() {
        summary.getChildren().clear();
        for (var line : model.summary()) {
            var bullet = new Label("\u2022");
            bullet.getStyleClass().add("summary-bullet");
            var text = new Label(line);
            text.setWrapText(true);
            text.getStyleClass().add("summary-line");
            var row = new HBox(8, bullet, text);
            summary.getChildren().add(row);
        }
    }

    private void showZones() {
        zones.getChildren().clear();
        var domain = project.plan().map(p -> p.domain()).orElse(null);
        for (var group : model.groups()) {
            var heading = SectionTitle.of(group.heading());
            var note = new Label(domain == null ? "" : group.note(domain));
            note.setWrapText(true);
            note.getStyleClass()
                    .addAll(
                            "zone-note",
                            "zone-note-"
                                    + group.kind()
                                            .name()
                                            .toLowerCase(Locale.ROOT)
                                            .replace('_', '-'));
            if (group.kind() == ZoneGroup.Kind.REVERSE) {
                note.setGraphic(new FontIcon(Material2AL.INFO));
            }
            var section = new VBox(10, heading, note);
            section.getStyleClass().add("zone-group");
            section.setId("zone-" + group.zone().ascii());
            for (var record : group.records()) {
                section.getChildren().add(new RecordCard(record, copier));
            }
            zones.getChildren().add(section);
        }
    }
}
