package org.sendready.ui.check;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.sendready.check.CheckStatus;
import org.sendready.ui.common.StatusBadge;
import org.sendready.ui.common.StatusStyle;

/// The authoritative view as a table: a row per step, a column per name server with the
/// status its data gives, and whether the servers agree.
final class PropagationGrid extends GridPane {

    PropagationGrid() {
        getStyleClass().add("propagation-grid");
        setId("propagation-grid");
    }

    void show(Propagation propagation) {
        getChildren().clear();
        getColumnConstraints().clear();
        if (propagation.isEmpty()) {
            return;
        }
        var steps = new ColumnConstraints();
        steps.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().add(steps);
        add(header("Step"), 0, 0);
        int column = 1;
        for (var server : propagation.servers()) {
            var constraints = new ColumnConstraints();
            constraints.setMinWidth(120);
            getColumnConstraints().add(constraints);
            add(header(server), column++, 0);
        }
        var last = new ColumnConstraints();
        last.setHgrow(Priority.ALWAYS);
        getColumnConstraints().add(last);
        add(header("Agreement"), column, 0);

        int line = 1;
        for (var row : propagation.rows()) {
            add(new Label(CheckStepNames.title(row.step())), 0, line);
            int cell = 1;
            for (var status : row.statuses()) {
                add(cell(status), cell++, line);
            }
            var verdict = new Label(row.verdict());
            verdict.setId("propagation-verdict-" + row.step().id());
            verdict.getStyleClass().add(row.agree() ? "propagation-agree" : "propagation-differ");
            verdict.setWrapText(true);
            add(verdict, cell, line);
            line++;
        }
    }

    private static Label header(String text) {
        var label = new Label(text);
        label.getStyleClass().add("propagation-header");
        label.setWrapText(true);
        return label;
    }

    private static HBox cell(Optional<CheckStatus> status) {
        var badge = new StatusBadge();
        badge.show(status);
        var word = new Label(StatusStyle.label(status));
        word.getStyleClass().add("check-status");
        StatusStyle.apply(word, status);
        var box = new HBox(6, badge, word);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
