package org.sendready.ui.project;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/// Project dialogs answered by the test: each "save first?" question takes the next queued
/// answer; questions and error messages are recorded.
public final class ScriptedPrompts implements ProjectPrompts {
    /// An error dialog as it would have been shown.
    public record Shown(String heading, String detail) {}

    private final Deque<UnsavedChoice> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final List<Shown> errors = new ArrayList<>();

    /// The next "save first?" question is answered `choice`.
    public synchronized ScriptedPrompts answer(UnsavedChoice choice) {
        answers.add(choice);
        return this;
    }

    /// The project names the "save first?" questions named.
    public synchronized List<String> asked() {
        return List.copyOf(asked);
    }

    public synchronized List<Shown> errors() {
        return List.copyOf(errors);
    }

    @Override
    public synchronized UnsavedChoice askToSave(String projectName) {
        asked.add(projectName);
        if (answers.isEmpty()) {
            throw new AssertionError(
                    "asked whether to save " + projectName + ", but the test gave no answer");
        }
        return answers.poll();
    }

    @Override
    public synchronized void showError(String heading, String detail) {
        errors.add(new Shown(heading, detail));
    }
}
