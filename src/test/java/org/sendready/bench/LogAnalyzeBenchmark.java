package org.sendready.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sendready.logs.LogAnalysis;
import org.sendready.logs.LogAnalyzer;
import org.sendready.logs.LogSource;

/// One full analysis of a generated 64 MiB Postfix log held in memory (no disk, no gzip):
/// parse, lifecycles, every table. Throughput in MB/s is 64 MiB divided by the time per
/// operation. Target: at least 5x pflogsumm on the same data (see the README).
///
/// `mvn -q -Pbench test-compile exec:exec -Dbench.args="LogAnalyze -f 1 -wi 3 -i 5"`
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LogAnalyzeBenchmark {
    @Param({"classic", "rfc3339"})
    public String style;

    private byte[] log;

    @Setup
    public void generate() throws IOException {
        var out = new ByteArrayOutputStream(70 << 20);
        PostfixLogGenerator.write(out, 64L << 20, style.equals("rfc3339"));
        log = out.toByteArray();
    }

    @Benchmark
    public LogAnalysis analyze() {
        return LogAnalyzer.analyze(
                List.of(
                        new LogSource(
                                "generated",
                                YearMonth.of(2026, 11),
                                () -> new ByteArrayInputStream(log))));
    }
}
