package org.sendready.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.input.InvalidInput;
import org.sendready.testing.DovecotServer;

/// The processor against a real Dovecot on loopback: the corpus delivered to a Maildir, read
/// over IMAP and POP3 with TLS, STARTTLS and plain loopback, classified as the file tests
/// classify it, and moved or deleted only when asked. Each test logs in as its own user, so
/// each has its own Maildir.
class DovecotMailboxTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @TempDir static Path dir;

    private static DovecotServer dovecot;
    private static SSLSocketFactory trust;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        dovecot = DovecotServer.start(dir);
        trust = dovecot.trust();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (dovecot != null) {
            dovecot.close();
        }
    }

    @Test
    void imapOverTls_classifiesTheCorpus_andLeavesTheMailboxAsItWas() throws Exception {
        deliverCorpus("imaps");

        var report =
                run(
                        server(
                                MailProtocol.IMAP,
                                dovecot.ports().imaps(),
                                MailboxSecurity.TLS,
                                "imaps"),
                        new Disposal.Keep());

        assertThat(classes(report)).isEqualTo(expectedClasses());
        assertThat(report.suppressions())
                .extracting(Suppression::address)
                .containsExactlyInAnyOrder(
                        "nobody@example.net", "gone@example.net", "old@example.org");
        assertThat(report.countByToken()).containsEntry("forged", 1);
        assertThat(filesIn("imaps", "new") + filesIn("imaps", "cur"))
                .isEqualTo(BounceCorpus.FILES.size());
        assertThat(seenFlags("imaps")).isZero();
    }

    @Test
    void imapWithStartTls_movesOnlyRecognisedMessages_whenAsked() throws Exception {
        deliverCorpus("mover");
        var server =
                server(
                        MailProtocol.IMAP,
                        dovecot.ports().imap(),
                        MailboxSecurity.STARTTLS,
                        "mover");

        var report = run(server, new Disposal.MoveTo("Processed"));

        assertThat(classes(report)).isEqualTo(expectedClasses());
        var left = run(server, new Disposal.Keep());
        assertThat(left.messages())
                .extracting(m -> m.bounce().format())
                .containsExactlyInAnyOrder(BounceFormat.MALFORMED, BounceFormat.UNRECOGNIZED);
        var moved =
                run(
                        new MailboxServer(
                                MailProtocol.IMAP,
                                "127.0.0.1",
                                dovecot.ports().imap(),
                                MailboxSecurity.STARTTLS,
                                "mover",
                                "Processed"),
                        new Disposal.Keep());
        assertThat(moved.messages()).hasSize(BounceCorpus.FILES.size() - 2);
    }

    @Test
    void pop3WithStartTls_deletesOnlyRecognisedMessages_whenAsked() throws Exception {
        deliverCorpus("deleter");
        var server =
                server(
                        MailProtocol.POP3,
                        dovecot.ports().pop3(),
                        MailboxSecurity.STARTTLS,
                        "deleter");

        var report = run(server, new Disposal.Delete());

        assertThat(classes(report)).isEqualTo(expectedClasses());
        assertThat(run(server, new Disposal.Keep()).messages()).hasSize(2);
    }

    @Test
    void pop3OverTls_readsTheCorpus() throws Exception {
        deliverCorpus("pop3s");

        var report =
                run(
                        server(
                                MailProtocol.POP3,
                                dovecot.ports().pop3s(),
                                MailboxSecurity.TLS,
                                "pop3s"),
                        new Disposal.Keep());

        assertThat(classes(report)).isEqualTo(expectedClasses());
    }

    @Test
    void imapPlain_worksOnLoopback() throws Exception {
        deliverCorpus("plain");

        var report =
                run(
                        server(
                                MailProtocol.IMAP,
                                dovecot.ports().imap(),
                                MailboxSecurity.PLAIN_LOOPBACK_ONLY,
                                "plain"),
                        new Disposal.Keep());

        assertThat(report.messages()).hasSize(BounceCorpus.FILES.size());
    }

    @Test
    void login_isRefused_withAWrongPassword() throws Exception {
        deliverCorpus("wrong");
        var server =
                server(MailProtocol.IMAP, dovecot.ports().imaps(), MailboxSecurity.TLS, "wrong");
        var source =
                new MailboxSource(
                        server,
                        new MailboxPassword("nope".toCharArray()),
                        new Disposal.Keep(),
                        trust,
                        TIMEOUT);

        assertThatThrownBy(() -> source.read((label, bytes) -> true))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith(
                        "mailbox user: 127.0.0.1:"
                                + dovecot.ports().imaps()
                                + " refused the login of 'wrong'");
    }

    @Test
    void tls_refusesACertificateTheClientDoesNotTrust() throws Exception {
        var server =
                server(
                        MailProtocol.IMAP,
                        dovecot.ports().imaps(),
                        MailboxSecurity.TLS,
                        "untrusting");
        var source =
                new MailboxSource(
                        server,
                        new MailboxPassword(DovecotServer.PASSWORD.toCharArray()),
                        new Disposal.Keep(),
                        (SSLSocketFactory) SSLSocketFactory.getDefault(),
                        TIMEOUT);

        assertThatThrownBy(() -> source.read((label, bytes) -> true))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("mailbox server: could not connect to 127.0.0.1:")
                .hasMessageContaining("PKIX");
    }

    private static MailboxServer server(
            MailProtocol protocol, int port, MailboxSecurity security, String user) {
        return new MailboxServer(protocol, "127.0.0.1", port, security, user, MailboxServer.INBOX);
    }

    private static BounceReport run(MailboxServer server, Disposal disposal) {
        var source =
                new MailboxSource(
                        server,
                        new MailboxPassword(DovecotServer.PASSWORD.toCharArray()),
                        disposal,
                        trust,
                        TIMEOUT);
        return BounceCorpus.processor(true).run(source);
    }

    private static void deliverCorpus(String user) throws IOException, InterruptedException {
        var messages = new ArrayList<byte[]>();
        for (var file : BounceCorpus.FILES) {
            messages.add(BounceCorpus.bytes(file));
        }
        dovecot.deliver(user, messages);
    }

    /// Each message's subject and class, as the processor saw it (order may differ).
    private static Map<String, List<String>> classes(BounceReport report) {
        return report.messages().stream()
                .collect(
                        Collectors.groupingBy(
                                m -> m.bounce().format().id(),
                                Collectors.mapping(
                                        m ->
                                                m.recipients()
                                                                .getFirst()
                                                                .bounce()
                                                                .classification()
                                                                .bounceClass()
                                                                .id()
                                                        + " "
                                                        + m.recipients().getFirst().decision().id(),
                                        Collectors.collectingAndThen(
                                                Collectors.toList(),
                                                l -> l.stream().sorted().toList()))));
    }

    /// The same, from the corpus files read directly.
    private static Map<String, List<String>> expectedClasses() {
        var processor = BounceCorpus.processor(true);
        var all = new ArrayList<ProcessedMessage>();
        for (var file : BounceCorpus.FILES) {
            all.add(processor.process(file, BounceCorpus.bytes(file)));
        }
        return classes(new BounceReport(all, true));
    }

    private static long filesIn(String user, String sub) throws IOException {
        try (var files = Files.list(dovecot.maildir(user).resolve(sub))) {
            return files.count();
        }
    }

    /// Messages whose Maildir name carries the Seen flag (`:2,` info with `S`).
    private static long seenFlags(String user) throws IOException {
        try (var files = Files.list(dovecot.maildir(user).resolve("cur"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(
                            name ->
                                    name.contains(":2,")
                                            && name.substring(name.indexOf(":2,")).contains("S"))
                    .count();
        }
    }
}
