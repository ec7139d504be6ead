package org.sendready.ui.check;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.sendready.dns.dnsjava.DnsjavaResolver;
import org.sendready.plan.SetupPlan;
import org.sendready.records.BindZoneWriter;
import org.sendready.records.DnsRecord;
import org.sendready.records.PlanRecords;
import org.sendready.records.RecordPurpose;
import org.sendready.records.RecordSet;
import org.sendready.testing.TestDnsServer;
import org.sendready.ui.common.DnsAccess;
import org.sendready.ui.wizard.DnsChoice;

/// A loopback test DNS server serving a plan's zones as the BIND exporter writes them, and a
/// [DnsAccess] whose resolvers give up quickly, for the live check's tests.
public final class LiveCheckDns implements AutoCloseable {
    /// Per try: loopback answers in milliseconds; a busy machine can stall a few hundred.
    static final Duration TRY = Duration.ofMillis(400);

    /// Two tries, so one stall is no ERROR.
    static final int ATTEMPTS = 2;

    /// One query's deadline.
    static final Duration DEADLINE = Duration.ofSeconds(1);

    /// A whole check: its rounds of queries in sequence (three at most) within [#DEADLINE]
    /// each; the checker reports what is still running then as ERROR.
    static final LiveCheckTuning TUNING = new LiveCheckTuning(DEADLINE.multipliedBy(3), 53);

    private final TestDnsServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public LiveCheckDns() {
        this(TestDnsServer.start());
    }

    LiveCheckDns(TestDnsServer server) {
        this.server = server;
    }

    public TestDnsServer server() {
        return server;
    }

    /// Serves every zone of `plan`'s records with all of them.
    public LiveCheckDns serve(SetupPlan plan) {
        return serve(plan, record -> true);
    }

    /// Serves every zone of `plan`'s records (empty zones still answer NXDOMAIN), without
    /// the records of `withheld`.
    public LiveCheckDns serveWithout(SetupPlan plan, RecordPurpose... withheld) {
        var left = List.of(withheld);
        return serve(plan, record -> !left.contains(record.purpose()));
    }

    /// Serves every zone of `plan`'s records with the records `keep` accepts.
    LiveCheckDns serve(SetupPlan plan, Predicate<DnsRecord> keep) {
        var all = PlanRecords.of(plan);
        var kept = new RecordSet(all.records().stream().filter(keep).toList());
        for (var zone : all.zones()) {
            server.zone(zone.ascii(), BindZoneWriter.absolute().exportZone(kept, zone));
        }
        return this;
    }

    /// This server as the user's DNS choice.
    public DnsChoice choice() {
        return new DnsChoice(List.of(server.endpoint()), false);
    }

    /// Resolvers for any choice, with this test's short timeouts.
    DnsAccess access() {
        return choice ->
                new DnsjavaResolver(
                        choice.resolverOptions().withTiming(TRY, ATTEMPTS, DEADLINE), executor);
    }

    @Override
    public void close() {
        server.close();
        executor.shutdownNow();
    }
}
