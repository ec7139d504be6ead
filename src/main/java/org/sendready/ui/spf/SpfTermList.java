package org.sendready.ui.spf;

import java.util.ArrayList;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sendready.spf.Directive;
import org.sendready.spf.SpfRecord;
import org.sendready.spf.Term;

/// The builder's rows in record order, and the edits of the list itself: add where a term
/// belongs, remove, duplicate, move by a step or to a place. Each change of the list, or of a
/// row's term or text, is one change of [#rows()].
public final class SpfTermList {
    private final ObservableList<SpfTermRow> rows =
            FXCollections.observableArrayList(
                    row -> new Observable[] {row.termProperty(), row.textProperty()});

    /// The rows in order.
    public ObservableList<SpfTermRow> rows() {
        return rows;
    }

    /// Adds an empty row of `kind` where it belongs (see [#insert]).
    public SpfTermRow add(SpfTermKind kind) {
        return insert(new SpfTermRow(kind));
    }

    /// Inserts `row` where its kind belongs: a mechanism before the first `all` or modifier,
    /// `all` and modifiers at the end.
    public SpfTermRow insert(SpfTermRow row) {
        rows.add(insertionPoint(row.kindProperty().get()), row);
        return row;
    }

    /// Removes `row`.
    public void remove(SpfTermRow row) {
        rows.remove(row);
    }

    /// Adds a copy of `row` right after it and returns the copy.
    public SpfTermRow duplicate(SpfTermRow row) {
        var copy = row.copy();
        rows.add(rows.indexOf(row) + 1, copy);
        return copy;
    }

    /// Moves `row` by `delta` places (-1 up, +1 down); false when it is already at that end.
    public boolean move(SpfTermRow row, int delta) {
        int from = rows.indexOf(row);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= rows.size()) {
            return false;
        }
        moveTo(row, to);
        return true;
    }

    /// Moves `row` to `index` (its index after the move), as a drag and drop does; one change.
    public void moveTo(SpfTermRow row, int index) {
        var order = new ArrayList<>(rows);
        if (!order.remove(row)) {
            return;
        }
        order.add(Math.clamp(index, 0, order.size()), row);
        rows.setAll(order);
    }

    /// Replaces every row with the terms of `record`; one change.
    public void load(SpfRecord record) {
        var loaded = new ArrayList<SpfTermRow>();
        for (Term term : record.terms()) {
            loaded.add(SpfTermRow.of(term));
        }
        rows.setAll(loaded);
    }

    /// The first valid row holding `directive`'s mechanism, whatever its qualifier.
    public Optional<SpfTermRow> find(Directive directive) {
        return rows.stream()
                .filter(
                        row ->
                                row.term() instanceof Directive held
                                        && held.mechanism().equals(directive.mechanism()))
                .findFirst();
    }

    private int insertionPoint(SpfTermKind kind) {
        if (kind == SpfTermKind.ALL || kind.isModifier()) {
            return rows.size();
        }
        for (int i = 0; i < rows.size(); i++) {
            var other = rows.get(i).kindProperty().get();
            if (other == SpfTermKind.ALL || other.isModifier()) {
                return i;
            }
        }
        return rows.size();
    }
}
