package org.sendready.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendready.bench.PostfixLogGenerator;

/// Our delivered / deferred / bounced counts equal pflogsumm's (the Debian package; .ci/run
/// installs it). Skipped where pflogsumm is not installed.
class PflogsummComparisonTest {
    private static final Path PFLOGSUMM = Path.of("/usr/sbin/pflogsumm");

    /// pflogsumm's "Grand Totals" lines, e.g. `   3292   deferred  (6224  deferrals)`.
    private static final Pattern TOTAL =
            Pattern.compile("^\\s+(\\d+)([km]?)\\s+(delivered|deferred|bounced)\\b");

    @TempDir Path dir;

    private record Totals(long delivered, long deferred, long bounced) {}

    @Test
    void fixtureCounts_equalPflogsumm() throws Exception {
        assumeTrue(Files.isExecutable(PFLOGSUMM), "pflogsumm is not installed");
        var file = LogFixtures.copy(dir, "mail.log");
        assertThat(ours(file)).isEqualTo(pflogsumm(file, "--syslog-name=postfix-out"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "rfc3339"})
    void generatedLogCounts_equalPflogsumm(String style) throws Exception {
        assumeTrue(Files.isExecutable(PFLOGSUMM), "pflogsumm is not installed");
        var file = dir.resolve("generated.log");
        PostfixLogGenerator.main(new String[] {file.toString(), "4", style});
        var ours = ours(file);
        assertThat(ours.delivered()).isGreaterThan(1000);
        assertThat(ours).isEqualTo(pflogsumm(file));
    }

    private static Totals ours(Path file) {
        var s = LogAnalyzer.analyze(List.of(LogSource.of(file, ZoneId.systemDefault()))).statuses();
        return new Totals(s.sent(), s.deferredMessages(), s.bounced());
    }

    private Totals pflogsumm(Path file, String... options)
            throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(PFLOGSUMM.toString());
        command.addAll(List.of(options));
        command.add(file.toString());
        var output = dir.resolve("pflogsumm.out");
        var process =
                new ProcessBuilder(command)
                        .redirectOutput(output.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        long delivered = -1;
        long deferred = -1;
        long bounced = -1;
        for (var line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            var m = TOTAL.matcher(line);
            if (m.find() && m.group(2).isEmpty()) {
                long value = Long.parseLong(m.group(1));
                switch (m.group(3)) {
                    case "delivered" -> delivered = delivered < 0 ? value : delivered;
                    case "deferred" -> deferred = deferred < 0 ? value : deferred;
                    default -> bounced = bounced < 0 ? value : bounced;
                }
            }
        }
        return new Totals(delivered, deferred, bounced);
    }
}
