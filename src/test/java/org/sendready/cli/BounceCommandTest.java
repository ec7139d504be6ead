package org.sendready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.bounce.BounceCorpus;

/// `sendready bounce key|token|process` in-process, on files.
class BounceCommandTest {

    @TempDir Path dir;

    private Path key() {
        var key = dir.resolve("bounce.key");
        var run = CliRun.of("bounce", "key", "new", "--out", key.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return key;
    }

    private List<String> corpusFiles() throws IOException {
        var files = new ArrayList<String>();
        for (var name : BounceCorpus.FILES) {
            var file = dir.resolve(name);
            try (InputStream in =
                    getClass().getResourceAsStream("/org/sendready/bounce/corpus/" + name)) {
                Files.write(file, in.readAllBytes());
            }
            files.add(file.toString());
        }
        return files;
    }

    private static String[] args(List<String> head, List<String> tail) {
        var all = new ArrayList<>(head);
        all.addAll(tail);
        return all.toArray(String[]::new);
    }

    @Test
    void keyNew_writesAnOwnerOnlyKey_andRefusesToReplaceIt() throws Exception {
        var key = key();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        var again = CliRun.of("bounce", "key", "new", "--out", key.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.err())
                .isEqualTo("sendready: " + key + ": already exists; it was not replaced\n");
    }

    @Test
    void tokenMake_printsAnAddressThatVerify_accepts() {
        var key = key().toString();

        var made =
                CliRun.of(
                        "bounce",
                        "token",
                        "make",
                        "--key",
                        key,
                        "--recipient",
                        "Nobody@Example.net",
                        "--domain",
                        "e.example.com");

        assertThat(made.exitCode()).as(made.err()).isZero();
        var address = made.out().strip();
        assertThat(address).matches("b1\\.[a-z2-7]{12}\\.[a-z2-7]{16}@e\\.example\\.com");
        var verified =
                CliRun.of(
                        "bounce",
                        "token",
                        "verify",
                        "--key",
                        key,
                        "--recipient",
                        "nobody@example.net",
                        address);
        assertThat(verified.exitCode()).isZero();
        assertThat(verified.out())
                .startsWith("valid, issued ")
                .contains("made for nobody@example.net");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            textBlock =
                    """
                    # what,                 recipient,           tamper, output
                    # the signature altered
                    forged,                 nobody@example.net,  true,   forged: the signature does not match this key
                    # a genuine token, another recipient
                    other recipient,        someone@example.net, false,  made for another recipient than someone@example.net
                    """)
    void tokenVerify_failsWithExit1(String what, String recipient, boolean tamper, String output) {
        var key = key().toString();
        var address =
                CliRun.of(
                                "bounce",
                                "token",
                                "make",
                                "--key",
                                key,
                                "--recipient",
                                "nobody@example.net",
                                "--domain",
                                "e.example.com")
                        .out()
                        .strip();
        var at = address.indexOf('@');
        var last = address.charAt(at - 1);
        var checked =
                tamper
                        ? address.substring(0, at - 1)
                                + (last == 'a' ? 'b' : 'a')
                                + address.substring(at)
                        : address;

        var run =
                CliRun.of(
                        "bounce",
                        "token",
                        "verify",
                        "--key",
                        key,
                        "--recipient",
                        recipient,
                        checked);

        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_GREEN);
        assertThat(run.out()).contains(output);
    }

    @Test
    void tokenMake_refusesABadDate() {
        var run =
                CliRun.of(
                        "bounce",
                        "token",
                        "make",
                        "--key",
                        key().toString(),
                        "--recipient",
                        "a@example.net",
                        "--domain",
                        "e.example.com",
                        "--date",
                        "2026-13-01");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .isEqualTo("sendready: --date: '2026-13-01' is not a date; expected YYYY-MM-DD\n");
    }

