package org.sendready.ui.dkim;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sendready.dkim.DkimSelector;
import org.sendready.input.InvalidInput;
import org.sendready.plan.DkimKeyRef;
import org.sendready.plan.SetupPlan;
import org.sendready.ui.wizard.ProjectState;

/// The selector of the next key: what the user typed, checked as they type against the
/// selector rules and the plan's selectors, with a dated suggestion (`s202611`) whenever the
/// field holds no name of the user's own.
final class SelectorField {
    private final ProjectState project;
    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recordName = new ReadOnlyStringWrapper("");
    private String suggested = "";

    SelectorField(ProjectState project, Clock clock) {
        this.project = project;
        this.clock = clock;
        text.addListener((obs, old, now) -> valid());
    }

    StringProperty textProperty() {
        return text;
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyStringProperty recordNameProperty() {
        return recordName.getReadOnlyProperty();
    }

    /// The next dated selector not yet in `plan`.
    DkimSelector next(SetupPlan plan) {
        return DkimSelector.dated(
                YearMonth.now(clock), plan.dkimKeys().stream().map(DkimKeyRef::selector).toList());
    }

    /// The plan changed: a suggestion is renewed (a name the user typed is kept), and the text
    /// checked again.
    void planChanged() {
        if (text.get().isBlank() || text.get().equals(suggested)) {
            suggestNext();
        }
        valid();
    }

    /// Fills the field with the next dated selector, e.g. after a key took the current one.
    void suggestNext() {
        project.plan()
                .ifPresent(
                        plan -> {
                            suggested = next(plan).ascii();
                            text.set(suggested);
                        });
    }

    /// The typed selector when it can name a new key; else empty, with [#errorProperty()]
    /// saying why.
    Optional<DkimSelector> valid() {
        try {
            var selector = DkimSelector.parse(text.get());
            var plan = project.plan();
            if (plan.isPresent()) {
                var owner = selector.ownerName(plan.get().domain());
                if (plan.get().dkimKeys().stream().anyMatch(k -> k.selector().equals(selector))) {
                    throw new InvalidInput(
                            "selector",
                            "'"
                                    + selector
                                    + "' is already a key of this plan; choose a new name such"
                                    + " as "
                                    + next(plan.get())
                                    + " (to replace that key, rotate it)");
                }
                recordName.set(owner.ascii());
            }
            error.set("");
            return Optional.of(selector);
        } catch (InvalidInput e) {
            error.set(e.getMessage());
            recordName.set("");
            return Optional.empty();
        }
    }
}
