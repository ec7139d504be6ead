package org.sendready.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.input.InvalidInput;
import org.sendready.storage.WriteMode;

class PrivateKeyFileTest {
    private static DkimPrivateKey key;
    private static DkimPrivateKey other;

    @TempDir Path dir;

    @BeforeAll
    static void generate() {
        var generator = new DkimKeyGenerator(new SecureRandom());
        key = generator.generate(DkimKeySpec.ed25519());
        other = generator.generate(DkimKeySpec.ed25519());
    }

    @Test
    void write_createsAnOwnerOnlyPemFile_thatReadsBackAsTheSameKey() throws IOException {
        var file = dir.resolve("s202611.private");

        PrivateKeyFile.write(file, key, PrivateKeyEncoding.PKCS8, WriteMode.CREATE_NEW);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(PemKeyReader.read(file).publicKey()).isEqualTo(key.publicKey());
    }

    @Test
    void write_refusesAnExistingFile_andLeavesItUnchanged_inCreateNewMode() throws IOException {
        var file = dir.resolve("key.pem");
        PrivateKeyFile.write(file, key, PrivateKeyEncoding.PKCS8, WriteMode.CREATE_NEW);
        var before = Files.readString(file);

        assertThatThrownBy(
                        () ->
                                PrivateKeyFile.write(
                                        file,
                                        other,
                                        PrivateKeyEncoding.PKCS8,
                                        WriteMode.CREATE_NEW))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(file.toAbsolutePath() + ": already exists; it was not replaced");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void write_replacesTheFile_inOverwriteMode() {
        var file = dir.resolve("key.pem");
        PrivateKeyFile.write(file, key, PrivateKeyEncoding.PKCS8, WriteMode.CREATE_NEW);

        PrivateKeyFile.write(file, other, PrivateKeyEncoding.PKCS8, WriteMode.OVERWRITE);

        assertThat(PemKeyReader.read(file).publicKey()).isEqualTo(other.publicKey());
    }

    @Test
    void write_explainsAPathThatCannotBeWritten_evenForRoot() throws IOException {
        // Below a regular file no file can exist, whoever asks (tests may run as root).
        var regular = Files.writeString(dir.resolve("not-a-folder"), "x");
        var file = regular.resolve("key.pem");

        assertThatThrownBy(
                        () ->
                                PrivateKeyFile.write(
                                        file, key, PrivateKeyEncoding.PKCS8, WriteMode.CREATE_NEW))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining(regular.toString());
    }
}
