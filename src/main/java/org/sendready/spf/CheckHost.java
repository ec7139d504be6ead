package org.sendready.spf;

import java.util.List;
import java.util.Optional;
import org.sendready.dns.DomainName;
import org.sendready.dns.RrType;

/// One check_host() evaluation (RFC 7208 section 4): fetches a domain's record and evaluates
/// its terms in order, recursing into `include` and `redirect=`, with the limits, the DNS
/// answers and the macro values shared by the whole evaluation. Used by one thread, once.
final class CheckHost {

    /// The result of one check_host() call with its trace, and the explanation of a fail.
    record Outcome(SpfTrace trace, Optional<String> explanation) {}

    /// One evaluated term: its trace and what it gave.
    private record Step(TermTrace trace, Verdict verdict) {}

    /// Where the counters stood when a call began, to report what the call spent.
    private record Start(int terms, int voids) {}

    private final DnsCache dns;
    private final LookupBudget budget;
    private final MechanismTargets targets;
    private final ExplanationLookup explanations;
    private final Prefetcher prefetcher;

    CheckHost(
            SpfRequest request,
            DnsCache dns,
            LookupBudget budget,
            MacroExpander macros,
            Prefetcher prefetcher) {
        this.dns = dns;
        this.budget = budget;
        this.targets = new MechanismTargets(request, macros, new MechanismMatcher(request, budget));
        this.explanations = new ExplanationLookup(request, macros);
        this.prefetcher = prefetcher;
    }

    /// check_host() for `domain`. `explain` is false inside an `include`, whose `exp=` is never
    /// used (section 6.2).
    Outcome check(DomainName domain, boolean explain) {
        var start = new Start(budget.terms(), budget.voids());
        var fetch = new QueryLog(dns);
        var selection = RecordSelection.of(fetch.ask(domain, RrType.TXT));
        if (selection instanceof RecordSelection.Found found
                && found.parsed() instanceof SpfParseResult.Parsed parsed) {
            prefetcher.record(parsed.record(), domain);
            return evaluate(domain, found.text(), parsed.record(), explain, fetch, start);
        }
        var trace =
                trace(
                        domain,
                        selection instanceof RecordSelection.Found found ? found.text() : null,
                        selection.result(),
                        selection.detail(),
                        fetch,
                        List.of(),
                        start);
        return new Outcome(trace, Optional.empty());
    }

    /// The trace of a `<domain>` that is not a valid name: `none` (section 4.3).
    static SpfTrace invalidDomain(TargetName.Invalid domain) {
        return new SpfTrace(
                domain.text(),
                Optional.empty(),
                SpfResult.NONE,
                "not a valid domain name: " + domain.reason() + " (RFC 7208 section 4.3)",
                List.of(),
                List.of(),
                0,
                0);
    }

    /// How a record's evaluation ended: its result and why.
    private record Ending(SpfResult result, String detail) {}

    /// Evaluates the terms of `record` (section 4.6) and, when none matched, `redirect=`
    /// (section 6.1) or the default `neutral` (section 4.7).
    private Outcome evaluate(
            DomainName domain,
            String text,
            SpfRecord record,
            boolean explain,
            QueryLog fetch,
            Start start) {
        var terms = record.terms();
        var traces = new TermTrace[terms.size()];
        var ending = directives(terms, traces, domain);
        Optional<String> explanation = Optional.empty();
        int redirectAt = indexOf(terms, Modifier.Redirect.class);
        if (ending == null && redirectAt >= 0 && !record.hasAll()) {
            var redirected = redirect((Modifier.Redirect) terms.get(redirectAt), domain, explain);
            traces[redirectAt] = redirected.trace();
            ending = new Ending(redirected.result(), redirected.trace().detail());
            explanation = redirected.explanation();
        } else if (ending == null) {
            ending =
                    new Ending(
                            SpfResult.NEUTRAL,
                            "no mechanism matched; the default result is neutral (RFC 7208"
                                    + " section 4.7)");
        } else if (ending.result() == SpfResult.FAIL && explain) {
            explanation = explain(terms, traces, domain);
        }
        for (int i = 0; i < traces.length; i++) {
            if (traces[i] == null) {
                traces[i] = TermTrace.unevaluated(terms.get(i), record.hasAll(), explain);
            }
        }
        var trace =
                trace(
                        domain,
                        text,
                        ending.result(),
                        ending.detail(),
                        fetch,
                        List.of(traces),
                        start);
        return new Outcome(trace, explanation);
    }

