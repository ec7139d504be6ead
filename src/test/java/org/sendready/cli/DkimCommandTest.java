package org.sendready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dkim.PemKeyReader;

class DkimCommandTest {
    @TempDir Path dir;

    private CliRun keygen(String... extra) {
        var args =
                Stream.concat(
                                Stream.of(
                                        "dkim",
                                        "keygen",
                                        "--domain",
                                        "example.com",
                                        "--selector",
                                        "s1",
                                        "--out",
                                        dir.toString()),
                                Stream.of(extra))
                        .toArray(String[]::new);
        return CliRun.of(args);
    }

    private static String recordValue(String out) {
        return out.lines()
                .filter(line -> line.startsWith("  value  "))
                .findFirst()
                .orElseThrow()
                .substring("  value  ".length());
    }

    private static void assertOneLineError(CliRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines().findFirst().orElse("")).contains(message);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void keygen_writesOwnerOnlyKey_andPrintsRecordOfThatKey() throws IOException {
        var run = keygen();

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        var privateFile = dir.resolve("s1.private");
        assertThat(Files.getPosixFilePermissions(privateFile))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(privateFile)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(dir.resolve("s1.public.pem")).exists();
        assertThat(dir.resolve("s1.txt")).exists();

        var key = PemKeyReader.read(privateFile);
        assertThat(key.bits()).isEqualTo(2048);
        var record = DkimKeyRecord.parse(recordValue(run.out()));
        assertThat(record.publishes(key.publicKey())).isTrue();
        assertThat(run.out())
                .contains("New DKIM key for s1._domainkey.example.com: rsa, 2048 bits")
                .contains("  name   s1._domainkey.example.com")
                .contains("  fingerprint  " + key.publicKey().fingerprint())
                .contains(privateFile.toAbsolutePath().toString());
    }

