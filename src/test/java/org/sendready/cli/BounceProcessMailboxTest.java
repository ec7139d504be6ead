package org.sendready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.testing.DovecotServer;

/// `sendready bounce process` as a user runs it: a separate JVM (so the password can come from
/// its own environment or standard input), against Dovecot on loopback, trusting the test
/// certificate through its own trust store.
class BounceProcessMailboxTest {

    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    private static final List<String> CORPUS =
            List.of(
                    "hard-5.1.1-dsn.eml",
                    "soft-4.2.2-mailbox-full.eml",
                    "gmail-5.7.26-dmarc.eml",
                    "auto-reply-out-of-office.eml",
                    "malformed-report.eml",
                    "not-a-bounce.eml");

    @TempDir static Path dir;

    /// Dovecot's own folder: its mail user must be able to reach it.
    @TempDir static Path dovecotDir;

    private static DovecotServer dovecot;
    private static Path trustStore;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        dovecot = DovecotServer.start(dovecotDir);
        trustStore = dir.resolve("trust.p12");
        dovecot.writeTrustStore(trustStore, STORE_PASSWORD);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (dovecot != null) {
            dovecot.close();
        }
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run sendready(String stdin, String passwordVariable, String... args)
            throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djavax.net.ssl.trustStore=" + trustStore);
        command.add("-Djavax.net.ssl.trustStorePassword=" + new String(STORE_PASSWORD));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        if (passwordVariable != null) {
            builder.environment().put(passwordVariable, DovecotServer.PASSWORD);
        }
        var process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    private static void deliver(String user) throws IOException, InterruptedException {
        var messages = new ArrayList<byte[]>();
        for (var name : CORPUS) {
            try (InputStream in =
                    BounceProcessMailboxTest.class.getResourceAsStream(
                            "/org/sendready/bounce/corpus/" + name)) {
                messages.add(in.readAllBytes());
            }
        }
        dovecot.deliver(user, messages);
    }

    @Test
    void imapWithStartTls_passwordFromTheEnvironment_movesRecognisedBounces() throws Exception {
        deliver("cli-imap");

        var run =
                sendready(
                        "",
                        "SENDREADY_TEST_PASSWORD",
                        "bounce",
                        "process",
                        "--imap",
                        "127.0.0.1:" + dovecot.ports().imap(),
                        "--starttls",
                        "--user",
                        "cli-imap",
                        "--password-env",
                        "SENDREADY_TEST_PASSWORD",
                        "--move-to",
                        "Processed");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.NOT_GREEN);
        assertThat(run.out())
                .contains("INBOX #")
                .contains("Messages: 6 (3 dsn, 1 auto-reply, 1 unrecognized, 1 malformed)")
                .contains("Suppressed: 1 address\n  nobody@example.net  5.1.1\n")
                .contains("[our setup: gmail_dmarc_policy]")
                .contains("fix: sendready check, steps dkim, dmarc");
        assertThat(messagesIn(dovecot.maildir("cli-imap"))).isEqualTo(2);
        assertThat(messagesIn(dovecot.maildir("cli-imap").resolve(".Processed"))).isEqualTo(4);
    }

    /// Messages in a Maildir folder: files in `new/` and `cur/`.
    private static long messagesIn(Path maildir) throws IOException {
        long count = 0;
        for (var sub : List.of("new", "cur")) {
            try (var files = Files.list(maildir.resolve(sub))) {
                count += files.count();
            }
        }
        return count;
    }

    @Test
    void pop3OverTls_passwordFromStandardInput_printsJson_andDeletesWhenAsked() throws Exception {
        deliver("cli-pop3");

        var run =
                sendready(
                        DovecotServer.PASSWORD + "\n",
                        null,
                        "bounce",
                        "process",
                        "--pop3",
                        "127.0.0.1:" + dovecot.ports().pop3s(),
                        "--tls",
                        "--user",
                        "cli-pop3",
                        "--password-stdin",
                        "--delete",
                        "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.NOT_GREEN);
        var json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/summary/messages").asInt()).isEqualTo(6);
        assertThat(json.at("/summary/byClass/hard").asInt()).isEqualTo(2);
        assertThat(json.at("/suppressions/0/address").asText()).isEqualTo("nobody@example.net");
        assertThat(run.out()).doesNotContain(DovecotServer.PASSWORD);
        var again =
                sendready(
                        DovecotServer.PASSWORD + "\n",
                        null,
                        "bounce",
                        "process",
                        "--pop3",
                        "127.0.0.1:" + dovecot.ports().pop3s(),
                        "--user",
                        "cli-pop3",
                        "--password-stdin",
                        "--json");
        assertThat(new ObjectMapper().readTree(again.out()).at("/summary/messages").asInt())
                .isEqualTo(2);
    }

    @Test
    void wrongPassword_isOneLineOnStderr_withExit2() throws Exception {
        deliver("cli-wrong");

        var run =
                sendready(
                        "not-the-password\n",
                        null,
                        "bounce",
                        "process",
                        "--imap",
                        "127.0.0.1:" + dovecot.ports().imaps(),
                        "--user",
                        "cli-wrong",
                        "--password-stdin");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines().filter(l -> l.startsWith("sendready: ")).toList())
                .singleElement()
                .satisfies(
                        line ->
                                assertThat(line)
                                        .startsWith(
                                                "sendready: mailbox user: 127.0.0.1:"
                                                        + dovecot.ports().imaps()
                                                        + " refused the login of 'cli-wrong'"));
        assertThat(run.err()).doesNotContain("not-the-password").doesNotContain("\tat ");
    }
}
