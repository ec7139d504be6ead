package org.sendready.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;
import org.sendready.storage.WriteMode;

class DkimKeyFilesTest {
    private static final DomainName DOMAIN = DomainName.parse("example.com");
    private static final DkimSelector SELECTOR = DkimSelector.parse("s1");
    private static final DomainName OWNER = SELECTOR.ownerName(DOMAIN);

    private static DkimPrivateKey rsa;
    private static DkimPrivateKey ed25519;

    @TempDir Path dir;

    @BeforeAll
    static void generateKeys() {
        var generator = new DkimKeyGenerator(new SecureRandom());
        rsa = generator.generate(DkimKeySpec.rsaDefault());
        ed25519 = generator.generate(DkimKeySpec.ed25519());
    }

    private static DkimPrivateKey key(DkimAlgorithm algorithm) {
        return algorithm == DkimAlgorithm.RSA ? rsa : ed25519;
    }

    private DkimKeyFiles write(DkimPrivateKey key, PrivateKeyEncoding encoding, WriteMode mode) {
        var files = DkimKeyFiles.in(dir, SELECTOR);
        files.write(key, encoding, DkimKeyRecord.of(key.publicKey()), OWNER, mode);
        return files;
    }

    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        return Files.getPosixFilePermissions(file);
    }

    @ParameterizedTest
    @CsvSource({
        "RSA, PKCS8, -----BEGIN PRIVATE KEY-----", // the default
        "RSA, PKCS1, -----BEGIN RSA PRIVATE KEY-----", // as opendkim-genkey writes it
        "ED25519, PKCS8, -----BEGIN PRIVATE KEY-----", // the only form for Ed25519
    })
    void write_thenRead_givesTheSameKey(
            DkimAlgorithm algorithm, PrivateKeyEncoding encoding, String header)
            throws IOException {
        var key = key(algorithm);
        var files = write(key, encoding, WriteMode.CREATE_NEW);

        assertThat(Files.readString(files.privateKey())).startsWith(header + "\n");
        var read = PemKeyReader.read(files.privateKey());
        assertThat(read.publicKey()).isEqualTo(key.publicKey());
        assertThat(read.jcaKey().getEncoded()).isEqualTo(key.jcaKey().getEncoded());
        assertThat(Files.readString(files.publicKey())).isEqualTo(key.publicKey().pem());
    }

    @ParameterizedTest
    @CsvSource({
        "RSA, PKCS8", // PKCS#8 RSA
        "RSA, PKCS1", // traditional RSA
        "ED25519, PKCS8", // PKCS#8 Ed25519
    })
    void write_givesFilesOpensslReads(DkimAlgorithm algorithm, PrivateKeyEncoding encoding)
            throws Exception {
        var openssl = OpenSsl.find();
        assumeTrue(openssl.isPresent(), "openssl is not on the PATH");
        var key = key(algorithm);
        var files = write(key, encoding, WriteMode.CREATE_NEW);
        assertThat(openssl.get().run("pkey", "-in", files.privateKey().toString(), "-pubout"))
                .isEqualTo(key.publicKey().pem());
        assertThat(openssl.get().run("pkey", "-pubin", "-in", files.publicKey().toString()))
                .isEqualTo(key.publicKey().pem());
    }

    @Test
    void write_createsPrivateKeyOwnerOnly_andPublicFilesReadable() throws IOException {
        var files = write(rsa, PrivateKeyEncoding.PKCS8, WriteMode.CREATE_NEW);
        assertThat(permissions(files.privateKey()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(permissions(files.publicKey()))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OTHERS_READ)
                .doesNotContain(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    }

    @Test
    void write_namesFilesAfterSelector() {
        var files = write(ed25519, PrivateKeyEncoding.PKCS8, WriteMode.CREATE_NEW);
        assertThat(files.all())
                .containsExactly(
                        dir.resolve("s1.private"),
                        dir.resolve("s1.public.pem"),
                        dir.resolve("s1.txt"));
        assertThat(files.existing()).isEqualTo(files.all());
    }

    @Test
    void write_recordFileIsZoneFileLineWithSplitStrings() throws IOException {
        var files = write(rsa, PrivateKeyEncoding.PKCS8, WriteMode.CREATE_NEW);
        var text = Files.readString(files.record());
        assertThat(text).startsWith("s1._domainkey.example.com. IN TXT ( \"v=DKIM1; k=rsa; p=");
        assertThat(text).endsWith(" ) ; rsa 2048 " + rsa.publicKey().fingerprint() + "\n");
        var strings =
                text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'))
                        .strip()
                        .split("\"\\s+\"");
        assertThat(strings).hasSizeGreaterThan(1);
        var joined = String.join("", strings).replace("\"", "");
        assertThat(DkimKeyRecord.parse(joined).publishes(rsa.publicKey())).isTrue();
    }

    @Test
    void write_refusesExistingFile_andWritesNothing() throws IOException {
        var publicFile = Files.writeString(dir.resolve("s1.public.pem"), "old");
        var files = DkimKeyFiles.in(dir, SELECTOR);
        assertThatThrownBy(
                        () ->
                                files.write(
                                        rsa,
                                        PrivateKeyEncoding.PKCS8,
                                        DkimKeyRecord.of(rsa.publicKey()),
                                        OWNER,
                                        WriteMode.CREATE_NEW))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(publicFile + ": already exists; it was not replaced");
        assertThat(Files.readString(publicFile)).isEqualTo("old");
        try (Stream<Path> listing = Files.list(dir)) {
            assertThat(listing).containsExactly(publicFile);
        }
    }

    @Test
    void write_overwrite_replacesKey_andKeepsItOwnerOnly() throws IOException {
        var privateFile = Files.writeString(dir.resolve("s1.private"), "old key");
        Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-r--r--"));
        write(ed25519, PrivateKeyEncoding.PKCS8, WriteMode.OVERWRITE);
        assertThat(PemKeyReader.read(privateFile).publicKey()).isEqualTo(ed25519.publicKey());
        assertThat(permissions(privateFile))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void write_leavesNoTemporaryFile_whenTheRenameFails() throws IOException {
        // A non-empty directory where the private key should go: the final rename fails.
        var blocker = Files.createDirectory(dir.resolve("s1.private"));
        Files.writeString(blocker.resolve("inside"), "x");
        assertThatThrownBy(() -> write(rsa, PrivateKeyEncoding.PKCS8, WriteMode.OVERWRITE))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith(blocker.toAbsolutePath() + ": could not be written");
        try (Stream<Path> listing = Files.list(dir)) {
            assertThat(listing).containsExactly(blocker);
        }
    }

    @Test
    void write_rejectsPkcs1ForEd25519() {
        assertThatThrownBy(() -> write(ed25519, PrivateKeyEncoding.PKCS1, WriteMode.CREATE_NEW))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("PKCS#1 holds only RSA keys");
    }

    @Test
    void write_rejectsRecordOfAnotherKey() {
        var files = DkimKeyFiles.in(dir, SELECTOR);
        assertThatThrownBy(
                        () ->
                                files.write(
                                        rsa,
                                        PrivateKeyEncoding.PKCS8,
                                        DkimKeyRecord.of(ed25519.publicKey()),
                                        OWNER,
                                        WriteMode.CREATE_NEW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void write_namesMissingDirectory_andLeavesNothing() {
        var missing = dir.resolve("missing");
        var files = DkimKeyFiles.in(missing, SELECTOR);
        assertThatThrownBy(
                        () ->
                                files.write(
                                        ed25519,
                                        PrivateKeyEncoding.PKCS8,
                                        DkimKeyRecord.of(ed25519.publicKey()),
                                        OWNER,
                                        WriteMode.CREATE_NEW))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(missing.toAbsolutePath() + ": does not exist");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void checkDirectory_namesMissingDirectory() {
        var missing = dir.resolve("missing");
        assertThatThrownBy(() -> DkimKeyFiles.in(missing, SELECTOR).checkDirectory())
                .hasMessage(missing.toAbsolutePath() + ": does not exist; create it first");
    }

    @Test
    void checkDirectory_namesFileThatIsNoDirectory() throws IOException {
        var file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> DkimKeyFiles.in(file, SELECTOR).checkDirectory())
                .hasMessage(file.toAbsolutePath() + ": is not a directory");
    }

    @Test
    void write_namesUnwritableDirectory() throws IOException {
        var locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeTrue(!Files.isWritable(locked), "running as root: every directory is writable");
            var files = DkimKeyFiles.in(locked, SELECTOR);
            assertThatThrownBy(files::checkDirectory)
                    .hasMessage(locked.toAbsolutePath() + ": is not writable: permission denied");
            assertThatThrownBy(
                            () ->
                                    files.write(
                                            rsa,
                                            PrivateKeyEncoding.PKCS8,
                                            DkimKeyRecord.of(rsa.publicKey()),
                                            OWNER,
                                            WriteMode.CREATE_NEW))
                    .hasMessage(locked.toAbsolutePath() + ": is not writable: permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
