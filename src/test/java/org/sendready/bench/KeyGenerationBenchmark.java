package org.sendready.bench;

import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sendready.dkim.DkimKeyGenerator;
import org.sendready.dkim.DkimKeySpec;
import org.sendready.dkim.DkimPrivateKey;

/// How long `sendready dkim keygen` and the wizard's key step wait for a new key.
///
/// RSA generation time varies widely with how soon random candidates turn out prime, so the
/// benchmark samples single calls and JMH reports percentiles; the median (p0.50) is the figure
/// to watch. Target: RSA-2048 median under 300 ms.
///
/// Run: `mvn -q -Pbench test-compile exec:exec -Dbench.args="KeyGeneration -f 1 -wi 2 -i 5"`
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 5)
public class KeyGenerationBenchmark {
    private final DkimKeyGenerator generator = new DkimKeyGenerator(new SecureRandom());

    @Benchmark
    public DkimPrivateKey rsa2048() {
        return generator.generate(DkimKeySpec.rsaDefault());
    }

    @Benchmark
    public DkimPrivateKey ed25519() {
        return generator.generate(DkimKeySpec.ed25519());
    }
}
