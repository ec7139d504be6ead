package org.sendready.ui.wizard;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.sendready.plan.SetupPlan;

/// The project being edited: its plan (none until the Domain step made one), the file it was
/// opened from or saved to, and whether it has changes not saved yet. Every page edits the
/// plan through [#edit], so the dirty flag and autosave see every change.
public final class ProjectState {
    private final ReadOnlyObjectWrapper<SetupPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);

    /// The current plan; `null` before the Domain step made one.
    public ReadOnlyObjectProperty<SetupPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public Optional<SetupPlan> plan() {
        return Optional.ofNullable(plan.get());
    }

    /// The project file; `null` until saved or opened.
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /// Replaces the plan with the user's new version and marks the project changed.
    public void set(SetupPlan newPlan) {
        Objects.requireNonNull(newPlan);
        if (!newPlan.equals(plan.get())) {
            plan.set(newPlan);
            dirty.set(true);
        }
    }

    /// Applies `change` to the current plan; does nothing before there is a plan.
    public void edit(UnaryOperator<SetupPlan> change) {
        plan().map(change).ifPresent(this::set);
    }

    /// A project just opened or saved: nothing unsaved.
    public void loaded(SetupPlan openedPlan, Path from) {
        plan.set(openedPlan);
        file.set(from);
        dirty.set(false);
    }

    /// The current plan was written to `to`.
    public void saved(Path to) {
        file.set(to);
        dirty.set(false);
    }

    /// A new, empty project.
    public void clear() {
        plan.set(null);
        file.set(null);
        dirty.set(false);
    }
}