    @Test
    void keygen_ed25519_testing_json() throws IOException {
        var run = keygen("--algorithm", "ed25519", "--testing", "--json");

        assertThat(run.exitCode()).isZero();
        var json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("name").asText()).isEqualTo("s1._domainkey.example.com");
        assertThat(json.get("algorithm").asText()).isEqualTo("ed25519");
        assertThat(json.get("bits").asInt()).isEqualTo(256);
        var record = DkimKeyRecord.parse(json.get("record").asText());
        assertThat(record.isTesting()).isTrue();
        var key = PemKeyReader.read(Path.of(json.get("files").get("privateKey").asText()));
        assertThat(record.publishes(key.publicKey())).isTrue();
        assertThat(json.get("fingerprint").asText()).isEqualTo(key.publicKey().fingerprint());
    }

    @Test
    void keygen_pkcs1_writesTraditionalRsaKey() throws IOException {
        var run = keygen("--pkcs1", "--bits", "1024");
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("s1.private")))
                .startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(PemKeyReader.read(dir.resolve("s1.private")).bits()).isEqualTo(1024);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // too small (RFC 8301)
                "--bits=512 | sendready: --bits: 512 is not offered for rsa keys; choose 1024, 2048, 3072, 4096",
                // not an offered size
                "--bits=1000 | sendready: --bits: 1000 is not offered",
                // Ed25519 has one size
                "--algorithm=ed25519 --bits=256 | sendready: --bits: does not apply to ed25519 keys",
                // PKCS#1 is RSA only
                "--algorithm=ed25519 --pkcs1 | sendready: --pkcs1: applies to rsa keys only",
                // unknown algorithm, rejected by the converter
                "--algorithm=ecdsa | sendready: Invalid value for option '--algorithm': 'ecdsa' is not a DKIM key type",
            })
    void keygen_rejectsBadOptions_onOneLine_withExitTwo(String options, String message) {
        var run = keygen(options.split(" "));
        assertOneLineError(run, message);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void keygen_rejectsBadSelector_asUsageError() {
        var run = CliRun.of("dkim", "keygen", "--domain", "example.com", "--selector", "s_1");
        assertOneLineError(run, "'s_1' contains '_'");
    }

    @Test
    void keygen_refusesExistingKey_namingFileAndForce() throws IOException {
        assertThat(keygen().exitCode()).isZero();
        var before = Files.readString(dir.resolve("s1.private"));

        var again = keygen();

        assertOneLineError(
                again, "sendready: " + dir.resolve("s1.private") + ": already exists; use --force");
        assertThat(Files.readString(dir.resolve("s1.private"))).isEqualTo(before);
    }

    @Test
    void keygen_force_replacesKey() throws IOException {
        assertThat(keygen("--algorithm", "ed25519").exitCode()).isZero();
        var before = PemKeyReader.read(dir.resolve("s1.private")).publicKey();

        var run = keygen("--algorithm", "ed25519", "--force");

        assertThat(run.exitCode()).isZero();
        var after = PemKeyReader.read(dir.resolve("s1.private")).publicKey();
        assertThat(after).isNotEqualTo(before);
        assertThat(DkimKeyRecord.parse(recordValue(run.out())).publishes(after)).isTrue();
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("s1.private", "s1.public.pem", "s1.txt");
        }
    }

    @Test
    void keygen_rejectsMissingOutDirectory() {
        var missing = dir.resolve("missing");
        var run =
                CliRun.of(
                        "dkim",
                        "keygen",
                        "--domain",
                        "example.com",
                        "--selector",
                        "s1",
                        "--out",
                        missing.toString());
        assertOneLineError(run, "sendready: " + missing + ": does not exist; create it first");
    }

    @Test
    void keygen_rejectsOutThatIsAFile() throws IOException {
        var file = Files.writeString(dir.resolve("file"), "x");
        var run =
                CliRun.of(
                        "dkim",
                        "keygen",
                        "--domain",
                        "example.com",
                        "--selector",
                        "s1",
                        "--out",
                        file.toString());
        assertOneLineError(run, "sendready: " + file + ": is not a directory");
    }

    @Test
    void keygen_requiresDomainAndSelector() {
        var run = CliRun.of("dkim", "keygen", "--selector", "s1");
        assertOneLineError(run, "sendready: Missing required option: '--domain=<domain>'");
    }

    @Test
    void show_printsSameRecordAsKeygen() {
        var generated = keygen();
        var run =
                CliRun.of(
                        "dkim",
                        "show",
                        "--key",
                        dir.resolve("s1.private").toString(),
                        "--selector",
                        "s1",
                        "--domain",
                        "example.com");
        assertThat(run.exitCode()).isZero();
        assertThat(recordValue(run.out())).isEqualTo(recordValue(generated.out()));
        assertThat(run.out()).contains("  name   s1._domainkey.example.com");
    }

    @Test
    void show_json_withoutName() throws IOException {
        keygen("--algorithm", "ed25519");
        var run =
                CliRun.of("dkim", "show", "--key", dir.resolve("s1.private").toString(), "--json");
        assertThat(run.exitCode()).isZero();
        var json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("name").isNull()).isTrue();
        assertThat(DkimKeyRecord.parse(json.get("record").asText()).algorithm().tag())
                .isEqualTo("ed25519");
    }

    @Test
    void show_rejectsPublicKeyFile_namingIt() {
        keygen("--algorithm", "ed25519");
        var file = dir.resolve("s1.public.pem");
        var run = CliRun.of("dkim", "show", "--key", file.toString());
        assertOneLineError(run, "sendready: " + file + ": holds a public key");
    }

    @Test
    void show_needsDomainWithSelector() {
        keygen("--algorithm", "ed25519");
        var run =
                CliRun.of(
                        "dkim",
                        "show",
                        "--key",
                        dir.resolve("s1.private").toString(),
                        "--selector",
                        "s1");
        assertOneLineError(run, "sendready: --domain: is needed too");
    }

    @Test
    void dkim_withoutSubcommand_printsUsage_withExitTwo() {
        var run = CliRun.of("dkim");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("keygen").contains("show");
    }
}
