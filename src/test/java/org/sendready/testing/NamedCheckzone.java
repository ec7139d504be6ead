package org.sendready.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.sendready.dns.DomainName;

/// BIND's own zone loader as a test oracle: `named-checkzone` and `named-compilezone` (Debian
/// and Ubuntu package `bind9-utils`, which `.ci/run` installs).
///
/// A snippet is wrapped into a complete zone file (SOA, NS, then the snippet) in a temporary
/// directory and loaded with strict flags. When the tools are not installed, [#in] skips the
/// calling test with a message saying what to install.
public final class NamedCheckzone {

    /// Strict, and still right for a snippet whose names point outside the zone:
    /// - `-i local`: integrity checks (MX and NS targets inside the zone must have addresses)
    ///   without looking up names outside the zone, which would query real DNS;
    /// - `-k fail`: host names (A/AAAA owners, MX and PTR targets) must be valid host names;
    /// - `-n fail`, `-m fail`: NS and MX targets must be names, not addresses;
    /// - `-M fail`, `-S fail`: MX and SRV targets must not be CNAMEs;
    /// - `-r fail`: no records that DNSSEC would treat as different but DNS as equal.
    public static final List<String> STRICT_FLAGS =
            List.of(
                    "-i", "local", "-k", "fail", "-n", "fail", "-m", "fail", "-M", "fail", "-r",
                    "fail", "-S", "fail");

    /// The name server of every wrapped zone; `.invalid` (RFC 6761 section 6.4) never
    /// resolves, and `-i local` never tries to.
    private static final String NAME_SERVER = "ns.sendready.invalid.";

    private static final long TIMEOUT_SECONDS = 60;

    private final Path checkzone;
    private final Path compilezone;
    private final Path dir;

    private NamedCheckzone(Path checkzone, Path compilezone, Path dir) {
        this.checkzone = checkzone;
        this.compilezone = compilezone;
        this.dir = dir;
    }

    /// A checker writing its zone files to `dir` (a `@TempDir`); skips the test when BIND's
    /// tools are not installed.
    public static NamedCheckzone in(Path dir) {
        var checkzone = onPath("named-checkzone");
        var compilezone = onPath("named-compilezone");
        assumeTrue(
                checkzone.isPresent() && compilezone.isPresent(),
                "named-checkzone/named-compilezone not found on PATH or in /usr/sbin: install"
                        + " bind9-utils (apt-get install bind9-utils) to run the BIND checks");
        return new NamedCheckzone(checkzone.get(), compilezone.get(), dir);
    }

    /// What `named-checkzone` said about a zone.
    ///
    /// @param exitCode 0 when BIND would load the zone
    /// @param messages its output lines
    public record Result(int exitCode, List<String> messages) {

        /// Lines other than the success report (`zone z/IN: loaded serial 1`, `OK`): the
        /// warnings a clean snippet must not cause, such as `ignoring out-of-zone data`.
        public List<String> warnings() {
            return messages.stream()
                    .filter(m -> !m.matches("zone \\S+/IN: loaded serial \\d+") && !m.equals("OK"))
                    .toList();
        }

        /// True when BIND loaded the zone and warned about nothing.
        public boolean loadedCleanly() {
            return exitCode == 0 && warnings().isEmpty();
        }
    }

    /// Loads `snippet` as the tail of zone `zone` with [#STRICT_FLAGS].
    public Result check(DomainName zone, String snippet) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(checkzone.toString());
        command.addAll(STRICT_FLAGS);
        command.add(zone.ascii());
        command.add(zoneFile(zone, snippet).toString());
        var run = run(command);
        var lines = new ArrayList<>(run.out().lines().toList());
        lines.addAll(run.err().lines().toList());
        return new Result(run.exitCode(), List.copyOf(lines));
    }

    /// BIND's canonical dump of the wrapped zone (`named-compilezone -s full -o -`): one
    /// record per line, absolute names, every TXT string as BIND stored it. Fails when the
    /// zone does not load.
    public String canonicalDump(DomainName zone, String snippet)
            throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(compilezone.toString());
        command.addAll(STRICT_FLAGS);
        command.addAll(List.of("-s", "full", "-o", "-", zone.ascii()));
        command.add(zoneFile(zone, snippet).toString());
        var run = run(command);
        if (run.exitCode() != 0) {
            throw new AssertionError(
                    "named-compilezone exited with " + run.exitCode() + ":\n" + run.err());
        }
        return run.out();
    }

    private Path zoneFile(DomainName zone, String snippet) throws IOException {
        var header =
                "$ORIGIN "
                        + zone.absolute()
                        + "\n$TTL 3600\n"
                        + "@ IN SOA "
                        + NAME_SERVER
                        + " hostmaster.sendready.invalid. 1 7200 3600 1209600 3600\n"
                        + "@ IN NS "
                        + NAME_SERVER
                        + "\n";
        var file = Files.createTempFile(dir, zone.ascii(), ".zone");
        Files.writeString(file, header + snippet, StandardCharsets.UTF_8);
        return file;
    }

    private record Run(int exitCode, String out, String err) {}

    /// Runs `command` with its output in files, so a tool that hangs cannot block the test
    /// past [#TIMEOUT_SECONDS].
    private Run run(List<String> command) throws IOException, InterruptedException {
        var out = Files.createTempFile(dir, "bind", ".out");
        var err = Files.createTempFile(dir, "bind", ".err");
        var process =
                new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(
                    command.getFirst() + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Optional<Path> onPath(String tool) {
        var dirs = new ArrayList<String>();
        var path = System.getenv("PATH");
        if (path != null) {
            dirs.addAll(List.of(path.split(File.pathSeparator)));
        }
        dirs.add("/usr/sbin"); // older Debian releases install the tools here, off most PATHs
        return dirs.stream()
                .filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, tool))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
