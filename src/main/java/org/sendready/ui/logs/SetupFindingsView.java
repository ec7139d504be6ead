package org.sendready.ui.logs;

import atlantafx.base.theme.Styles;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.logs.DeliveryStatus;
import org.sendready.operate.FixStep;
import org.sendready.operate.SetupFinding;
import org.sendready.ui.wizard.WizardStep;

/// "Setup problems": each rejection the user's own setup causes, how often, an example, and
/// a button per step that fixes it.
final class SetupFindingsView extends VBox {
    private final LogsViewModel model;
    private final VBox cards = new VBox(10);

    SetupFindingsView(LogsViewModel model) {
        super(10);
        this.model = model;
        getStyleClass().add("log-findings");
        cards.setId("log-findings");
        var none =
                new Label(
                        "None of the deferrals and bounces point at your own setup: no receiver"
                                + " complained about reverse DNS, SPF, DKIM, DMARC or a"
                                + " blocklist.");
        none.setId("log-findings-none");
        none.setWrapText(true);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(Bindings.isEmpty(model.findings()));
        none.managedProperty().bind(none.visibleProperty());
        getChildren().addAll(none, cards, fixMessage());
        model.findings().addListener((ListChangeListener<SetupFinding>) change -> show());
        show();
    }

    private void show() {
        cards.getChildren().clear();
        for (int i = 0; i < model.findings().size(); i++) {
            cards.getChildren().add(card(model.findings().get(i), i + 1));
        }
    }

    /// The `number`th finding; its fix buttons are `#fix-<step>-<number>`, class `fix-<step>`.
    private Node card(SetupFinding finding, int number) {
        var rejection = finding.rejection();
        var title =
                new Label(
                        rejection.provider() + ": " + rejection.cause(),
                        new FontIcon(Material2AL.ERROR_OUTLINE));
        title.getStyleClass().add("log-card-title");
        title.setWrapText(true);
        var facts =
                new Label(
                        SummaryTile.count(finding.attempts(), "attempt")
                                + " "
                                + finding.statuses().stream()
                                        .map(DeliveryStatus::id)
                                        .collect(Collectors.joining(" or "))
                                + (finding.exampleDsn().isEmpty()
                                        ? ""
                                        : ", code " + finding.exampleDsn())
                                + (finding.exampleRecipient().isEmpty()
                                        ? ""
                                        : ", e.g. to " + finding.exampleRecipient()));
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        facts.setWrapText(true);
        var reason = new Label(finding.exampleReason());
        reason.getStyleClass().addAll("mono", "log-reason");
        reason.setWrapText(true);
        var buttons = new FlowPane(8, 8);
        for (var step : finding.steps()) {
            buttons.getChildren().add(fixButton(step, number));
        }
        var card = new VBox(6, title, facts, reason, buttons);
        card.getStyleClass().add("log-card");
        return card;
    }

    private Button fixButton(FixStep fix, int number) {
        var target = WizardStep.fixing(fix);
        var button =
                new Button("Fix in " + target.title(), new FontIcon(Material2AL.ARROW_FORWARD));
        button.setId("fix-" + fix.id() + "-" + number);
        button.getStyleClass().add("fix-" + fix.id());
        button.setMnemonicParsing(false);
        button.getStyleClass().add(Styles.SMALL);
        button.setTooltip(new Tooltip("Open the " + target.title() + " step, which fixes this"));
        button.setOnAction(e -> model.fix(fix));
        return button;
    }

    private Node fixMessage() {
        var text = new Label();
        text.setId("log-fix-message");
        text.setWrapText(true);
        text.textProperty().bind(model.fixMessageProperty());
        var start = new Hyperlink("Open Domain and servers", new FontIcon(Material2MZ.PLAY_ARROW));
        start.setId("log-start-plan");
        start.setOnAction(e -> model.startPlan());
        var box = new HBox(8, new FontIcon(Material2AL.INFO), text, start);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("log-fix-message");
        box.visibleProperty().bind(Bindings.isNotEmpty(model.fixMessageProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
