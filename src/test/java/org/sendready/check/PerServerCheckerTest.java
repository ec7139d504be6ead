package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendready.dns.AuthoritativeResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResolverOptions;
import org.sendready.dns.dnsjava.DnsjavaResolver;
import org.sendready.plan.SetupPlan;
import org.sendready.records.BindZoneWriter;
import org.sendready.records.PlanRecords;
import org.sendready.records.RecordPurpose;
import org.sendready.records.RecordSet;
import org.sendready.testing.TestDnsServer;

/// The propagation board over real UDP: a resolver on 127.0.0.1 knows the delegation of
/// example.com (and serves the reverse zones), two name servers on 127.0.0.2 and 127.0.0.3
/// (the same port) serve example.com itself, and the checks run once through each.
class PerServerCheckerTest {
    private static final String DELEGATION =
            """
            @ 3600 SOA ns1 hostmaster 1 3600 600 86400 300
            @ 3600 NS ns1
            @ 3600 NS ns2
            ns1 A 127.0.0.2
            ns2 A 127.0.0.3
            """;

    private static final DomainName EXAMPLE = DomainName.parse("example.com");

    private final SetupPlan plan = CheckTestDns.plan();
    private final RecordSet records = PlanRecords.of(plan);
    private ExecutorService executor;
    private TestDnsServer recursive;
    private TestDnsServer ns1;
    private TestDnsServer ns2;
    private DnsjavaResolver live;

    @BeforeEach
    void start() {
        executor = Executors.newVirtualThreadPerTaskExecutor();
        var servers =
                TestDnsServer.startOnSamePort(
                        InetAddress.ofLiteral("127.0.0.1"),
                        InetAddress.ofLiteral("127.0.0.2"),
                        InetAddress.ofLiteral("127.0.0.3"));
        recursive = servers.get(0);
        ns1 = servers.get(1);
        ns2 = servers.get(2);
        for (var zone : records.zones()) {
            recursive.zone(zone.ascii(), zoneText(zone, records));
        }
        live =
                new DnsjavaResolver(
                        new ResolverOptions(
                                List.of(recursive.endpoint()),
                                Duration.ofMillis(300),
                                2,
                                Duration.ofSeconds(1)),
                        executor);
    }

    @AfterEach
    void stop() {
        recursive.close();
        ns1.close();
        ns2.close();
        executor.shutdownNow();
    }

    /// The plan's records of `zone`, with the delegation's SOA and NS at example.com.
    private static String zoneText(DomainName zone, RecordSet published) {
        var text = BindZoneWriter.absolute().exportZone(published, zone);
        return zone.equals(EXAMPLE) ? DELEGATION + text : text;
    }

    /// `server` serves example.com with the plan's records except those of `withheld`.
    private void serve(TestDnsServer server, RecordPurpose... withheld) {
        var left = List.of(withheld);
        var published =
                new RecordSet(
                        records.records().stream()
                                .filter(r -> !left.contains(r.purpose()))
                                .toList());
        server.zone("example.com", zoneText(EXAMPLE, published));
    }

    private CheckReport run() throws Exception {
        var checker = new Checker(StandardChecks.all(), Duration.ofSeconds(5));
        var authoritative = new AuthoritativeResolver(live, live, recursive.port(), false);
        return new PerServerChecker(checker, authoritative, live)
                .run(new CheckContext(plan, records, live))
                .get(15, TimeUnit.SECONDS);
    }

    private String label(TestDnsServer server, String host) {
        return host + " (" + server.endpoint().display() + ")";
    }

