package org.sendready.check;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendready.records.DnsRecord;
import org.sendready.spf.Directive;
import org.sendready.spf.LintFinding;
import org.sendready.spf.Mechanism;
import org.sendready.spf.SpfLint;
import org.sendready.spf.SpfRecord;
import org.sendready.spf.Term;

/// Judges a valid published SPF record on its own, without DNS: how it differs from the plan's,
/// how it treats servers it does not list, and the risks [SpfLint] sees in it.
final class SpfRecordReview {

    /// Lint rules this review words itself, or that the evaluation covers with real numbers.
    private static final Set<LintFinding.Rule> WORDED_HERE =
            Set.of(
                    LintFinding.Rule.PASS_ALL,
                    LintFinding.Rule.NEUTRAL_ALL,
                    LintFinding.Rule.DNS_LOOKUPS);

    private SpfRecordReview() {}

    static void review(
            SpfRecord plan, SpfRecord live, List<DnsRecord> expected, StepFindings findings) {
        if (!plan.format().equals(live.format())) {
            if (termSet(plan).equals(termSet(live)) && plan.terms().size() == live.terms().size()) {
                findings.detail("The published record has the plan's terms in another order.");
            } else {
                findings.problem(
                                CheckStatus.WARN,
                                "The published SPF record differs from the plan's",
                                "Published: " + live.format(),
                                "Planned:   " + plan.format(),
                                "Publish the plan's record, or change the plan to match what"
                                        + " you publish.")
                        .fix(expected);
            }
        }
        live.directives().stream()
                .filter(d -> d.mechanism() instanceof Mechanism.All)
                .findFirst()
                .ifPresent(all -> defaultResult(all, findings));
        for (var finding : SpfLint.check(live)) {
            if (WORDED_HERE.contains(finding.rule())) {
                continue;
            }
            var term =
                    finding.termIndex().stream()
                            .mapToObj(i -> "'" + live.terms().get(i).format() + "': ")
                            .findFirst()
                            .orElse("");
            if (finding.severity() == LintFinding.Severity.INFO) {
                findings.detail("Note: " + term + finding.message());
            } else if (finding.rule() == LintFinding.Rule.PTR) {
                findings.problem(
                        CheckStatus.WARN,
                        "The SPF record uses the ptr mechanism",
                        finding.message());
            } else {
                findings.problem(CheckStatus.WARN, "SPF: " + term + finding.message());
            }
        }
    }

    /// What servers not listed get: RFC 7208 section 5.1, `all` matches every sender.
    private static void defaultResult(Directive all, StepFindings findings) {
        switch (all.qualifier()) {
            case PASS ->
                    findings.problem(
                            CheckStatus.WARN,
                            "The SPF record ends with '"
                                    + all.format()
                                    + "': ANY server on the internet may send mail as this"
                                    + " domain",
                            "'+all' (or 'all' without a sign) gives every sender 'pass', so SPF"
                                    + " protects nothing: forged mail passes SPF, and receivers"
                                    + " may distrust the domain for it. List your servers, then"
                                    + " end the record with -all.");
            case NEUTRAL ->
                    findings.problem(
                            CheckStatus.WARN,
                            "The SPF record ends with '?all': it says nothing about servers it does"
                                    + " not list",
                            "Receivers get 'neutral' for forged mail, the same as with no SPF."
                                    + " Once all your servers are listed, end the record with"
                                    + " -all.");
            case SOFTFAIL ->
                    findings.problem(
                            CheckStatus.WARN,
                            "The SPF record ends with '~all': forged mail is only marked, not"
                                    + " refused",
                            "'~all' (softfail) is meant for testing. Once mail from all your"
                                    + " servers passes, end the record with -all.");
            case FAIL -> {}
        }
    }

    private static Set<String> termSet(SpfRecord record) {
        return record.terms().stream().map(Term::format).collect(Collectors.toSet());
    }
}
