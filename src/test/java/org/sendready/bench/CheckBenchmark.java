package org.sendready.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sendready.check.CheckContext;
import org.sendready.check.CheckReport;
import org.sendready.check.Checker;
import org.sendready.check.StandardChecks;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dns.ResolverOptions;
import org.sendready.dns.dnsjava.DnsjavaResolver;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.BindZoneWriter;
import org.sendready.records.PlanRecords;
import org.sendready.spf.SpfParser;
import org.sendready.testing.TestDnsServer;

/// A full `check` of a typical plan against the test DNS server with 20 ms added to every
/// answer: 2 sending IPs, an SPF record of 8 DNS-querying terms (3 includes, nested 2 deep),
/// 2 DKIM selectors, DMARC and MX. Asked one after the other, SPF alone would cost 8 round
/// trips (160 ms); the checks run together and SPF prefetches its includes.
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class CheckBenchmark {
    /// The latency the issue names: every answer 20 ms late.
    static final Duration LATENCY = Duration.ofMillis(20);

    static final String SPF =
            "v=spf1 mx include:_a.example.com include:_b.example.com include:_c.example.com -all";

    private TestDnsServer server;
    private ExecutorService executor;
    private Checker checker;
    private CheckContext context;

    @Setup(Level.Trial)
    public void start() {
        SetupPlan plan =
                PlanFixtures.example()
                        .withDkimKeys(
                                List.of(
                                        PlanFixtures.rsaKey("s2026", 2048, Optional.empty()),
                                        PlanFixtures.rsaKey("s2027", 2048, Optional.empty())))
                        .withSpf(SpfParser.parse(SPF))
                        .withDmarc(
                                DmarcPolicy.parse(
                                        "v=DMARC1; p=quarantine; rua=mailto:d@example.com"))
                        .withReceivesMail(true);
        var records = PlanRecords.of(plan);
        server = TestDnsServer.start();
        for (var zone : records.zones()) {
            var text = BindZoneWriter.absolute().exportZone(records, zone);
            if (zone.equals(plan.domain())) {
                text += includes();
            }
            server.zone(zone.absolute(), text);
        }
        server.latency(LATENCY);
        executor = Executors.newVirtualThreadPerTaskExecutor();
        var dns =
                new DnsjavaResolver(ResolverOptions.servers(List.of(server.endpoint())), executor);
        checker = new Checker(StandardChecks.all(), Checker.DEFAULT_DEADLINE);
        context = CheckContext.of(plan, dns);
        var report = checker.run(context).join();
        if (!report.ok()) {
            throw new IllegalStateException("the benchmark plan is not green: " + report);
        }
    }

    /// The include tree: 3 includes, each including one more; 8 DNS terms in all.
    private static String includes() {
        return """
                _a.example.com. 3600 IN TXT "v=spf1 include:_a2.example.com -all"
                _a2.example.com. 3600 IN TXT "v=spf1 ip4:198.51.100.1 -all"
                _b.example.com. 3600 IN TXT "v=spf1 include:_b2.example.com -all"
                _b2.example.com. 3600 IN TXT "v=spf1 a:out.example.com -all"
                out.example.com. 3600 IN A 198.51.100.2
                _c.example.com. 3600 IN TXT "v=spf1 include:_c2.example.com -all"
                _c2.example.com. 3600 IN TXT "v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all"
                """;
    }

    @Benchmark
    public CheckReport fullCheck() {
        return checker.run(context).join();
    }

    @TearDown(Level.Trial)
    public void stop() {
        executor.shutdownNow();
        server.close();
    }
}
