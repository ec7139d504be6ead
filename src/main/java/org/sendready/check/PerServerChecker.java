package org.sendready.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.sendready.dns.AuthoritativeResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.NameServerClient;
import org.sendready.dns.PropagationAnswer;
import org.sendready.dns.RrType;
import org.sendready.dns.Server;
import org.sendready.dns.ZoneDirectResolver;

/// The propagation view: runs the checks once through each of the domain's authoritative
/// name servers, asked directly (no resolver cache in between), and merges the boards.
///
/// A step's status is the worst over the servers, so a step turns green only when every name
/// server serves the new record; where the servers disagree, the details say which serves
/// what. Names outside the domain's zone (reverse zones, SPF includes) are asked through the
/// recursive resolver.
public final class PerServerChecker implements BoardRunner {
    private final Checker checker;
    private final AuthoritativeResolver authoritative;
    private final NameServerClient client;

    public PerServerChecker(
            Checker checker, AuthoritativeResolver authoritative, NameServerClient client) {
        this.checker = checker;
        this.authoritative = authoritative;
        this.client = client;
    }

    /// The merged board and the board of each name server it came from.
    ///
    /// @param merged per step the worst server's result (what [#run] returns)
    /// @param byServer each name server's own board, keyed by a label such as
    ///     `ns1.example.com (192.0.2.53:53)`, in the order the servers were found; empty when
    ///     the name servers could not be found or reached and the recursive resolver answered
    public record Boards(CheckReport merged, Map<String, CheckReport> byServer) {
        public Boards {
            Objects.requireNonNull(merged);
            byServer = Collections.unmodifiableMap(new LinkedHashMap<>(byServer));
        }
    }

    @Override
    public CompletableFuture<CheckReport> run(CheckContext context) {
        return runEach(context).thenApply(Boards::merged);
    }

    /// Runs the checks through each name server, keeping every server's board beside the
    /// merged one, for a view of which servers agree.
    public CompletableFuture<Boards> runEach(CheckContext context) {
        var domain = context.plan().domain();
        return authoritative
                .query(domain, RrType.SOA)
                .thenCompose(
                        answer ->
                                switch (answer) {
                                    case PropagationAnswer.PerServer perServer ->
                                            runPerServer(context, perServer);
                                    case PropagationAnswer.NoZone noZone ->
                                            checker.run(context)
                                                    .thenApply(
                                                            r ->
                                                                    new Boards(
                                                                            noNameServers(
                                                                                    r, domain,
                                                                                    noZone),
                                                                            Map.of()));
                                });
    }

    private CompletableFuture<Boards> runPerServer(
            CheckContext context, PropagationAnswer.PerServer perServer) {
        var runs = new LinkedHashMap<String, CompletableFuture<CheckReport>>();
        for (var answer : perServer.answers()) {
            if (answer.server() instanceof Server.Endpoint endpoint) {
                var direct =
                        new ZoneDirectResolver(client, endpoint, perServer.zone(), context.dns());
                var label = answer.host().ascii() + " (" + endpoint.display() + ")";
                runs.put(
                        label,
                        checker.run(new CheckContext(context.plan(), context.expected(), direct)));
            }
        }
        if (runs.isEmpty()) {
            return checker.run(context).thenApply(r -> new Boards(r, Map.of()));
        }
        return CompletableFuture.allOf(runs.values().toArray(CompletableFuture[]::new))
                .thenApply(
                        done -> {
                            var byServer = joinAll(runs);
                            return new Boards(merge(context.plan().domain(), byServer), byServer);
                        });
    }

    private static Map<String, CheckReport> joinAll(
            Map<String, CompletableFuture<CheckReport>> runs) {
        var reports = new LinkedHashMap<String, CheckReport>();
        runs.forEach((label, future) -> reports.put(label, future.join()));
        return reports;
    }

    /// Per step: the worst server's result, with a line per server when they disagree.
    static CheckReport merge(DomainName domain, Map<String, CheckReport> byServer) {
        var first = byServer.values().iterator().next();
        var merged = new ArrayList<CheckResult>();
        for (var step : first.steps()) {
            var results = new LinkedHashMap<String, CheckResult>();
            byServer.forEach(
                    (label, report) ->
                            report.step(step.step()).ifPresent(r -> results.put(label, r)));
            var worst =
                    results.values().stream()
                            .reduce(
                                    (a, b) ->
                                            b.status().worst(a.status()) == b.status()
                                                            && b.status() != a.status()
                                                    ? b
                                                    : a)
                            .orElse(step);
            boolean agree =
                    results.values().stream().map(CheckResult::status).distinct().count() == 1;
            if (agree) {
                merged.add(worst);
                continue;
            }
            var details = new ArrayList<String>();
            details.add("The name servers disagree (changes are still propagating):");
            results.forEach(
                    (label, r) ->
                            details.add(
                                    "  " + label + ": " + r.status().id() + " - " + r.summary()));
            details.addAll(worst.details());
            merged.add(
                    new CheckResult(
                            worst.step(),
                            worst.status(),
                            worst.summary(),
                            details,
                            worst.fix(),
                            worst.comparisons(),
                            worst.settlesWithin()));
        }
        return new CheckReport(domain, merged);
    }

    private static CheckReport noNameServers(
            CheckReport report, DomainName domain, PropagationAnswer.NoZone noZone) {
        var note =
                "Could not find the name servers of "
                        + domain
                        + " ("
                        + noZone.cause()
                        + "); these results come from the recursive resolver.";
        var steps =
                report.steps().stream()
                        .map(
                                r -> {
                                    var details = new ArrayList<String>(List.of(note));
                                    details.addAll(r.details());
                                    return new CheckResult(
                                            r.step(),
                                            r.status(),
                                            r.summary(),
                                            details,
                                            r.fix(),
                                            r.comparisons(),
                                            r.settlesWithin());
                                })
                        .toList();
        return new CheckReport(report.domain(), steps);
    }
}
