package org.sendready.ui.spf;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.spf.SpfEvaluation;
import org.sendready.spf.SpfResult;

/// "Would this IP pass?": an address and an optional sender, the result in words, and the
/// include tree of that evaluation.
final class SpfIpTesterView extends VBox {

    SpfIpTesterView(SpfIpTesterViewModel model) {
        getStyleClass().add("spf-tester");
        setSpacing(8);

        var ip = new TextField();
        ip.setId("spf-test-ip");
        ip.getStyleClass().add("mono");
        ip.setPromptText("192.0.2.10");
        ip.textProperty().bindBidirectional(model.ipProperty());
        ip.setOnAction(e -> model.test());
        var ipLabel = new Label("IP a_ddress");
        ipLabel.setMnemonicParsing(true);
        ipLabel.setLabelFor(ip);
        var ipError = errorLabel("spf-test-ip-error");
        ipError.textProperty().bind(model.ipErrorProperty());
        ip.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        model.ipErrorProperty()
                .addListener(
                        (obs, old, now) ->
                                ip.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));

        var sender = new TextField();
        sender.setId("spf-test-sender");
        sender.getStyleClass().add("mono");
        sender.promptTextProperty().bind(model.senderPromptProperty());
        sender.textProperty().bindBidirectional(model.senderProperty());
        sender.setOnAction(e -> model.test());
        var senderLabel = new Label("S_ender (optional)");
        senderLabel.setMnemonicParsing(true);
        senderLabel.setLabelFor(sender);
        var senderError = errorLabel("spf-test-sender-error");
        senderError.textProperty().bind(model.senderErrorProperty());

        var test = new Button("_Test", new FontIcon(Material2MZ.PLAY_ARROW));
        test.setId("spf-test");
        test.setMnemonicParsing(true);
        test.setTooltip(new Tooltip("Run check_host() for this IP against the record above"));
        test.setOnAction(e -> model.test());
        var busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.testingProperty());

        var grid = new GridPane();
        grid.getStyleClass().add("spf-tester-grid");
        grid.addRow(0, ipLabel, ip, new HBox(8, test, busy));
        grid.add(ipError, 1, 1, 2, 1);
        grid.addRow(2, senderLabel, sender);
        grid.add(senderError, 1, 3, 2, 1);
        GridPane.setHgrow(ip, Priority.ALWAYS);
        GridPane.setHgrow(sender, Priority.ALWAYS);

        var headline = new Label();
        headline.setId("spf-test-headline");
        headline.getStyleClass().add("spf-test-headline");
        headline.setWrapText(true);
        headline.textProperty().bind(model.headlineProperty());
        var explanation = new Label();
        explanation.setId("spf-test-explanation");
        explanation.getStyleClass().add("spf-test-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(model.explanationProperty());

        var treeTitle = new Label("Include tree of this test");
        treeTitle.getStyleClass().add("spf-subtitle");
        var tree = new SpfTraceTreeView();
        model.evaluationProperty()
                .addListener(
                        (obs, old, now) -> {
                            tree.show(now == null ? null : now.trace());
                            styleResult(headline, now);
                        });
        tree.show(model.trace());
        styleResult(headline, model.evaluationProperty().get());

        var resultBox = new HBox(8, headline);
        resultBox.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(grid, resultBox, explanation, treeTitle, tree);
    }

    private static Label errorLabel(String id) {
        var label = new Label();
        label.setId(id);
        label.getStyleClass().add("spf-field-error");
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    private static void styleResult(Label headline, SpfEvaluation evaluation) {
        for (var result : SpfResult.values()) {
            headline.pseudoClassStateChanged(
                    PseudoClass.getPseudoClass(result.id()),
                    evaluation != null && evaluation.result() == result);
        }
    }
}
