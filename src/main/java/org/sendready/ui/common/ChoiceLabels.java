package org.sendready.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.util.StringConverter;

/// The words a choice box shows for its choices, and back: a label names the choice it was
/// made from. One converter for every closed list of choices in the wizard.
public final class ChoiceLabels<T> extends StringConverter<T> {
    private final List<T> choices;
    private final Function<T, String> label;

    /// `choices` may be a live list (a control's items); it is read when a label is looked up.
    public ChoiceLabels(List<T> choices, Function<T, String> label) {
        this.choices = Objects.requireNonNull(choices);
        this.label = Objects.requireNonNull(label);
    }

    @Override
    public String toString(T choice) {
        return choice == null ? "" : label.apply(choice);
    }

    /// The choice labelled `text`; `null` when none is.
    @Override
    public T fromString(String text) {
        return choices.stream().filter(c -> toString(c).equals(text)).findFirst().orElse(null);
    }
}
