package org.sendready.ui.logs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import org.sendready.input.InvalidInput;

/// A log file the user chose: its size (the total that progress counts towards) and when it
/// was last written (rotated logs are read oldest first, so lifecycles that cross a rotation
/// join up).
///
/// @param bytes the size on disk (compressed, for a `.gz`)
public record LogFile(Path path, long bytes, Instant modified) {
    /// Oldest first; files written at the same moment by name.
    static final Comparator<LogFile> OLDEST_FIRST =
            Comparator.comparing(LogFile::modified).thenComparing(LogFile::path);

    /// Looks `path` up on disk (blocking: call it in the background).
    ///
    /// @throws InvalidInput naming the file when it is missing, a folder or not readable
    static LogFile at(Path path) {
        try {
            if (Files.isDirectory(path)) {
                throw new InvalidInput("FILE", path + " is a folder, not a log file");
            }
            var modified = Files.getLastModifiedTime(path).toInstant();
            if (!Files.isReadable(path)) {
                throw new InvalidInput(
                        "FILE",
                        path
                                + " is not readable by your user; ask for read access (on"
                                + " Debian and Ubuntu, membership of the adm group) or copy the"
                                + " file somewhere you can read it");
            }
            return new LogFile(path, Files.size(path), modified);
        } catch (NoSuchFileException e) {
            throw new InvalidInput("FILE", path + " does not exist", e);
        } catch (IOException e) {
            throw new InvalidInput("FILE", path + " cannot be read: " + e.getMessage(), e);
        }
    }

    /// The file's name, as the list shows it.
    public String name() {
        var name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /// The size as people read it.
    public String size() {
        return ByteSize.text(bytes);
    }
}
