package org.sendready.storage;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.sendready.input.InvalidInput;

/// Writes a whole file or nothing: the content goes to a temporary file in the target's
/// directory, created with its final permissions, is flushed to disk, and is then renamed over
/// the target in one step. Readers never see a partial file, and a secret is never readable by
/// others, not even for a moment.
///
/// With [WriteMode#CREATE_NEW] an existing target is refused. The check happens just before
/// the rename (POSIX `rename` itself always replaces), so two writers racing for the same name
/// within that instant could still replace each other; sendready never does that.
public final class AtomicFile {
    private static final System.Logger LOG = System.getLogger(AtomicFile.class.getName());

    /// Owner read and write only: how private key files are created (STYLE.md section 13).
    public static final Set<PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rw-------");

    /// Readable by all, as public keys and records may be.
    public static final Set<PosixFilePermission> WORLD_READABLE =
            PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFile() {}

    /// Writes `content` to `target` with `permissions` (where the file system has POSIX
    /// permissions). Failures are [InvalidInput] naming the file, and leave no temporary file.
    public static void write(
            Path target, byte[] content, Set<PosixFilePermission> permissions, WriteMode mode) {
        var file = target.toAbsolutePath();
        var directory = file.getParent();
        refuseExisting(file, mode);
        Path temporary;
        try {
            temporary =
                    Files.createTempFile(
                            directory,
                            "." + file.getFileName() + ".",
                            ".tmp",
                            attributes(directory, permissions));
        } catch (IOException e) {
            throw translate(e, directory, file);
        }
        boolean moved = false;
        try {
            try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                var buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            refuseExisting(file, mode);
            if (mode == WriteMode.OVERWRITE) {
                Files.move(
                        temporary,
                        file,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            }
            moved = true;
        } catch (IOException e) {
            throw translate(e, directory, file);
        } finally {
            if (!moved) {
                deleteTemporary(temporary);
            }
        }
    }

    private static void refuseExisting(Path file, WriteMode mode) {
        if (mode == WriteMode.CREATE_NEW && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInput(file.toString(), "already exists; it was not replaced");
        }
    }

    private static FileAttribute<?>[] attributes(
            Path directory, Set<PosixFilePermission> permissions) {
        return directory.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static InvalidInput translate(IOException e, Path directory, Path file) {
        return switch (e) {
            case AccessDeniedException ignored ->
                    new InvalidInput(directory.toString(), "is not writable: permission denied", e);
            case NoSuchFileException ignored ->
                    new InvalidInput(directory.toString(), "does not exist", e);
            case FileSystemException fs when fs.getReason() != null ->
                    new InvalidInput(file.toString(), "could not be written: " + fs.getReason(), e);
            default -> new InvalidInput(file.toString(), "could not be written: " + e, e);
        };
    }

    private static void deleteTemporary(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove temporary file " + temporary, e);
        }
    }
}
