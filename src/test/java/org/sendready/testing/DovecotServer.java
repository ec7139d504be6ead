package org.sendready.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/// Dovecot (IMAP and POP3), run for a test: on 127.0.0.1 with four free ports (IMAP and POP3,
/// each plain/STARTTLS and implicit TLS), a self-signed certificate made for the test, any
/// user name logging in with [#PASSWORD], and each user's Maildir under the test's folder.
/// Skips the test (with the reason) where Dovecot is not installed; `.ci/run` installs it.
///
/// Dovecot refuses to run its login processes as root and to give mail processes uid 0, so
/// when the test runs as root, logins run as `dovenull` (or `nobody`) and mail as `nobody`,
/// and the Maildirs are handed to that user.
public final class DovecotServer implements AutoCloseable {

    /// The password every user logs in with (passdb static).
    public static final String PASSWORD = "bounce-test-secret";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final List<Path> BINARIES =
            List.of(Path.of("/usr/sbin/dovecot"), Path.of("/usr/bin/dovecot"));

    private final Path dir;
    private final Ports ports;
    private final Identity identity;
    private Process process;

    /// The four listening ports.
    public record Ports(int imap, int imaps, int pop3, int pop3s) {}

    /// Who Dovecot's processes run as.
    private record Identity(String internal, String login, int mailUid, int mailGid) {}

    private DovecotServer(Path dir, Ports ports, Identity identity) {
        this.dir = dir;
        this.ports = ports;
        this.identity = identity;
    }

    /// A server in `dir` (a @TempDir of its own, which it opens to the mail user), started.
    public static DovecotServer start(Path dir) throws IOException, InterruptedException {
        var binary = BINARIES.stream().filter(Files::isExecutable).findFirst();
        assumeTrue(
                binary.isPresent(),
                "Dovecot is not installed (apt-get install dovecot-imapd dovecot-pop3d);"
                        + " mailbox test skipped");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        var server = new DovecotServer(dir, new Ports(free(), free(), free(), free()), identity());
        server.launch(binary.get());
        return server;
    }

    public Ports ports() {
        return ports;
    }

    /// Puts `messages` (file name → bytes) into `user`'s INBOX, as a local delivery would.
    public void deliver(String user, List<byte[]> messages)
            throws IOException, InterruptedException {
        var maildir = maildir(user);
        for (var sub : List.of("new", "cur", "tmp")) {
            Files.createDirectories(maildir.resolve(sub));
        }
        int n = 0;
        for (var message : messages) {
            n++;
            Files.write(maildir.resolve("new").resolve("1772446500." + n + ".test"), message);
        }
        handOver(dir.resolve("mail"));
    }

    /// `user`'s Maildir.
    public Path maildir(String user) {
        return dir.resolve("mail").resolve(user);
    }

    /// A socket factory that trusts this server's certificate only.
    public SSLSocketFactory trust() throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("cert.pem"))) {
            var certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
            var store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("dovecot-test", certificate);
            var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            var context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IOException("could not trust the test certificate", e);
        }
    }

    /// Writes a PKCS#12 trust store holding this server's certificate to `file`, for a child
    /// JVM (`-Djavax.net.ssl.trustStore`), protected by `password`.
    public void writeTrustStore(Path file, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("cert.pem"));
                var out = Files.newOutputStream(file)) {
            var certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
            var store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("dovecot-test", certificate);
            store.store(out, password);
        } catch (GeneralSecurityException e) {
            throw new IOException("could not write the trust store", e);
        }
    }

    /// Dovecot's log, for failure messages.
    public String log() throws IOException {
        var log = dir.resolve("dovecot.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private void launch(Path binary) throws IOException, InterruptedException {
        certificate();
        for (var sub : List.of("run", "state", "mail")) {
            Files.createDirectories(dir.resolve(sub));
        }
        handOver(dir.resolve("mail"));
        var conf = dir.resolve("dovecot.conf");
        Files.writeString(conf, config(), StandardCharsets.UTF_8);
        process =
                new ProcessBuilder(binary.toString(), "-F", "-c", conf.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("dovecot.out").toFile())
                        .start();
        for (int port : List.of(ports.imap(), ports.imaps(), ports.pop3(), ports.pop3s())) {
            awaitListening(port);
        }
    }

    private String config() {
        return """
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                protocols = imap pop3
                listen = 127.0.0.1
                ssl = yes
                ssl_cert = <%1$s/cert.pem
                ssl_key = <%1$s/key.pem
                # The plain-loopback test logs in without TLS.
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                default_internal_user = %2$s
                default_login_user = %3$s
                first_valid_uid = %4$d
                first_valid_gid = %5$d
                passdb {
                  driver = static
                  args = password=%6$s
                }
                userdb {
                  driver = static
                  args = uid=%4$d gid=%5$d home=%1$s/mail/%%u
                }
                mail_location = maildir:%1$s/mail/%%u
                service imap-login {
                  inet_listener imap {
                    port = %7$d
                  }
                  inet_listener imaps {
                    port = %8$d
                    ssl = yes
                  }
                }
                service pop3-login {
                  inet_listener pop3 {
                    port = %9$d
                  }
                  inet_listener pop3s {
                    port = %10$d
                    ssl = yes
                  }
                }
                """
                .formatted(
                        dir,
                        identity.internal(),
                        identity.login(),
                        identity.mailUid(),
                        identity.mailGid(),
                        PASSWORD,
                        ports.imap(),
                        ports.imaps(),
                        ports.pop3(),
                        ports.pop3s());
    }

    /// A self-signed certificate for 127.0.0.1 and localhost (openssl comes with Dovecot on
    /// Debian, through ssl-cert).
    private void certificate() throws IOException, InterruptedException {
        run(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-keyout",
                dir.resolve("key.pem").toString(),
                "-out",
                dir.resolve("cert.pem").toString(),
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=IP:127.0.0.1,DNS:localhost");
    }

    /// Gives `folder` and everything in it to the mail user, when running as root.
    private void handOver(Path folder) throws IOException, InterruptedException {
        if (isRoot()) {
            run("chown", "-R", identity.mailUid() + ":" + identity.mailGid(), folder.toString());
        }
    }

    private static Identity identity() throws IOException, InterruptedException {
        if (!isRoot()) {
            var me = System.getProperty("user.name");
            return new Identity(me, me, number("-u", me), number("-g", me));
        }
        var login = exists("dovenull") ? "dovenull" : "nobody";
        return new Identity("root", login, number("-u", "nobody"), number("-g", "nobody"));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean exists(String user) throws IOException, InterruptedException {
        var process = new ProcessBuilder("id", "-u", user).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor() == 0;
    }

    private static int number(String option, String user) throws IOException, InterruptedException {
        var process = new ProcessBuilder("id", option, user).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("id " + option + " " + user + " failed: " + out);
        }
        return Integer.parseInt(out.strip());
    }

    private void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }

    private static int free() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening(int port) throws IOException, InterruptedException {
        var deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(
                        "dovecot exited: " + log() + Files.readString(dir.resolve("dovecot.out")));
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException(
                "dovecot did not listen on " + port + " within " + START_TIMEOUT + ": " + log());
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children;
        try (Stream<ProcessHandle> descendants = process.descendants()) {
            children = descendants.toList();
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        children.forEach(ProcessHandle::destroy);
    }
}