    /// Evaluates the directives in order until one matches or fails (section 4.6.2), filling
    /// their traces; null when none matched.
    private Ending directives(List<Term> terms, TermTrace[] traces, DomainName domain) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i) instanceof Directive directive) {
                var step = directive(directive, domain);
                traces[i] = step.trace();
                var verdict = step.verdict();
                if (verdict.kind() == Verdict.Kind.MATCH) {
                    return new Ending(
                            SpfResult.of(directive.qualifier()),
                            directive.format() + " matched: " + verdict.detail());
                }
                if (verdict.error().isPresent()) {
                    return new Ending(
                            verdict.error().get(), directive.format() + ": " + verdict.detail());
                }
            }
        }
        return null;
    }

    /// The explanation of this record's fail, from its `exp=` if any (section 6.2).
    private Optional<String> explain(List<Term> terms, TermTrace[] traces, DomainName domain) {
        int expAt = indexOf(terms, Modifier.Explanation.class);
        if (expAt < 0) {
            return Optional.empty();
        }
        var log = new QueryLog(dns);
        var exp = (Modifier.Explanation) terms.get(expAt);
        var explained = explanations.explain(exp.domain(), domain, log);
        var outcome = explained.text().isPresent() ? TermOutcome.USED : TermOutcome.IGNORED;
        traces[expAt] =
                new TermTrace(
                        exp.format(), outcome, explained.detail(), log.lookups(), Optional.empty());
        return explained.text();
    }

    /// Evaluates one directive (section 4.6.2), spending its DNS term first (section 4.6.4).
    private Step directive(Directive directive, DomainName domain) {
        var mechanism = directive.mechanism();
        var log = new QueryLog(dns);
        if (mechanism.queriesDns() && !budget.spendTerm()) {
            return step(directive, Verdict.permerror(LookupBudget.termLimitReason()), log);
        }
        if (mechanism instanceof Mechanism.Include include) {
            return include(directive, include, domain, log);
        }
        return step(directive, targets.evaluate(mechanism, domain, log), log);
    }

    /// `include` (section 5.2): evaluates the target's record and maps its result.
    private Step include(
            Directive directive, Mechanism.Include include, DomainName domain, QueryLog log) {
        var target = targets.target(Optional.of(include.domain()), domain, log);
        if (target instanceof TargetName.Invalid invalid) {
            log.notAsked(invalid, RrType.TXT);
            return step(
                    directive,
                    Verdict.permerror(
                            "'"
                                    + invalid.text()
                                    + "' is not a valid domain name ("
                                    + invalid.reason()
                                    + "), so it has no SPF record; RFC 7208 section 5.2 makes"
                                    + " that a permerror"),
                    log);
        }
        var child = check(((TargetName.Valid) target).name(), false);
        var verdict =
                switch (child.trace().result()) {
                    case PASS -> Verdict.match("the included record passes");
                    case FAIL, SOFTFAIL, NEUTRAL ->
                            Verdict.noMatch(
                                    "the included record gives "
                                            + child.trace().result()
                                            + ", which is no match (RFC 7208 section 5.2)");
                    case TEMPERROR -> Verdict.temperror("the included record gives temperror");
                    case PERMERROR -> Verdict.permerror("the included record gives permerror");
                    case NONE ->
                            Verdict.permerror(
                                    "the included domain has no SPF record; RFC 7208 section 5.2"
                                            + " makes that a permerror");
                };
        return new Step(
                new TermTrace(
                        directive.format(),
                        verdict.outcome(),
                        verdict.detail(),
                        log.lookups(),
                        Optional.of(child.trace())),
                verdict);
    }

    /// The result of following `redirect=`, with its trace and explanation.
    private record Redirected(TermTrace trace, SpfResult result, Optional<String> explanation) {}

    /// `redirect=` (section 6.1): the target's result is the result; `none` there, or an
    /// invalid target, is a permerror. It counts as a DNS term (section 4.6.4).
    private Redirected redirect(Modifier.Redirect redirect, DomainName domain, boolean explain) {
        var log = new QueryLog(dns);
        if (!budget.spendTerm()) {
            return failedRedirect(redirect, LookupBudget.termLimitReason(), log, null);
        }
        var target = targets.target(Optional.of(redirect.domain()), domain, log);
        if (target instanceof TargetName.Invalid invalid) {
            log.notAsked(invalid, RrType.TXT);
            return failedRedirect(
                    redirect,
                    "'"
                            + invalid.text()
                            + "' is not a valid domain name ("
                            + invalid.reason()
                            + "); RFC 7208 section 6.1 makes that a permerror",
                    log,
                    null);
        }
        var child = check(((TargetName.Valid) target).name(), explain);
        var result = child.trace().result();
        if (result == SpfResult.NONE) {
            return failedRedirect(
                    redirect,
                    "the redirect target has no SPF record; RFC 7208 section 6.1 makes that a"
                            + " permerror",
                    log,
                    child.trace());
        }
        var trace =
                new TermTrace(
                        redirect.format(),
                        TermOutcome.FOLLOWED,
                        "no mechanism matched, so the target's result is the result: "
                                + result
                                + " (RFC 7208 section 6.1)",
                        log.lookups(),
                        Optional.of(child.trace()));
        return new Redirected(trace, result, child.explanation());
    }

    /// A redirect that ends in permerror; `child` is the target's trace, if it was checked.
    private static Redirected failedRedirect(
            Modifier.Redirect redirect, String detail, QueryLog log, SpfTrace child) {
        var trace =
                new TermTrace(
                        redirect.format(),
                        TermOutcome.ERROR,
                        detail,
                        log.lookups(),
                        Optional.ofNullable(child));
        return new Redirected(trace, SpfResult.PERMERROR, Optional.empty());
    }

    private static Step step(Directive directive, Verdict verdict, QueryLog log) {
        return new Step(
                new TermTrace(
                        directive.format(),
                        verdict.outcome(),
                        verdict.detail(),
                        log.lookups(),
                        Optional.empty()),
                verdict);
    }

    private static int indexOf(List<Term> terms, Class<? extends Modifier> kind) {
        for (int i = 0; i < terms.size(); i++) {
            if (kind.isInstance(terms.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private SpfTrace trace(
            DomainName domain,
            String record,
            SpfResult result,
            String detail,
            QueryLog fetch,
            List<TermTrace> terms,
            Start start) {
        return new SpfTrace(
                domain.ascii(),
                Optional.ofNullable(record),
                result,
                detail,
                fetch.lookups(),
                terms,
                budget.terms() - start.terms(),
                budget.voids() - start.voids());
    }
}
