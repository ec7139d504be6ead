package org.sendready.ui.spf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/// The builder's rows, in order: keeps one [SpfTermRowView] per row, and turns the buttons,
/// the keyboard (Alt+Up, Alt+Down, Ctrl+D, Delete) and dragging a row's handle into the
/// view-model's reorder, duplicate and remove.
final class SpfTermListView extends VBox {
    static final KeyCombination MOVE_UP =
            new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCombination MOVE_DOWN =
            new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    static final KeyCombination DUPLICATE =
            new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE);

    private static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    private static final PseudoClass DROP_AFTER = PseudoClass.getPseudoClass("drop-after");
    private static final PseudoClass DRAGGED = PseudoClass.getPseudoClass("dragged");

    private final SpfTermList model;
    private final Map<SpfTermRow, SpfTermRowView> views = new IdentityHashMap<>();
    private SpfTermRowView dragged;
    private int dropIndex = -1;

    SpfTermListView(SpfTermList model) {
        this.model = model;
        setId("spf-rows");
        getStyleClass().add("spf-rows");
        setSpacing(4);
        // Dragging starts on a handle; the list sees the moves and the release first, wherever
        // they land, so a text field under the pointer cannot swallow them.
        addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragOver);
        addEventFilter(MouseEvent.MOUSE_RELEASED, this::drop);
        model.rows()
                .addListener(
                        (ListChangeListener<SpfTermRow>)
                                change -> {
                                    if (reordered(change)) {
                                        layoutRows();
                                    }
                                });
        layoutRows();
    }

    /// True for changes of the rows themselves; edits inside a row need no new layout.
    private static boolean reordered(ListChangeListener.Change<? extends SpfTermRow> change) {
        while (change.next()) {
            if (!change.wasUpdated()) {
                return true;
            }
        }
        return false;
    }

    /// The view of `row`, if shown.
    SpfTermRowView viewOf(SpfTermRow row) {
        return views.get(row);
    }

    private void layoutRows() {
        var focused = getScene() == null ? null : getScene().getFocusOwner();
        var shown = new ArrayList<Node>();
        var rows = model.rows();
        views.keySet().retainAll(java.util.Set.copyOf(rows));
        for (int i = 0; i < rows.size(); i++) {
            var view = views.computeIfAbsent(rows.get(i), this::newView);
            view.number(i, rows.size());
            shown.add(view);
        }
        getChildren().setAll(shown);
        if (focused != null && focused.getScene() != null && isInside(focused)) {
            focused.requestFocus();
        }
    }

    private boolean isInside(Node node) {
        for (var n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    private SpfTermRowView newView(SpfTermRow row) {
        var view = new SpfTermRowView(row);
        view.up.setOnAction(e -> model.move(row, -1));
        view.down.setOnAction(e -> model.move(row, 1));
        view.duplicate.setOnAction(e -> focusLater(model.duplicate(row)));
        view.remove.setOnAction(e -> removeAndFocusNeighbour(row));
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> keyPressed(e, row));
        var handle = view.handle();
        handle.addEventHandler(
                MouseEvent.MOUSE_PRESSED,
                e -> {
                    handle.requestFocus();
                    startDrag(view);
                    e.consume(); // the page's scroll pane would take the focus
                });
        return view;
    }

    private void keyPressed(KeyEvent e, SpfTermRow row) {
        if (MOVE_UP.match(e)) {
            model.move(row, -1);
        } else if (MOVE_DOWN.match(e)) {
            model.move(row, 1);
        } else if (DUPLICATE.match(e)) {
            focusLater(model.duplicate(row));
        } else if (REMOVE.match(e) && !(e.getTarget() instanceof TextInputControl)) {
            removeAndFocusNeighbour(row);
        } else {
            return;
        }
        e.consume();
    }

    private void focusLater(SpfTermRow row) {
        var view = views.get(row);
        if (view != null) {
            view.handle().requestFocus();
        }
    }

    private void removeAndFocusNeighbour(SpfTermRow row) {
        int index = model.rows().indexOf(row);
        model.remove(row);
        if (!model.rows().isEmpty()) {
            focusLater(model.rows().get(Math.min(index, model.rows().size() - 1)));
        }
    }

    // ---- dragging a row by its handle ----

    private void startDrag(SpfTermRowView view) {
        dragged = view;
        dropIndex = -1;
        view.pseudoClassStateChanged(DRAGGED, true);
    }

    private void dragOver(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        e.consume();
        double y = sceneToLocal(e.getSceneX(), e.getSceneY()).getY();
        var children = getChildren();
        dropIndex = children.size();
        for (int i = 0; i < children.size(); i++) {
            var bounds = children.get(i).getBoundsInParent();
            if (y < bounds.getMinY() + bounds.getHeight() / 2) {
                dropIndex = i;
                break;
            }
        }
        for (int i = 0; i < children.size(); i++) {
            var child = children.get(i);
            child.pseudoClassStateChanged(DROP_BEFORE, i == dropIndex);
            child.pseudoClassStateChanged(
                    DROP_AFTER, dropIndex == children.size() && i == children.size() - 1);
        }
    }

    private void drop(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        e.consume();
        getChildren()
                .forEach(
                        child -> {
                            child.pseudoClassStateChanged(DROP_BEFORE, false);
                            child.pseudoClassStateChanged(DROP_AFTER, false);
                        });
        dragged.pseudoClassStateChanged(DRAGGED, false);
        var row = dragged.row();
        dragged = null;
        if (dropIndex < 0) {
            return;
        }
        int from = model.rows().indexOf(row);
        int to = dropIndex > from ? dropIndex - 1 : dropIndex;
        if (to != from) {
            model.moveTo(row, to);
        }
        focusLater(row);
    }
}
