package org.sendready.ui.check;

import java.util.List;
import org.sendready.check.CheckReport;
import org.sendready.check.CheckStatus;
import org.sendready.dmarc.RequestedPolicy;
import org.sendready.dns.Server;
import org.sendready.plan.SetupPlan;
import org.sendready.ui.wizard.DnsChoice;

/// The live check's sentences for the user, in one place.
final class LiveCheckText {
    private LiveCheckText() {}

    /// What to do once everything is green, given the DMARC policy published.
    static List<String> nextSteps(RequestedPolicy dmarc) {
        var policyAdvice =
                switch (dmarc) {
                    case NONE ->
                            "Read the DMARC reports for two to four weeks. When they show only"
                                    + " your own servers, move the DMARC policy from p=none to"
                                    + " p=quarantine in the DMARC step, and later to p=reject.";
                    case QUARANTINE ->
                            "Keep reading the DMARC reports; when nothing legitimate is"
                                    + " quarantined any more, move the policy to p=reject.";
                    case REJECT ->
                            "Your DMARC policy rejects mail that fails; keep reading the"
                                    + " reports so a new sending service is noticed early.";
                };
        return List.of(
                "Send a test message to a mailbox you control at a large provider and open its"
                        + " headers: Authentication-Results should say spf=pass, dkim=pass and"
                        + " dmarc=pass.",
                policyAdvice,
                "Re-run this check after any change to your mail servers or DNS.");
    }

    /// "m:ss", e.g. "0:27" for 27 seconds.
    static String minutesSeconds(long seconds) {
        return seconds / 60 + ":" + "%02d".formatted(seconds % 60);
    }

    /// The board in a sentence: how many steps are green, what to do about the rest.
    static String headline(CheckReport board) {
        var steps = board.steps();
        long green = steps.stream().filter(r -> r.status().isGreen()).count();
        if (green == steps.size()) {
            return "All " + steps.size() + " steps are green.";
        }
        long errors = steps.stream().filter(r -> r.status() == CheckStatus.ERROR).count();
        var text = new StringBuilder(green + " of " + steps.size() + " steps are green.");
        if (green + errors < steps.size()) {
            text.append(
                    " Publish the fix shown for each step that is not, or wait for DNS caches"
                            + " where the step says so.");
        }
        if (errors > 0) {
            text.append(" DNS did not answer for ")
                    .append(errors == 1 ? "one step" : errors + " steps")
                    .append(
                            ", which is not your records' fault: re-check, or choose other DNS"
                                    + " servers.");
        }
        return text.toString();
    }

    /// The DNS asked, e.g. "127.0.0.1:5353" or "each name server of example.com".
    static String describe(SetupPlan plan, DnsChoice dns, boolean preview) {
        var servers =
                dns.servers().stream().map(Server.Endpoint::display).reduce((a, b) -> a + ", " + b);
        String where;
        if (dns.authoritative()) {
            where =
                    "each name server of "
                            + plan.domain().unicode()
                            + servers.map(s -> " (found through " + s + ")").orElse("");
        } else {
            where = servers.orElse("the system's resolvers");
        }
        return where + (preview ? ", with the planned records laid over" : "");
    }
}
