package org.sendready.ui.project;

import java.nio.file.Path;
import java.util.Objects;

/// A project file in the recent list, and whether it was there when the list was read.
///
/// @param path the file, absolute
/// @param exists false when the file was moved or deleted since; the list shows it greyed
public record RecentFile(Path path, boolean exists) {
    public RecentFile {
        Objects.requireNonNull(path);
    }

    /// The file's name, e.g. `example.com.sendready.json`.
    public String name() {
        var name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /// The folder the file is in, as the user reads it.
    public String folder() {
        var parent = path.getParent();
        return parent == null ? "" : parent.toString();
    }
}
