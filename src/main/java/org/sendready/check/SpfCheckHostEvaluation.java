package org.sendready.check;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.plan.SendingHost;
import org.sendready.spf.SpfEvaluation;
import org.sendready.spf.SpfEvaluator;
import org.sendready.spf.SpfLint;
import org.sendready.spf.SpfRecord;
import org.sendready.spf.SpfRequest;
import org.sendready.spf.SpfResult;
import org.sendready.spf.SpfTrace;
import org.sendready.spf.TermOutcome;

/// check_host() (RFC 7208 section 4) of a domain for each sending IP, as a receiver runs it:
/// for the SPF step with mail from `postmaster@domain`, for BOUNCE with mail from
/// `postmaster@`the bounce domain, for HELO with the null sender and the HELO name (section
/// 2.3). The result must be `pass`, within the limit of 10 DNS-querying terms counted through
/// every include and redirect.
final class SpfCheckHostEvaluation {

    /// Each evaluation's time limit: below the 10 s a check runner gives a whole check, so an
    /// include chain stuck on a dead server ends as temperror with its trace, not as a timeout.
    static final Duration TIME_LIMIT = Duration.ofSeconds(8);

    /// The evaluator blocks its thread on DNS answers; a virtual thread per sender makes that
    /// cheap and leaves no pool to shut down.
    private static final Executor VIRTUAL_THREAD = task -> Thread.ofVirtual().start(task);

    /// Spaces per level of the trace in details.
    private static final String INDENT = "  ";

    private record Outcome(InetAddress ip, SpfEvaluation evaluation) {}

    private final String domain;
    private final List<Outcome> outcomes;

    private SpfCheckHostEvaluation(String domain, List<Outcome> outcomes) {
        this.domain = domain;
        this.outcomes = outcomes;
    }

    /// Who asks check_host() for which sender: the request a receiver makes when `host`
    /// connects from `ip`.
    @FunctionalInterface
    interface Requests {
        SpfRequest of(SendingHost host, InetAddress ip);
    }

    /// The SPF step: the domain's SPF for every address of every sending host, all at once, as
    /// a receiver runs it for mail from `postmaster@domain`.
    static CompletableFuture<SpfCheckHostEvaluation> run(CheckContext context) {
        var domain = context.plan().domain();
        return run(
                context.dns(),
                domain,
                context.plan().hosts(),
                (host, ip) ->
                        new SpfRequest(
                                ip, SpfRequest.POSTMASTER + "@" + domain, host.hostname().ascii()));
    }

    /// check_host() of `domain` for every address of every one of `hosts`, all at once, each
    /// asked as `requests` says.
    static CompletableFuture<SpfCheckHostEvaluation> run(
            DnsResolver dns, DomainName domain, List<SendingHost> hosts, Requests requests) {
        var evaluator =
                new SpfEvaluator(dns, SpfEvaluator.Options.defaults().withTimeLimit(TIME_LIMIT));
        var futures = new ArrayList<CompletableFuture<Outcome>>();
        for (var host : hosts) {
            for (var ip : host.addresses()) {
                var request = requests.of(host, ip);
                futures.add(
                        CompletableFuture.supplyAsync(
                                () -> new Outcome(ip, evaluator.evaluate(request)),
                                VIRTUAL_THREAD));
            }
        }
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(
                        v ->
                                new SpfCheckHostEvaluation(
                                        domain.ascii(),
                                        futures.stream().map(CompletableFuture::join).toList()));
    }

    /// The addresses SPF passes, when it passes all of them; empty otherwise.
    List<String> passes() {
        return outcomes.stream().allMatch(o -> o.evaluation().result() == SpfResult.PASS)
                ? outcomes.stream().map(o -> IpAddresses.format(o.ip())).toList()
                : List.of();
    }

    /// Every evaluation as findings: a pass as a detail, anything else as a problem with its
    /// trace.
    void addTo(StepFindings findings) {
        for (var outcome : outcomes) {
            var ip = IpAddresses.format(outcome.ip());
            var evaluation = outcome.evaluation();
            var call = call(outcome);
            switch (evaluation.result()) {
                case PASS -> passed(outcome, findings);
                case TEMPERROR -> temperror(outcome, findings);
                case PERMERROR ->
                        findings.problem(
                                CheckStatus.FAIL,
                                "SPF evaluation for "
                                        + ip
                                        + " ends in an error receivers blame on the records"
                                        + " (permerror): "
                                        + rootCause(evaluation.trace()),
                                trace(call, evaluation.trace()));
                case NONE, NEUTRAL, FAIL, SOFTFAIL ->
                        findings.problem(
                                CheckStatus.FAIL,
                                "SPF does not authorise "
                                        + ip
                                        + " (result: "
                                        + evaluation.result().id()
                                        + ")",
                                trace(call, evaluation.trace()));
            }
        }
    }

