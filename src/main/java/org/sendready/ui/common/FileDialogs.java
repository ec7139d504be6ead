package org.sendready.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/// Asks the user for a file to open or save. A port, because native file dialogs cannot be
/// driven by UI tests; tests pass answers of their own.
public interface FileDialogs {
    /// A file type offered in the dialog, e.g. `("sendready project", "*.sendready.json")`.
    record Filter(String description, List<String> patterns) {
        public Filter {
            patterns = List.copyOf(patterns);
        }

        public static Filter of(String description, String... patterns) {
            return new Filter(description, List.of(patterns));
        }
    }

    Optional<Path> open(String title, List<Filter> filters);

    /// Several files to open at once; empty when the user cancelled. Ports that cannot pick
    /// several files ask for one.
    default List<Path> openMany(String title, List<Filter> filters) {
        return open(title, filters).map(List::of).orElse(List.of());
    }

    /// The path to save to; the dialog asks about replacing an existing file.
    Optional<Path> save(String title, String suggestedName, List<Filter> filters);

    /// A folder to open (a Maildir, say); empty when the user cancelled. Without a dialog of
    /// its own, the file chooser's pick.
    default Optional<Path> openFolder(String title) {
        return open(title, List.of());
    }

    /// JavaFX's native file chooser over `owner`.
    static FileDialogs system(Window owner) {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(String title, List<Filter> filters) {
                return Optional.ofNullable(chooser(title, filters).showOpenDialog(owner))
                        .map(File::toPath);
            }

            @Override
            public List<Path> openMany(String title, List<Filter> filters) {
                var chosen = chooser(title, filters).showOpenMultipleDialog(owner);
                return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> save(String title, String suggestedName, List<Filter> filters) {
                var chooser = chooser(title, filters);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> openFolder(String title) {
                var chooser = new DirectoryChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }
        };
    }

    private static FileChooser chooser(String title, List<Filter> filters) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        filters.forEach(
                f ->
                        chooser.getExtensionFilters()
                                .add(
                                        new FileChooser.ExtensionFilter(
                                                f.description(), f.patterns())));
        return chooser;
    }
}
