package org.sendready.ui.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.sendready.ui.common.FileDialogs;

/// File dialogs answered by the test: each dialog takes the next queued answer (empty = the
/// user cancelled), and the titles asked are recorded.
public final class ScriptedFileDialogs implements FileDialogs {
    private final Deque<Optional<Path>> answers = new ArrayDeque<>();
    private final Deque<String> asked = new ArrayDeque<>();
    private final Deque<List<Path>> many = new ArrayDeque<>();

    /// The next dialog picks `path`.
    public synchronized ScriptedFileDialogs answer(Path path) {
        answers.add(Optional.of(path));
        return this;
    }

    /// The next dialog picks all of `paths` (a dialog that allows several files).
    public synchronized ScriptedFileDialogs answerMany(Path... paths) {
        many.add(List.of(paths));
        return this;
    }

    /// The next dialog is cancelled.
    public synchronized ScriptedFileDialogs cancel() {
        answers.add(Optional.empty());
        return this;
    }

    public synchronized List<String> titlesAsked() {
        return List.copyOf(asked);
    }

    @Override
    public synchronized Optional<Path> open(String title, List<Filter> filters) {
        return next(title);
    }

    /// Takes the next [#answerMany] answer, else the next single answer.
    @Override
    public synchronized List<Path> openMany(String title, List<Filter> filters) {
        if (!many.isEmpty()) {
            asked.add(title);
            return many.poll();
        }
        return next(title).map(List::of).orElse(List.of());
    }

    @Override
    public synchronized Optional<Path> save(
            String title, String suggestedName, List<Filter> filters) {
        return next(title);
    }

    private Optional<Path> next(String title) {
        asked.add(title);
        if (answers.isEmpty()) {
            throw new AssertionError(
                    "file dialog '" + title + "' opened, but the test gave no answer");
        }
        return answers.poll();
    }
}
