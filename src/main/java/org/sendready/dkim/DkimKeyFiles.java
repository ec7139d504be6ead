package org.sendready.dkim;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;
import org.sendready.records.QuotedString;
import org.sendready.records.TxtStrings;
import org.sendready.storage.AtomicFile;
import org.sendready.storage.WriteMode;

/// The files of one DKIM key in a directory, named after its selector the way
/// `opendkim-genkey` names them, plus a public key file:
///
/// | file                    | content                                                   |
/// |-------------------------|-----------------------------------------------------------|
/// | `<selector>.private`    | the private key, PEM (PKCS#8 or PKCS#1), mode 0600        |
/// | `<selector>.public.pem` | the public key, PEM `PUBLIC KEY` (SubjectPublicKeyInfo)   |
/// | `<selector>.txt`        | the DNS record as a zone-file line, e.g. for BIND's `$INCLUDE` |
///
/// Each file is written atomically ([AtomicFile]); the private key file is created owner-only,
/// so it is never readable by others, not even while being written.
public record DkimKeyFiles(Path privateKey, Path publicKey, Path record) {

    public static final String PRIVATE_KEY_SUFFIX = ".private";
    public static final String PUBLIC_KEY_SUFFIX = ".public.pem";
    public static final String RECORD_SUFFIX = ".txt";

    /// The files for `selector` in `directory`.
    public static DkimKeyFiles in(Path directory, DkimSelector selector) {
        return new DkimKeyFiles(
                directory.resolve(selector.ascii() + PRIVATE_KEY_SUFFIX),
                directory.resolve(selector.ascii() + PUBLIC_KEY_SUFFIX),
                directory.resolve(selector.ascii() + RECORD_SUFFIX));
    }

    /// The private key, public key and record file, in the order they are written.
    public List<Path> all() {
        return List.of(privateKey, publicKey, record);
    }

    /// Those of [#all()] that already exist (a dangling link counts: it would be replaced).
    public List<Path> existing() {
        return all().stream().filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS)).toList();
    }

    /// Checks that the directory exists and can take new files, so a slow key generation is
    /// not wasted; [InvalidInput] names the directory.
    public void checkDirectory() {
        var directory = privateKey.toAbsolutePath().getParent();
        var field = directory.toString();
        if (!Files.exists(directory)) {
            throw new InvalidInput(field, "does not exist; create it first");
        }
        if (!Files.isDirectory(directory)) {
            throw new InvalidInput(field, "is not a directory");
        }
        if (!Files.isWritable(directory)) {
            throw new InvalidInput(field, "is not writable: permission denied");
        }
    }

    /// Writes `key` in `encoding`, its public key and `keyRecord` (published at `owner`).
    ///
    /// With [WriteMode#CREATE_NEW] nothing is written when any of the files exists. Errors are
    /// [InvalidInput] naming the file or directory.
    public void write(
            DkimPrivateKey key,
            PrivateKeyEncoding encoding,
            DkimKeyRecord keyRecord,
            DomainName owner,
            WriteMode mode) {
        if (!keyRecord.publishes(key.publicKey())) {
            throw new IllegalArgumentException("the record does not publish this key");
        }
        if (mode == WriteMode.CREATE_NEW) {
            existing().stream()
                    .findFirst()
                    .ifPresent(
                            file -> {
                                throw new InvalidInput(
                                        file.toString(), "already exists; it was not replaced");
                            });
        }
        PrivateKeyFile.write(privateKey, key, encoding, mode);
        AtomicFile.write(
                publicKey,
                key.publicKey().pem().getBytes(StandardCharsets.US_ASCII),
                AtomicFile.WORLD_READABLE,
                mode);
        AtomicFile.write(
                record,
                zoneFileText(owner, keyRecord).getBytes(StandardCharsets.UTF_8),
                AtomicFile.WORLD_READABLE,
                mode);
    }

    /// The record as one zone-file entry with an absolute owner name, its value split into
    /// character-strings of at most 255 octets (RFC 1035 section 3.3) inside parentheses, e.g.
    ///
    /// ```
    /// s1._domainkey.example.com. IN TXT ( "v=DKIM1; k=rsa; p=MIIB..."
    ///         "...IDAQAB" ) ; rsa 2048 SHA256:...
    /// ```
    public static String zoneFileText(DomainName owner, DkimKeyRecord keyRecord) {
        var strings =
                TxtStrings.split(keyRecord.format()).stream()
                        .map(QuotedString::of)
                        .collect(Collectors.joining("\n\t"));
        var comment =
                keyRecord
                        .publicKey()
                        .map(k -> k.algorithm() + " " + k.bits() + " " + k.fingerprint())
                        .orElse("revoked");
        return owner.absolute() + " IN TXT ( " + strings + " ) ; " + comment + "\n";
    }
}
