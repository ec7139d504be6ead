package org.sendready.ui.bounces;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.sendready.ui.wizard.WizardStep;

/// The "Setup problems" section: one card per cause our own setup gave the receivers, with a
/// button to each wizard step that fixes it.
final class SetupProblemsView {
    private final BouncesViewModel viewModel;
    private final VBox cards = new VBox(8);
    private final VBox root;

    SetupProblemsView(BouncesViewModel viewModel) {
        this.viewModel = viewModel;
        cards.setId("bounces-problems");
        var intro =
                new Label(
                        "These receivers refused the mail because of your setup, not the address:"
                                + " the addresses stay on your list. Fix the step, then send again.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        var message =
                BouncesPage.statusLabel("bounces-fix-message", viewModel.fixMessageProperty());
        message.getStyleClass().add(Styles.WARNING);
        root = new VBox(8, BouncesPage.sectionTitle("Setup problems"), intro, cards, message);
        root.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problems()));
        root.managedProperty().bind(root.visibleProperty());
        viewModel.problems().addListener((ListChangeListener<SetupProblem>) c -> fill());
        fill();
    }

    Node view() {
        return root;
    }

    private void fill() {
        cards.getChildren().setAll(viewModel.problems().stream().map(this::card).toList());
    }

    private Node card(SetupProblem problem) {
        var cause = problem.cause();
        int count = problem.sources().size();
        var title =
                new Label(
                        cause.id().toUpperCase(Locale.ROOT)
                                + ": "
                                + count
                                + (count == 1 ? " bounce" : " bounces"));
        title.getStyleClass().add("problem-title");
        title.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        var text = cause.description();
        var description =
                new Label(text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) + ".");
        description.setWrapText(true);
        var sources =
                new Label(
                        "Seen in: "
                                + String.join(
                                        ", ",
                                        problem.sources().stream()
                                                .map(SetupProblemsView::shortName)
                                                .toList()));
        sources.setWrapText(true);
        sources.getStyleClass().addAll(Styles.TEXT_MUTED, "problem-sources");
        var buttons = new HBox(8);
        for (var step : problem.fixes()) {
            buttons.getChildren().add(fixButton(problem, step, buttons.getChildren().isEmpty()));
        }
        if (problem.fixes().isEmpty()) {
            var none = new Label("No wizard step fixes this one.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            buttons.getChildren().add(none);
        }
        var card = new VBox(6, title, description, sources, buttons);
        card.getStyleClass().add("problem-card");
        card.setId("bounces-problem-" + cause.id());
        return card;
    }

    /// A message's name without its folders: `ptr-5.7.25.eml`, `bounces.mbox#3`, `INBOX #12`.
    static String shortName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    private Button fixButton(SetupProblem problem, WizardStep step, boolean first) {
        var button = new Button("Fix in " + step.title());
        button.setMnemonicParsing(false);
        button.setId(
                "bounces-fix-" + problem.cause().id() + "-" + step.name().toLowerCase(Locale.ROOT));
        if (first) {
            button.getStyleClass().add(Styles.ACCENT);
        }
        button.setOnAction(e -> viewModel.fix(step));
        return button;
    }
}
