package org.sendready.check;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendready.dmarc.Alignment;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dmarc.ReportUri;
import org.sendready.dmarc.RequestedPolicy;

/// Compares a published DMARC policy with the plan's, tag by tag that matters.
///
/// Weaker than planned is WARN: mail still flows, but less is protected or reported than the
/// admin chose. Stricter is fine and only noted. The order of strength is RFC 7489 section
/// 6.3's: `none` < `quarantine` < `reject`, a lower `pct` applies the policy to less mail, and
/// relaxed alignment accepts more than strict.
final class DmarcStrength {
    private DmarcStrength() {}

    static void compare(DmarcPolicy plan, DmarcPolicy live, StepFindings findings) {
        policy("p", plan.policy(), live.policy(), findings);
        if (plan.subdomainPolicy().isPresent() || live.subdomainPolicy().isPresent()) {
            policy(
                    "sp",
                    plan.subdomainPolicy().orElse(plan.policy()),
                    live.subdomainPolicy().orElse(live.policy()),
                    findings);
        }
        if (live.policy() != RequestedPolicy.NONE && live.percent() < plan.percent()) {
            findings.problem(
                    CheckStatus.WARN,
                    "The published pct="
                            + live.percent()
                            + " applies the policy to only "
                            + live.percent()
                            + "% of failing mail; the plan says "
                            + plan.percent()
                            + "%");
        } else if (live.percent() > plan.percent()) {
            findings.detail(
                    "The published pct="
                            + live.percent()
                            + " is more than the plan's "
                            + plan.percent()
                            + "%, which is stricter.");
        }
        reports("Aggregate", plan.aggregateReports(), live.aggregateReports(), findings);
        reports("Failure", plan.failureReports(), live.failureReports(), findings);
        alignment("adkim", plan.dkimAlignment(), live.dkimAlignment(), findings);
        alignment("aspf", plan.spfAlignment(), live.spfAlignment(), findings);
        if (!plan.format().equals(live.format())) {
            findings.detail("Published: " + live.format());
            findings.detail("Planned:   " + plan.format());
        }
    }

    private static void policy(
            String tag, RequestedPolicy plan, RequestedPolicy live, StepFindings findings) {
        var which = tag.equals("p") ? "policy" : "policy for subdomains";
        if (live.compareTo(plan) < 0) {
            findings.problem(
                    CheckStatus.WARN,
                    "The published "
                            + which
                            + " "
                            + tag
                            + "="
                            + live.tagValue()
                            + " is weaker than the plan's "
                            + tag
                            + "="
                            + plan.tagValue(),
                    "Mail that fails DMARC is "
                            + treatment(live)
                            + ", where the plan asks for it to be "
                            + treatment(plan)
                            + ".");
        } else if (live.compareTo(plan) > 0) {
            findings.detail(
                    "The published "
                            + which
                            + " "
                            + tag
                            + "="
                            + live.tagValue()
                            + " is stricter than the plan's "
                            + tag
                            + "="
                            + plan.tagValue()
                            + "; fine as long as mail from all your servers passes DMARC.");
        }
    }

    private static String treatment(RequestedPolicy policy) {
        return switch (policy) {
            case NONE -> "delivered as usual";
            case QUARANTINE -> "put in the spam folder";
            case REJECT -> "refused";
        };
    }

    private static void reports(
            String kind, List<ReportUri> plan, List<ReportUri> live, StepFindings findings) {
        Set<String> published = live.stream().map(ReportUri::text).collect(Collectors.toSet());
        var lost = plan.stream().map(ReportUri::text).filter(t -> !published.contains(t)).toList();
        if (!lost.isEmpty()) {
            findings.problem(
                    CheckStatus.WARN,
                    kind
                            + " reports will not reach "
                            + String.join(", ", lost)
                            + ": the published record does not list "
                            + (lost.size() == 1 ? "it" : "them"));
        }
    }

    private static void alignment(
            String tag, Alignment plan, Alignment live, StepFindings findings) {
        if (plan == Alignment.STRICT && live == Alignment.RELAXED) {
            findings.problem(
                    CheckStatus.WARN,
                    "The published "
                            + tag
                            + "=r (relaxed alignment) accepts subdomains of the From domain,"
                            + " where the plan asks for "
                            + tag
                            + "=s (the exact domain)");
        }
    }
}
