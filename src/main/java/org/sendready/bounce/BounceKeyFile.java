package org.sendready.bounce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.EnumSet;
import org.sendready.input.InvalidInput;
import org.sendready.storage.AtomicFile;
import org.sendready.storage.WriteMode;

/// The bounce key's own file: a comment line and the key in base64 (RFC 4648 section 4),
/// created once with owner-only permissions and never replaced (replacing it would make every
/// token already sent unverifiable).
///
/// Reading refuses a file that others may read, as OpenSSH does for private keys: a leaked
/// key lets anyone forge bounces that pass as ours.
public final class BounceKeyFile {

    private static final String HEADER =
            "# sendready bounce token key (HMAC-SHA256). Secret: keep it owner-only (0600),"
                    + " outside the project file.\n";

    /// Anything longer than a header and a key is not a key file; reading stops there.
    private static final long MAX_SIZE = 4096;

    private static final EnumSet<PosixFilePermission> OTHERS =
            EnumSet.of(
                    PosixFilePermission.GROUP_READ,
                    PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_READ,
                    PosixFilePermission.OTHERS_WRITE,
                    PosixFilePermission.OTHERS_EXECUTE);

    private BounceKeyFile() {}

    /// Writes `key` to a new file `target` (0600); an existing file is refused.
    public static void write(Path target, BounceKey key) {
        var text = HEADER + Base64.getEncoder().encodeToString(key.bytes()) + "\n";
        AtomicFile.write(
                target,
                text.getBytes(StandardCharsets.US_ASCII),
                AtomicFile.OWNER_ONLY,
                WriteMode.CREATE_NEW);
    }

    /// Reads the key in `file`; errors name the file and say how to fix it.
    public static BounceKey read(Path file) {
        var field = file.toString();
        refuseShared(file, field);
        String text;
        try {
            if (Files.size(file) > MAX_SIZE) {
                throw new InvalidInput(field, "is too large to be a bounce key file");
            }
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new InvalidInput(
                    field,
                    "does not exist; create a key with: sendready bounce key new --out " + file,
                    e);
        } catch (AccessDeniedException e) {
            throw new InvalidInput(field, "is not readable: permission denied", e);
        } catch (IOException e) {
            throw new InvalidInput(field, "could not be read: " + e.getMessage(), e);
        }
        var lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"));
        var data = lines.toList();
        if (data.size() != 1) {
            throw new InvalidInput(
                    field, "is not a bounce key file; expected one line of base64 after a comment");
        }
        try {
            return BounceKey.of(Base64.getDecoder().decode(data.getFirst()), field);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "does not hold base64: " + e.getMessage(), e);
        }
    }

    private static void refuseShared(Path file, String field) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")
                || !Files.exists(file)) {
            return;
        }
        try {
            var permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new InvalidInput(
                        field, "may be read by others; restrict it with: chmod 600 " + file);
            }
        } catch (IOException e) {
            throw new InvalidInput(field, "could not be read: " + e.getMessage(), e);
        }
    }
}
