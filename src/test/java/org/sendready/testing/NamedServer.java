package org.sendready.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.sendready.dns.DomainName;
import org.sendready.dns.Server;

/// BIND's `named`, run for a test: authoritative only, on 127.0.0.1 and a free port, with its
/// configuration, zone files and log in a temporary folder. Zones are replaced or extended and
/// reloaded with SIGHUP, as an admin's `rndc reload` would. Skips the test (with the reason)
/// where `named` is not installed; `.ci/run` installs it.
public final class NamedServer implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final String SOA_AND_NS =
            """
            $TTL 60
            @ 60 IN SOA ns.sendready.invalid. hostmaster.sendready.invalid. %d 3600 600 86400 %d
            @ 60 IN NS ns.sendready.invalid.
            """;

    private final Path dir;
    private final int port;
    private final Map<DomainName, StringBuilder> zones = new LinkedHashMap<>();
    private final Duration negativeTtl;
    private Process process;
    private int serial = 1;

    private NamedServer(Path dir, int port, Duration negativeTtl) {
        this.dir = dir;
        this.port = port;
        this.negativeTtl = negativeTtl;
    }

    /// A server in `dir` (a @TempDir) whose zones carry `negativeTtl` as their SOA minimum.
    public static NamedServer in(Path dir, Duration negativeTtl) throws IOException {
        var named = Path.of("/usr/sbin/named");
        assumeTrue(
                Files.isExecutable(named),
                "BIND's named is not installed (apt-get install bind9); end-to-end test skipped");
        return new NamedServer(dir, freePort(), negativeTtl);
    }

    /// Serves `zone` with its SOA and NS, plus `records` (master-file text, names relative).
    public NamedServer zone(DomainName zone, String records) {
        zones.put(zone, new StringBuilder(records));
        return this;
    }

    /// Writes the configuration and zones, starts named and waits until it answers.
    public NamedServer start() throws IOException, InterruptedException {
        writeZones();
        Files.writeString(dir.resolve("named.conf"), config(), StandardCharsets.UTF_8);
        process =
                new ProcessBuilder(
                                "/usr/sbin/named", "-g", "-c", dir.resolve("named.conf").toString())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("named.log").toFile())
                        .start();
        awaitAnswering();
        return this;
    }

    /// Appends `records` to `zone`'s file and reloads, as publishing an exported snippet does.
    public void publish(DomainName zone, String records) throws IOException, InterruptedException {
        zones.get(zone).append('\n').append(records).append('\n');
        serial++;
        writeZones();
        new ProcessBuilder("kill", "-HUP", Long.toString(process.pid())).start().waitFor();
        awaitSerial();
    }

    public Server.Endpoint endpoint() {
        return new Server.Endpoint(InetAddress.getLoopbackAddress(), port);
    }

    /// What named logged, for assertion messages.
    public String log() throws IOException {
        return Files.readString(dir.resolve("named.log"));
    }

    private void writeZones() throws IOException {
        for (var entry : zones.entrySet()) {
            var header = SOA_AND_NS.formatted(serial, negativeTtl.toSeconds());
            var text = "$ORIGIN " + entry.getKey().absolute() + "\n" + header + entry.getValue();
            Files.writeString(fileOf(entry.getKey()), text, StandardCharsets.UTF_8);
        }
    }

    private Path fileOf(DomainName zone) {
        return dir.resolve(zone.ascii() + ".zone");
    }

    private String config() {
        var text = new StringBuilder();
        text.append(
                """
                options {
                    directory "%s";
                    pid-file "%s/named.pid";
                    session-keyfile "%s/session.key";
                    listen-on port %d { 127.0.0.1; };
                    listen-on-v6 { none; };
                    recursion no;
                    dnssec-validation no;
                    notify no;
                };
                controls { };
                """
                        .formatted(dir, dir, dir, port));
        for (var zone : zones.keySet()) {
            text.append("zone \"")
                    .append(zone.ascii())
                    .append("\" { type primary; file \"")
                    .append(fileOf(zone))
                    .append("\"; };\n");
        }
        return text.toString();
    }

    private void awaitAnswering() throws IOException, InterruptedException {
        awaitSerialAtLeast(1);
    }

    private void awaitSerial() throws IOException, InterruptedException {
        awaitSerialAtLeast(serial);
    }

    /// Polls the first zone's SOA over UDP until its serial has reached `expected`.
    private void awaitSerialAtLeast(int expected) throws IOException, InterruptedException {
        var zone = zones.keySet().iterator().next();
        var deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("named exited:\n" + log());
            }
            if (SoaProbe.serial(port, zone).filter(s -> s >= expected).isPresent()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new IllegalStateException("named did not serve serial " + expected + ":\n" + log());
    }

    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (var tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = tcp.getLocalPort();
                try (var udp = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException taken) {
                    // the UDP side is in use; try another port
                }
            }
        }
        throw new IOException("no free port on 127.0.0.1");
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /// The zones served, for tests that render a snippet per zone.
    public List<DomainName> zones() {
        return List.copyOf(zones.keySet());
    }
}
