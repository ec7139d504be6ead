package org.sendready.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.input.InvalidInput;

/// Reading keys OpenSSL wrote: the fixtures in src/test/resources/org/sendready/dkim (see the
/// README there), and keys OpenSSL generates during the test when it is installed.
class PemKeyReaderTest {

    @TempDir Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(PemKeyReaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /// The DER inside a `PUBLIC KEY` PEM file.
    static byte[] publicKeyDer(String pem) {
        var base64 =
                pem.replace("-----BEGIN PUBLIC KEY-----", "")
                        .replace("-----END PUBLIC KEY-----", "")
                        .replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    @ParameterizedTest
    @CsvSource({
        "rsa1024-pkcs1.pem, rsa1024.pub.pem, RSA, 1024", // openssl genrsa -traditional
        "rsa1024-pkcs8.pem, rsa1024.pub.pem, RSA, 1024", // the same key as PKCS#8
        "ed25519-pkcs8.pem, ed25519.pub.pem, ED25519, 256", // openssl genpkey -algorithm ed25519
    })
    void read_derivesThePublicKeyOpensslDerives(
            String keyFile, String publicFile, DkimAlgorithm algorithm, int bits)
            throws IOException {
        var key = PemKeyReader.read(fixture(keyFile));
        assertThat(key.algorithm()).isEqualTo(algorithm);
        assertThat(key.bits()).isEqualTo(bits);
        assertThat(key.publicKey().subjectPublicKeyInfo())
                .isEqualTo(publicKeyDer(Files.readString(fixture(publicFile))));
        assertThat(key.publicKey().pem()).isEqualTo(Files.readString(fixture(publicFile)));
    }

    @Test
    void read_ed25519_publishesRawKeyInRecord() {
        var key = PemKeyReader.read(fixture("ed25519-pkcs8.pem"));
        var spki = key.publicKey().subjectPublicKeyInfo();
        assertThat(key.publicKey().recordBytes())
                .hasSize(32)
                .isEqualTo(Arrays.copyOfRange(spki, 12, 44));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // RFC 8301 section 3.2: under 1024 bits is forbidden
                "rsa512-pkcs1.pem | holds an RSA key of 512 bits; DKIM requires at least 1024",
                // PKCS#8 EC key
                "ec-p256.pem | holds an EC (prime256v1) key; DKIM keys are rsa (RFC 6376) or ed25519 (RFC 8463)",
                // traditional EC key after an EC PARAMETERS block
                "ec-p256-traditional.pem | holds an EC (prime256v1) key",
                // a curve DKIM has no k= for
                "ed448.pem | holds an Ed448 key",
                // PKCS#8 encrypted
                "ed25519-encrypted.pem | is encrypted with a passphrase",
                // traditional OpenSSL encryption (Proc-Type: 4,ENCRYPTED)
                "rsa1024-encrypted-pkcs1.pem | is encrypted with a passphrase",
                // the public half
                "rsa1024.pub.pem | holds a public key; the private key is needed",
                // a certificate
                "ed25519-cert.pem | holds a certificate",
                // this directory's README: text without PEM
                "README.md | contains no PEM block",
            })
    void read_rejectsFileNamingItAndTheReason(String file, String reason) {
        var path = fixture(file);
        assertThatThrownBy(() -> PemKeyReader.read(path))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith(path + ": ")
                .hasMessageContaining(reason);
    }

    @Test
    void read_rejectsMissingFile() {
        var missing = dir.resolve("nope.private");
        assertThatThrownBy(() -> PemKeyReader.read(missing))
                .hasMessage(missing + ": does not exist");
    }

    @Test
    void read_rejectsDirectory() {
        assertThatThrownBy(() -> PemKeyReader.read(dir))
                .hasMessage(dir + ": is a directory, not a key file");
    }

    @Test
    void read_rejectsDeviceFile_withoutReadingIt() {
        var device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device), "no /dev/zero here");
        assertThatThrownBy(() -> PemKeyReader.read(device))
                .hasMessageStartingWith("/dev/zero: is not a regular file");
    }

    @Test
    void read_rejectsBinaryFile() throws IOException {
        var file = Files.write(dir.resolve("key.der"), new byte[] {0x30, (byte) 0x82, 0, 1, -1});
        assertThatThrownBy(() -> PemKeyReader.read(file))
                .hasMessageContaining("contains no PEM block")
                .hasMessageContaining("openssl pkey -inform DER");
    }

    @Test
    void read_rejectsHugeFile_withoutReadingIt() throws IOException {
        var file = Files.write(dir.resolve("big.pem"), new byte[70_000]);
        assertThatThrownBy(() -> PemKeyReader.read(file)).hasMessageContaining("70000 bytes long");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // BEGIN without END
                "'-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n' | is not a readable PEM key",
                // base64 that is no PKCS#8 structure
                "'-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n' | is not a readable PEM key",
                // a label PEMParser does not know
                "'-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n' | is not a readable PEM key",
            })
    void read_rejectsMalformedPem(String pem, String reason) {
        assertThatThrownBy(() -> PemKeyReader.read(new StringReader(pem), "key"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("key: ")
                .hasMessageContaining(reason);
    }

    @Test
    void read_importsKeysOpensslGeneratesNow() throws Exception {
        var openssl = OpenSsl.find();
        assumeTrue(openssl.isPresent(), "openssl is not on the PATH");
        var rsa = dir.resolve("rsa.pem");
        var ed = dir.resolve("ed.pem");
        openssl.get().run("genrsa", "-traditional", "-out", rsa.toString(), "2048");
        openssl.get().run("genpkey", "-algorithm", "ed25519", "-out", ed.toString());
        assertThat(Files.readString(rsa)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        for (var file : new Path[] {rsa, ed}) {
            var expected = openssl.get().run("pkey", "-in", file.toString(), "-pubout");
            assertThat(PemKeyReader.read(file).publicKey().pem()).isEqualTo(expected);
        }
    }
}
