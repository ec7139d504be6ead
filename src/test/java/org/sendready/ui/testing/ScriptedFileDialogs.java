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
    private final Deque<List<Path>> fileLists = new ArrayDeque<>();

    /// The next dialog picks `path`.
    public synchronized ScriptedFileDialogs answer(Path path) {
        answers.add(Optional.of(path));
        return this;
    }

    /// The next several-files dialog ([#openFiles]) picks `paths` (none = cancelled).
    public synchronized ScriptedFileDialogs answerFiles(List<Path> paths) {
        fileLists.add(List.copyOf(paths));
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

    @Override
    public synchronized Optional<Path> save(
            String title, String suggestedName, List<Filter> filters) {
        return next(title);
    }

    @Override
    public synchronized List<Path> openFiles(String title, List<Filter> filters) {
        asked.add(title);
        if (fileLists.isEmpty()) {
            throw new AssertionError(
                    "files dialog '" + title + "' opened, but the test gave no answer");
        }
        return fileLists.poll();
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