    /// Every evaluation as findings for a caller that words the failures itself: a pass as a
    /// detail, a temperror as an ERROR, any other result as its trace in the details. Returns
    /// the addresses not passed, each with its result, e.g. `192.0.2.1 (fail)`.
    List<String> addTracesTo(StepFindings findings) {
        var notPassed = new ArrayList<String>();
        for (var outcome : outcomes) {
            var ip = IpAddresses.format(outcome.ip());
            var evaluation = outcome.evaluation();
            switch (evaluation.result()) {
                case PASS -> passed(outcome, findings);
                case TEMPERROR -> temperror(outcome, findings);
                case PERMERROR -> {
                    List.of(trace(call(outcome), evaluation.trace())).forEach(findings::detail);
                    notPassed.add(ip + " (permerror: " + rootCause(evaluation.trace()) + ")");
                }
                case NONE, NEUTRAL, FAIL, SOFTFAIL -> {
                    List.of(trace(call(outcome), evaluation.trace())).forEach(findings::detail);
                    notPassed.add(ip + " (" + evaluation.result().id() + ")");
                }
            }
        }
        return notPassed;
    }

    /// `check_host(192.0.2.1, example.com) = pass (3 of 10 DNS lookups, 0 of 2 void)`.
    private String call(Outcome outcome) {
        var evaluation = outcome.evaluation();
        return "check_host("
                + IpAddresses.format(outcome.ip())
                + ", "
                + domain
                + ") = "
                + evaluation.result().id()
                + " ("
                + evaluation.lookups()
                + " of "
                + SpfRecord.MAX_DNS_TERMS
                + " DNS lookups, "
                + evaluation.voidLookups()
                + " of "
                + SpfEvaluation.MAX_VOID_LOOKUPS
                + " void)";
    }

    /// A pass as a detail, with a warning when it comes close to the lookup limit.
    private void passed(Outcome outcome, StepFindings findings) {
        var evaluation = outcome.evaluation();
        findings.detail(call(outcome));
        if (evaluation.lookups() >= SpfLint.DNS_TERMS_WARNING) {
            findings.problem(
                    CheckStatus.WARN,
                    "SPF uses " + evaluation.lookups() + " of the 10 DNS lookups receivers allow",
                    "Counted through every include and redirect (RFC 7208 section"
                            + " 4.6.4). When an included provider adds one more,"
                            + " SPF fails with permerror: replace a and mx with"
                            + " ip4:/ip6:, or drop includes you no longer need.");
        }
    }

    private void temperror(Outcome outcome, StepFindings findings) {
        findings.problem(
                CheckStatus.ERROR,
                "SPF could not be evaluated for "
                        + IpAddresses.format(outcome.ip())
                        + ": a DNS lookup failed (temperror)",
                trace(call(outcome), outcome.evaluation().trace()));
    }

    /// Where an error arose: the deepest erroneous term through includes and redirects, e.g.
    /// `include:_spf.example.net: more than 10 DNS-querying terms ...`.
    private static String rootCause(SpfTrace trace) {
        for (var term : trace.terms()) {
            if (term.outcome() == TermOutcome.ERROR) {
                return term.child()
                        .filter(child -> child.result().isError())
                        .map(SpfCheckHostEvaluation::rootCause)
                        .orElse(term.term() + ": " + term.detail());
            }
        }
        return trace.detail();
    }

    /// The evaluation as indented lines: each record, then its terms, includes one level deeper.
    private static String[] trace(String first, SpfTrace root) {
        var lines = new ArrayList<String>();
        lines.add(first);
        trace(root, INDENT, lines);
        return lines.toArray(String[]::new);
    }

    private static void trace(SpfTrace trace, String indent, List<String> lines) {
        lines.add(
                indent
                        + trace.domain()
                        + ": "
                        + trace.result().id()
                        + trace.record().map(r -> ", record \"" + r + "\"").orElse("")
                        + " ("
                        + trace.detail()
                        + ")");
        for (var term : trace.terms()) {
            lines.add(
                    indent
                            + INDENT
                            + term.term()
                            + " ["
                            + term.outcome().label()
                            + "] "
                            + term.detail());
            term.child().ifPresent(child -> trace(child, indent + INDENT + INDENT, lines));
        }
    }
}