    @Test
    void process_summarisesTheCorpus_andNamesTheStepsThatFixOurSetup() throws Exception {
        var run = CliRun.of(args(List.of("bounce", "process", "--eml"), corpusFiles()));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.NOT_GREEN);
        assertThat(run.out())
                .contains(
                        "Messages: 11 (6 dsn, 2 provider-text, 1 auto-reply, 1 unrecognized, 1 malformed)")
                .contains("Recipients: 7 hard, 1 soft, 1 auto-reply, 2 unknown")
                .contains("Tokens: not checked (no --key)")
                .contains("Suppressed: 4 addresses\n  nobody@example.net  5.1.1\n")
                .contains(
                        "  gmail_ptr (Gmail): the sending IP has no PTR record, or its name does not resolve back to the IP (1 bounce)\n    fix: sendready check, step ptr\n")
                .contains(
                        "  gmail_dmarc_policy (Gmail): the message failed the From domain's DMARC policy (1 bounce)\n    fix: sendready check, steps dkim, dmarc\n")
                .contains("    fix: sendready dnsbl (or sendready check --dnsbl)\n");
    }

    @Test
    void process_withAKey_suppressesOnlyBouncesCarryingItsToken() throws Exception {
        var key = key().toString();
        var token =
                CliRun.of(
                                "bounce",
                                "token",
                                "make",
                                "--key",
                                key,
                                "--recipient",
                                "nobody@example.net",
                                "--domain",
                                "e.example.com")
                        .out()
                        .strip();
        var files = corpusFiles();
        var fresh = dir.resolve("fresh.eml");
        Files.writeString(
                fresh,
                Files.readString(Path.of(files.getFirst()), StandardCharsets.ISO_8859_1)
                        .replace("b1.vq2khmgdkara.s5zizoaea63vaeqc@e.example.com", token),
                StandardCharsets.ISO_8859_1);
        files.add(fresh.toString());

        var run =
                CliRun.of(
                        args(List.of("bounce", "process", "--key", key, "--json", "--eml"), files));

        var json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("tokensChecked").asBoolean()).isTrue();
        assertThat(json.get("suppressions")).hasSize(1);
        assertThat(json.get("suppressions").get(0).get("address").asText())
                .isEqualTo("nobody@example.net");
        assertThat(json.get("suppressions").get(0).get("source").asText())
                .isEqualTo(fresh.toString());
        // The corpus tokens were made with another key: all forged to this one.
        assertThat(json.at("/summary/byToken/forged").asInt()).isEqualTo(10);
        assertThat(json.at("/summary/byToken/valid").asInt()).isEqualTo(1);
        var gmail = json.get("messages").get(2).get("recipients").get(0);
        assertThat(gmail.get("setupCause").asText()).isEqualTo("gmail_dmarc_policy");
        assertThat(gmail.get("decision").asText()).isEqualTo("own-setup");
    }

    @Test
    void process_writesTheSuppressionListAsCsv_ownerOnly() throws Exception {
        var csv = dir.resolve("suppress.csv");

        var run =
                CliRun.of(
                        args(
                                List.of("bounce", "process", "--csv", csv.toString(), "--eml"),
                                corpusFiles()));

        assertThat(run.out()).contains("Suppressed: 4 addresses, written to " + csv);
        assertThat(Files.readString(csv))
                .startsWith(
                        "address,status,diagnostic,source\r\nnobody@example.net,5.1.1,550 5.1.1 <nobody@example.net>: Recipient")
                .contains(
                        "\r\ngone@example.net,5.1.10,Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound;");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv)))
                .isEqualTo("rw-------");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # arguments                                                        | message
                    # a server option with files
                    --eml x.eml --user bounces                                         | sendready: --user: applies to --imap and --pop3 only, not to files
                    # a mailbox needs a user
                    --imap mail.example.com --password-env X                           | sendready: --user: is required with --imap
                    # and a password
                    --imap mail.example.com --user u                                   | sendready: --password-env: a mailbox needs a password: give --password-env VAR or --password-stdin
                    # plain text only on loopback
                    --imap mail.example.com --user u --plain-loopback-only --password-env PATH | sendready: mailbox server: mail.example.com is not a loopback address; an unencrypted connection would send the password in clear. Use TLS or STARTTLS
                    # POP3 has no folders
                    --pop3 mail.example.com --user u --move-to Done --password-env PATH | sendready: move to: POP3 has no folders to move to; use IMAP, or delete instead
                    # one output at a time
                    --eml x.eml --csv out.csv --json                                   | sendready: --csv: cannot be combined with --json; choose one
                    """)
    void process_refusesOptionsThatDoNotFit(String arguments, String message) {
        var run = CliRun.of(args(List.of("bounce", "process"), List.of(arguments.split(" "))));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo(message + "\n");
    }
}
