package org.sendready.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.sendready.logs.LogAnalyzer;
import org.sendready.logs.LogSource;

/// Wall-clock and CPU throughput of one analysis of a log file, repeated: on a shared machine
/// the process's CPU time (all threads, GC and JIT included) shows the speed that wall time
/// hides.
///
/// `java -cp target/test-classes:target/classes org.sendready.bench.LogThroughput FILE [RUNS]`
public final class LogThroughput {
    private LogThroughput() {}

    public static void main(String[] args) {
        var file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int run = 1; run <= runs; run++) {
            long wall = System.nanoTime();
            Duration cpu = cpuTime();
            var analysis = LogAnalyzer.analyze(List.of(LogSource.of(file, ZoneId.systemDefault())));
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = cpuTime().minus(cpu).toNanos() / 1e9;
            double megabytes = analysis.files().getFirst().bytes() / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "run %d: %.0f MB, %,d lines, wall %.2f s (%.0f MB/s), cpu %.2f s (%.0f MB/s)"
                            + " sent=%d deferred=%d bounced=%d%n",
                    run,
                    megabytes,
                    analysis.lines().total(),
                    wallSeconds,
                    megabytes / wallSeconds,
                    cpuSeconds,
                    megabytes / cpuSeconds,
                    analysis.statuses().sent(),
                    analysis.statuses().deferredMessages(),
                    analysis.statuses().bounced());
        }
    }

    private static Duration cpuTime() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow();
    }
}