    @Test
    void run_passesEveryStep_whenBothNameServersServeTheRecords() throws Exception {
        serve(ns1);
        serve(ns2);

        var report = run();

        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.step(StepId.DMARC).orElseThrow().status()).isEqualTo(CheckStatus.PASS);
        assertThat(report.steps())
                .flatExtracting(CheckResult::details)
                .noneMatch(d -> d.startsWith("The name servers disagree"));
    }

    @Test
    void run_showsTheWorstStatusAndALinePerServer_whenOneNameServerIsStale() throws Exception {
        serve(ns1);
        serve(ns2, RecordPurpose.DMARC);

        var report = run();

        assertThat(report.ok()).isFalse();
        var dmarc = report.step(StepId.DMARC).orElseThrow();
        assertThat(dmarc.status()).isEqualTo(CheckStatus.PENDING);
        assertThat(dmarc.details().getFirst()).startsWith("The name servers disagree");
        assertThat(dmarc.details())
                .anySatisfy(
                        d ->
                                assertThat(d)
                                        .startsWith(
                                                "  " + label(ns1, "ns1.example.com") + ": pass"))
                .anySatisfy(
                        d ->
                                assertThat(d)
                                        .startsWith(
                                                "  "
                                                        + label(ns2, "ns2.example.com")
                                                        + ": pending"));
        assertThat(dmarc.fix()).isNotEmpty();
        var spf = report.step(StepId.SPF).orElseThrow();
        assertThat(spf.status().isGreen()).isTrue();
        assertThat(spf.details()).noneMatch(d -> d.startsWith("The name servers disagree"));
    }

    @Test
    void runEach_keepsEachNameServersBoard_besideTheMergedOne() throws Exception {
        serve(ns1);
        serve(ns2, RecordPurpose.DMARC);
        var checker = new Checker(StandardChecks.all(), Duration.ofSeconds(5));
        var authoritative = new AuthoritativeResolver(live, live, recursive.port(), false);

        var boards =
                new PerServerChecker(checker, authoritative, live)
                        .runEach(new CheckContext(plan, records, live))
                        .get(15, TimeUnit.SECONDS);

        assertThat(boards.byServer().keySet())
                .containsExactly(label(ns1, "ns1.example.com"), label(ns2, "ns2.example.com"));
        assertThat(boards.byServer().get(label(ns1, "ns1.example.com")).step(StepId.DMARC))
                .map(CheckResult::status)
                .contains(CheckStatus.PASS);
        assertThat(boards.byServer().get(label(ns2, "ns2.example.com")).step(StepId.DMARC))
                .map(CheckResult::status)
                .contains(CheckStatus.PENDING);
        assertThat(boards.merged().step(StepId.DMARC))
                .map(CheckResult::status)
                .contains(CheckStatus.PENDING);
    }

    @Test
    void run_asksEachNameServerDirectly_forNamesInTheZone() throws Exception {
        serve(ns1);
        serve(ns2);

        run();

        assertThat(ns1.queries("_dmarc.example.com", "TXT")).isPositive();
        assertThat(ns2.queries("_dmarc.example.com", "TXT")).isPositive();
        assertThat(recursive.queries("_dmarc.example.com", "TXT")).isZero();
    }

    @Test
    void merge_keepsTheWorstStatus_whicheverServerComesFirst() {
        var byServer = new LinkedHashMap<String, CheckReport>();
        byServer.put("a", report(CheckStatus.FAIL));
        byServer.put("b", report(CheckStatus.PASS));
        byServer.put("c", report(CheckStatus.PENDING));

        var merged = PerServerChecker.merge(EXAMPLE, byServer).step(StepId.SPF).orElseThrow();

        assertThat(merged.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(merged.summary()).isEqualTo("fail summary");
        assertThat(merged.details())
                .containsExactly(
                        "The name servers disagree (changes are still propagating):",
                        "  a: fail - fail summary",
                        "  b: pass - pass summary",
                        "  c: pending - pending summary");
    }

    @Test
    void merge_keepsTheResultAsItIs_whenTheServersAgree() {
        var byServer = new LinkedHashMap<String, CheckReport>();
        byServer.put("a", report(CheckStatus.WARN));
        byServer.put("b", report(CheckStatus.WARN));

        var merged = PerServerChecker.merge(EXAMPLE, byServer);

        assertThat(merged.steps()).containsExactly(report(CheckStatus.WARN).steps().getFirst());
    }

    private static CheckReport report(CheckStatus status) {
        return new CheckReport(
                EXAMPLE,
                List.of(
                        new CheckResult(
                                StepId.SPF,
                                status,
                                status.id() + " summary",
                                List.of(),
                                List.of(),
                                List.of(),
                                Optional.empty())));
    }
}
