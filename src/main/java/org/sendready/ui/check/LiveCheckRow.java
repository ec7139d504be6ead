package org.sendready.ui.check;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.sendready.check.CheckResult;
import org.sendready.check.CheckStatus;
import org.sendready.check.RecordVerdict;
import org.sendready.check.StepId;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.RecordCard;
import org.sendready.ui.common.StatusBadge;
import org.sendready.ui.common.StatusStyle;
import org.sendready.ui.wizard.WizardStep;

/// One step on the live board: badge, name, status and summary, a link to the wizard step
/// that sets it up, and on demand the details and the records to publish. Kept across
/// re-checks, so a row the user opened stays open.
final class LiveCheckRow extends VBox {
    private final LiveCheckViewModel model;
    private final Copier copier;
    private final StatusBadge badge = new StatusBadge();
    private final Label status = new Label();
    private final Label summary = new Label();
    private final Button expand = new Button();
    private final BooleanProperty expanded = new SimpleBooleanProperty(false);
    private final VBox body = new VBox();
    private CheckResult shown;
    private Optional<String> shownNote = Optional.empty();

    LiveCheckRow(StepId step, LiveCheckViewModel model, Copier copier) {
        this.model = model;
        this.copier = copier;
        getStyleClass().add("check-row");
        setId("check-row-" + step.id());

        var title = new Label(CheckStepNames.title(step));
        title.getStyleClass().add("check-step");
        status.getStyleClass().add("check-status");
        status.setId("check-status-" + step.id());
        summary.getStyleClass().add("check-summary");
        summary.setId("check-summary-" + step.id());
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);

        var owner = CheckStepNames.owner(step);
        var goTo = new Hyperlink("Go to step");
        goTo.setId("check-goto-" + step.id());
        goTo.setTooltip(new Tooltip("Open the \"" + owner.title() + "\" step"));
        goTo.setAccessibleText("Go to the " + owner.title() + " step");
        goTo.setOnAction(e -> model.goTo(step));
        goTo.setMinWidth(Hyperlink.USE_PREF_SIZE);
        // A step no wizard page sets up (the blocklists) has nowhere else to go.
        goTo.setVisible(owner != WizardStep.CHECK);
        goTo.setManaged(goTo.isVisible());

        expand.setId("check-expand-" + step.id());
        expand.getStyleClass().addAll("flat", "check-expand");
        expand.setMinWidth(Button.USE_PREF_SIZE);
        expand.setContentDisplay(ContentDisplay.RIGHT);
        expand.setOnAction(e -> expanded.set(!expanded.get()));
        expanded.addListener(
                (obs, old, open) -> {
                    body.setVisible(open);
                    body.setManaged(open);
                    label();
                });

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(10, badge, title, status, spacer, goTo, expand);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("check-row-header");

        body.getStyleClass().add("check-row-body");
        body.setVisible(false);
        body.setManaged(false);
        getChildren().addAll(header, summary, body);
    }

    /// Shows the step's latest result; the body is rebuilt only when the result changed.
    void show(CheckResult result) {
        var status = Optional.of(result.status());
        badge.show(status);
        StatusStyle.apply(this.status, status);
        StatusStyle.apply(this, status);
        this.status.setText(StatusStyle.label(status));
        summary.setText(result.summary());
        var note = model.waitNote(result);
        if (!result.equals(shown) || !note.equals(shownNote)) {
            shown = result;
            shownNote = note;
            fillBody(result, note);
        }
        label();
    }

    boolean expanded() {
        return expanded.get();
    }

    private void label() {
        if (shown == null) {
            return;
        }
        var what = needsFix(shown) ? "the fix" : "details";
        var open = expanded.get();
        var text = (open ? "Hide " : "Show ") + what;
        expand.setText(text);
        expand.setGraphic(new FontIcon(open ? Material2AL.EXPAND_LESS : Material2AL.EXPAND_MORE));
        expand.setTooltip(new Tooltip(text + " of " + CheckStepNames.title(shown.step())));
        expand.setAccessibleText(text + " of " + CheckStepNames.title(shown.step()));
    }

    private static boolean needsFix(CheckResult result) {
        return !result.fix().isEmpty() && result.status() != CheckStatus.PASS;
    }

    private void fillBody(CheckResult result, Optional<String> note) {
        body.getChildren().clear();
        // The summary stands in the header; a detail repeating it adds nothing (as in the CLI).
        result.details().stream()
                .filter(detail -> !detail.equals(result.summary()))
                .forEach(detail -> body.getChildren().add(line(detail, "check-detail")));
        for (var comparison : result.comparisons()) {
            if (comparison.verdict() != RecordVerdict.OK) {
                comparison
                        .mistake()
                        .ifPresent(m -> body.getChildren().add(line(m, "check-mistake")));
            }
        }
        note.ifPresent(n -> body.getChildren().add(line(n, "check-wait")));
        if (needsFix(result)) {
            body.getChildren().add(line("Publish:", "check-fix-title"));
            result.fix().forEach(record -> body.getChildren().add(new RecordCard(record, copier)));
        }
        if (body.getChildren().isEmpty()) {
            body.getChildren().add(line("No further details.", "check-detail"));
        }
    }

    private static Label line(String text, String styleClass) {
        var label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
