package org.sendready.check;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.sendready.dns.IpAddresses;
import org.sendready.spf.SpfEvaluation;
import org.sendready.spf.SpfEvaluator;
import org.sendready.spf.SpfLint;
import org.sendready.spf.SpfRecord;
import org.sendready.spf.SpfRequest;
import org.sendready.spf.SpfResult;
import org.sendready.spf.SpfTrace;
import org.sendready.spf.TermOutcome;

/// check_host() (RFC 7208 section 4) of the domain for each sending IP, as a receiver runs it
/// for mail from `postmaster@domain` sent by that host: the result must be `pass`, within the
/// limit of 10 DNS-querying terms counted through every include and redirect.
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

    /// Evaluates the domain's SPF for every address of every sending host, all at once.
    static CompletableFuture<SpfCheckHostEvaluation> run(CheckContext context) {
        var domain = context.plan().domain();
        var evaluator =
                new SpfEvaluator(
                        context.dns(), SpfEvaluator.Options.defaults().withTimeLimit(TIME_LIMIT));
        var futures = new ArrayList<CompletableFuture<Outcome>>();
        for (var host : context.plan().hosts()) {
            for (var ip : host.addresses()) {
                var request =
                        new SpfRequest(
                                ip, SpfRequest.POSTMASTER + "@" + domain, host.hostname().ascii());
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

    void addTo(StepFindings findings) {
        for (var outcome : outcomes) {
            var ip = IpAddresses.format(outcome.ip());
            var evaluation = outcome.evaluation();
            var call = "check_host(" + ip + ", " + domain + ") = " + evaluation.result().id();
            var counts =
                    evaluation.lookups()
                            + " of "
                            + SpfRecord.MAX_DNS_TERMS
                            + " DNS lookups, "
                            + evaluation.voidLookups()
                            + " of "
                            + SpfEvaluation.MAX_VOID_LOOKUPS
                            + " void";
            switch (evaluation.result()) {
                case PASS -> {
                    findings.detail(call + " (" + counts + ")");
                    if (evaluation.lookups() >= SpfLint.DNS_TERMS_WARNING) {
                        findings.problem(
                                CheckStatus.WARN,
                                "SPF uses "
                                        + evaluation.lookups()
                                        + " of the 10 DNS lookups receivers allow",
                                "Counted through every include and redirect (RFC 7208 section"
                                        + " 4.6.4). When an included provider adds one more,"
                                        + " SPF fails with permerror: replace a and mx with"
                                        + " ip4:/ip6:, or drop includes you no longer need.");
                    }
                }
                case TEMPERROR ->
                        findings.problem(
                                CheckStatus.ERROR,
                                "SPF could not be evaluated for "
                                        + ip
                                        + ": a DNS lookup failed (temperror)",
                                trace(call + " (" + counts + ")", evaluation.trace()));
                case PERMERROR ->
                        findings.problem(
                                CheckStatus.FAIL,
                                "SPF evaluation for "
                                        + ip
                                        + " ends in an error receivers blame on the records"
                                        + " (permerror): "
                                        + rootCause(evaluation.trace()),
                                trace(call + " (" + counts + ")", evaluation.trace()));
                case NONE, NEUTRAL, FAIL, SOFTFAIL ->
                        findings.problem(
                                CheckStatus.FAIL,
                                "SPF does not authorise "
                                        + ip
                                        + " (result: "
                                        + evaluation.result().id()
                                        + ")",
                                trace(call + " (" + counts + ")", evaluation.trace()));
            }
        }
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
