package org.sendready.check;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResolverOptions;
import org.sendready.dns.dnsjava.DnsjavaResolver;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.BindZoneWriter;
import org.sendready.records.DnsRecord;
import org.sendready.records.PlanRecords;
import org.sendready.records.RecordPurpose;
import org.sendready.records.RecordSet;
import org.sendready.testing.Fault;
import org.sendready.testing.TestDnsServer;

/// The real test DNS server on 127.0.0.1 serving a plan's records (rendered by the BIND
/// exporter), and the live resolver asking it with short timeouts, for the checks' tests.
final class CheckTestDns implements AutoCloseable {

    /// Per try: loopback answers in milliseconds, but a machine busy with other builds can
    /// stall a few hundred.
    static final Duration TRY = Duration.ofMillis(400);

    /// Two tries per query, so one stall is no ERROR; a dropped query fails after both.
    static final int ATTEMPTS = 2;

    /// The resolver's deadline per query.
    static final Duration DEADLINE = Duration.ofSeconds(1);

    /// A loose bound for a whole check on a dropped query: its rounds of queries in sequence
    /// (two at most, three with a probe) each within the deadline, plus scheduling.
    static final Duration CHECK_BOUND = DEADLINE.multipliedBy(3);

    /// "Never hangs": how long a test waits for a check at all.
    static final long NEVER_HANGS_MS = 4 * DEADLINE.toMillis();

    /// The test server's negative-caching TTL: its default SOA has MINIMUM 300.
    static final Duration NEGATIVE_TTL = Duration.ofSeconds(300);

    /// The sending host's public addresses (public, so no "unreachable" warning applies).
    static final String IPV4 = "45.67.89.10";

    static final String IPV6 = "2a0e:1d80::10";

    private final TestDnsServer server = TestDnsServer.start();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final DnsjavaResolver resolver =
            new DnsjavaResolver(
                    ResolverOptions.servers(List.of(server.endpoint()))
                            .withTiming(TRY, ATTEMPTS, DEADLINE),
                    executor);

    /// example.com sent from mail.example.com at [#IPV4] and [#IPV6]; no DKIM key (none of
    /// these checks reads one), not receiving mail, no bounce domain.
    static SetupPlan plan() {
        return SetupPlan.start(
                DomainName.parse("example.com"),
                List.of(PlanFixtures.host("mail.example.com", IPV4, IPV6)),
                List.of());
    }

    /// [#plan] receiving mail at its host: MX records expected.
    static SetupPlan receiving() {
        return plan().withReceivesMail(true);
    }

    /// [#plan] with the bounce domain bounces.example.com.
    static SetupPlan bouncing() {
        return plan().withBounceDomain(Optional.of(DomainName.parse("bounces.example.com")));
    }

    /// Serves every zone of `plan`'s records, with all the records.
    CheckTestDns serve(SetupPlan plan) {
        return serve(plan, record -> true);
    }

    /// Serves every zone of `plan`'s records (an empty zone still answers NXDOMAIN/NODATA),
    /// with the records `keep` accepts.
    CheckTestDns serve(SetupPlan plan, Predicate<DnsRecord> keep) {
        var all = PlanRecords.of(plan);
        var kept = new RecordSet(all.records().stream().filter(keep).toList());
        var writer = BindZoneWriter.absolute();
        for (var zone : all.zones()) {
            server.zone(zone.ascii(), writer.exportZone(kept, zone));
        }
        return this;
    }

    /// Serves the plan without the records of these purposes.
    CheckTestDns serveWithout(SetupPlan plan, RecordPurpose... purposes) {
        var left = List.of(purposes);
        return serve(plan, record -> !left.contains(record.purpose()));
    }

    /// Serves or replaces a zone from master-file text (names relative to `origin`).
    CheckTestDns zone(String origin, String text) {
        server.zone(origin, text);
        return this;
    }

    /// Publishes more records in a served zone (names relative to `origin`).
    CheckTestDns add(String origin, String text) {
        server.add(origin, text);
        return this;
    }

    /// Withdraws the records of `type` at `owner` (relative to `origin`).
    CheckTestDns remove(String origin, String owner, String type) {
        server.remove(origin, owner, type);
        return this;
    }

    CheckTestDns fault(String name, Fault fault) {
        server.fault(name, fault);
        return this;
    }

    TestDnsServer server() {
        return server;
    }

    /// Runs `check` for `plan` against this server, waiting at most [#NEVER_HANGS_MS].
    CheckResult run(StepCheck check, SetupPlan plan) {
        try {
            return check.run(CheckContext.of(plan, resolver))
                    .get(NEVER_HANGS_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(check.step() + " check did not complete normally", e);
        }
    }

    boolean appliesTo(StepCheck check, SetupPlan plan) {
        return check.appliesTo(CheckContext.of(plan, resolver));
    }

    /// The `purpose` records `plan` requires.
    static List<DnsRecord> expected(SetupPlan plan, RecordPurpose purpose) {
        return PlanRecords.of(plan).records().stream()
                .filter(record -> record.purpose() == purpose)
                .toList();
    }

    /// The server as results name it, e.g. `127.0.0.1:40123`.
    String display() {
        return server.endpoint().display();
    }

    @Override
    public void close() {
        server.close();
        executor.shutdownNow();
    }
}
