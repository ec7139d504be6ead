package org.sendready.ui.spf;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.sendready.spf.Qualifier;
import org.sendready.spf.SpfResult;
import org.sendready.spf.SpfTrace;
import org.sendready.spf.TermOutcome;
import org.sendready.spf.TermTrace;

/// The include tree: an evaluation's [SpfTrace] with each record, the terms it evaluated and
/// the records its includes and redirect reached, nested, each coloured by its outcome.
final class SpfTraceTreeView extends TreeView<SpfTraceTreeView.Entry> {

    /// One line of the tree: its text, and the outcome that colours it (`matched`, `pass`...).
    record Entry(String text, String outcome) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static final List<String> OUTCOMES =
            List.of(
                    "pass",
                    "fail",
                    "softfail",
                    "neutral",
                    "none",
                    "temperror",
                    "permerror",
                    "matched",
                    "not-matched",
                    "error",
                    "not-reached",
                    "followed",
                    "used",
                    "ignored");

    SpfTraceTreeView() {
        setId("spf-include-tree");
        getStyleClass().add("spf-include-tree");
        setShowRoot(true);
        setPrefHeight(220);
        setCellFactory(tree -> new EntryCell());
        setAccessibleText("Include tree of the tested evaluation");
    }

    /// Shows `trace`, fully expanded; nothing for `null`.
    void show(SpfTrace trace) {
        setRoot(trace == null ? null : record(trace));
    }

    private static TreeItem<Entry> record(SpfTrace trace) {
        var text =
                trace.domain()
                        + ": "
                        + trace.result().id()
                        + trace.record().map(r -> "   " + r).orElse("   (" + trace.detail() + ")");
        var item = new TreeItem<>(new Entry(text, trace.result().id()));
        item.setExpanded(true);
        for (var term : trace.terms()) {
            item.getChildren().add(term(term));
        }
        return item;
    }

    private static TreeItem<Entry> term(TermTrace term) {
        var text = term.term() + ": " + term.outcome().label() + ", " + term.detail();
        var item = new TreeItem<>(new Entry(text, style(term)));
        term.child()
                .ifPresent(
                        child -> {
                            item.getChildren().add(record(child));
                            item.setExpanded(true);
                        });
        return item;
    }

    /// A matched directive takes the colour of the result it gives (`-all` matched is a
    /// fail); other terms the colour of their outcome.
    private static String style(TermTrace term) {
        if (term.outcome() != TermOutcome.MATCHED || term.term().isEmpty()) {
            return term.outcome().id();
        }
        return Qualifier.fromSymbol(term.term().charAt(0))
                .map(q -> SpfResult.of(q).id())
                .orElse(SpfResult.PASS.id());
    }

    private static final class EntryCell extends TreeCell<Entry> {
        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(empty || entry == null ? null : entry.text());
            for (var outcome : OUTCOMES) {
                pseudoClassStateChanged(
                        PseudoClass.getPseudoClass(outcome),
                        !empty && entry != null && entry.outcome().equals(outcome));
            }
        }
    }
}
