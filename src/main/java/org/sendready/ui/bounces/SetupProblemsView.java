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
import org.sendready.ui.common.SectionTitle;
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
        root = new VBox(8, SectionTitle.of("Setup problems"), intro, cards, message);
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
        var rejection = problem.rejection();
        int count = problem.sources().size();
        var title = new Label(rejection.provider() + ": " + rejection.cause());
        title.getStyleClass().add("problem-title");
        title.setWrapText(true);
        title.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        var sources =
                new Label(
                        (count == 1 ? "1 bounce, seen in: " : count + " bounces, seen in: ")
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
        var card = new VBox(6, title, sources, buttons);
        card.getStyleClass().add("problem-card");
        card.setId("bounces-problem-" + rejection.id());
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
                "bounces-fix-"
                        + problem.rejection().id()
                        + "-"
                        + step.name().toLowerCase(Locale.ROOT));
        if (first) {
            button.getStyleClass().add(Styles.ACCENT);
        }
        button.setOnAction(e -> viewModel.fix(step));
        return button;
    }
}
