package org.sendready.dkim;

import java.nio.file.Path;
import java.util.Arrays;
import org.sendready.storage.AtomicFile;
import org.sendready.storage.WriteMode;

/// A private key written to a file of the user's choosing, as the wizard's "Save private key"
/// does: PEM, written atomically ([AtomicFile]) and created owner-only (mode 0600), so the key
/// is never readable by others, not even while being written (STYLE.md section 13).
public final class PrivateKeyFile {
    private PrivateKeyFile() {}

    /// Writes `key` to `file` as PEM in `encoding`. With [WriteMode#CREATE_NEW] an existing
    /// file is refused and left as it was. Errors are [org.sendready.input.InvalidInput] naming
    /// the file or its directory (exists, not writable, no such directory).
    public static void write(
            Path file, DkimPrivateKey key, PrivateKeyEncoding encoding, WriteMode mode) {
        var pem = PemKeyWriter.encode(key, encoding);
        try {
            AtomicFile.write(file, pem, AtomicFile.OWNER_ONLY, mode);
        } finally {
            Arrays.fill(pem, (byte) 0);
        }
    }
}
