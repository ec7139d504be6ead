package org.sendready.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.dmarc.MailAddress;
import org.sendready.input.InvalidInput;

/// The key's own file: owner-only, never replaced, refused when others may read it.
class BounceKeyFileTest {

    @TempDir Path dir;

    @Test
    void write_createsAnOwnerOnlyFile_thatReadsBackAsTheSameKey() throws Exception {
        var key = BounceKey.generate(new SecureRandom());
        var file = dir.resolve("bounce.key");

        BounceKeyFile.write(file, key);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        var token =
                new TokenSigner(key)
                        .issue(MailAddress.parse("a@example.net", "to"), BounceCorpus.ISSUED);
        assertThat(new TokenSigner(BounceKeyFile.read(file)).verify(token, BounceCorpus.ISSUED))
                .isInstanceOf(TokenVerdict.Valid.class);
        assertThat(Files.readString(file)).startsWith("# sendready bounce token key");
    }

    @Test
    void write_refusesToReplaceAKey() throws Exception {
        var file = dir.resolve("bounce.key");
        BounceKeyFile.write(file, BounceKey.generate(new SecureRandom()));
        var before = Files.readString(file);

        assertThatThrownBy(() -> BounceKeyFile.write(file, BounceKey.generate(new SecureRandom())))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(file + ": already exists; it was not replaced");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void read_refusesAKeyOthersMayRead() throws Exception {
        var file = dir.resolve("bounce.key");
        BounceKeyFile.write(file, BounceKey.generate(new SecureRandom()));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> BounceKeyFile.read(file))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(file + ": may be read by others; restrict it with: chmod 600 " + file);
    }

    @Test
    void read_namesTheCommandThatCreatesAKey_whenTheFileIsMissing() {
        var file = dir.resolve("missing.key");

        assertThatThrownBy(() -> BounceKeyFile.read(file))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(
                        file
                                + ": does not exist; create a key with: sendready bounce key new --out "
                                + file);
    }

    @Test
    void read_refusesAKeyOfTheWrongLength() throws Exception {
        var file = dir.resolve("short.key");
        Files.writeString(file, "# comment\nAAAA\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> BounceKeyFile.read(file))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("holds a key of 3 bytes; a bounce key has 32");
    }
}
