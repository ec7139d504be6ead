package org.sendready.check;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.sendready.dns.ResolverOptions;
import org.sendready.dns.dnsjava.DnsjavaResolver;
import org.sendready.plan.SetupPlan;
import org.sendready.records.DnsRecord;
import org.sendready.records.PlanRecords;
import org.sendready.records.QuotedString;
import org.sendready.records.RecordPurpose;
import org.sendready.records.RecordSet;
import org.sendready.records.TxtStrings;
import org.sendready.testing.Fault;

/// A [TestDnsServer] on 127.0.0.1 publishing a plan's records as its exported zone snippets,
/// and a live [DnsjavaResolver] asking it with short timeouts, so checks run over real UDP and
/// TCP and a fault shows within a second.
///
/// ```java
/// try (var dns = TxtCheckTestDns.publishingAllBut(plan, RecordPurpose.DMARC)) {
///     var result = dns.run(new DmarcCheck());
/// }
/// ```
final class TxtCheckTestDns implements AutoCloseable {

    /// 300 ms per try, one try, 1 s in all: an unanswered query is an ERROR within a second.
    static final Duration TRY = Duration.ofMillis(300);

    static final Duration DEADLINE = Duration.ofSeconds(1);

    /// The SOA MINIMUM the test server puts in zones without their own SOA: the negative TTL.
    static final Duration NEGATIVE_TTL = Duration.ofSeconds(300);

    /// "Never hangs": a check asks at most a few questions one after another, each bounded by
    /// [#DEADLINE]; SPF evaluation adds includes.
    static final Duration NEVER_HANGS = Duration.ofSeconds(5);

    private final SetupPlan plan;
    private final RecordSet expected;
    private final CheckTestDns served = new CheckTestDns();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    /// Serves the plan through [CheckTestDns]; only the resolver's timing differs here.
    private TxtCheckTestDns(SetupPlan plan, Set<RecordPurpose> withheld) {
        this.plan = plan;
        this.expected = PlanRecords.of(plan);
        served.serve(plan, r -> !withheld.contains(r.purpose()));
    }

    /// Every zone of the plan's records, each holding exactly the records the plan exports.
    static TxtCheckTestDns publishing(SetupPlan plan) {
        return new TxtCheckTestDns(plan, Set.of());
    }

    /// Every zone of the plan's records, with the records the plan exports except those of
    /// the `withheld` purposes.
    static TxtCheckTestDns publishingAllBut(SetupPlan plan, RecordPurpose... withheld) {
        return new TxtCheckTestDns(plan, Set.of(withheld));
    }

    /// Publishes `masterText` (absolute names, or names relative to `zone`) in `zone`, which
    /// is served from now on if it was not.
    TxtCheckTestDns publish(String zone, String masterText) {
        if (expected.zones().stream().anyMatch(z -> z.ascii().equals(zone))) {
            served.add(zone, masterText);
        } else {
            served.zone(zone, masterText);
        }
        return this;
    }

    /// A master-file TXT line for `value`, split into quoted strings of at most 255 octets as
    /// zone files need, e.g. `s1._domainkey 600 TXT "v=DKIM1; ..." "..."`.
    static String txtLine(String owner, int ttl, String value) {
        return owner
                + " "
                + ttl
                + " TXT "
                + TxtStrings.split(value).stream()
                        .map(QuotedString::of)
                        .collect(Collectors.joining(" "));
    }

    /// Misbehaves for every query for `name`.
    TxtCheckTestDns fault(String name, Fault fault) {
        served.fault(name, fault);
        return this;
    }

    /// The plan's records of `purpose`.
    List<DnsRecord> records(RecordPurpose purpose) {
        return expected.records().stream().filter(r -> r.purpose() == purpose).toList();
    }

    CheckContext context() {
        var resolver =
                new DnsjavaResolver(
                        ResolverOptions.servers(List.of(served.server().endpoint()))
                                .withTiming(TRY, 1, DEADLINE),
                        executor);
        return new CheckContext(plan, expected, resolver);
    }

    /// Runs `check` against this server; fails the test if it does not finish in
    /// [#NEVER_HANGS].
    CheckResult run(StepCheck check) throws Exception {
        return check.run(context()).get(NEVER_HANGS.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        served.close();
        executor.shutdownNow();
    }
}
