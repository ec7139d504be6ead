package org.sendready.ui.spf;

import java.util.function.Function;
import java.util.function.Supplier;
import org.sendready.check.PreviewDns;
import org.sendready.dns.DnsResolver;
import org.sendready.plan.SetupPlan;
import org.sendready.records.PlanRecords;
import org.sendready.ui.wizard.DnsChoice;

/// DNS as the SPF builder sees it: the user's DNS choice, with the plan's records (the draft
/// SPF record among them) laid over it, so the draft is evaluated before it is published.
///
/// @param resolvers opens a resolver for a DNS choice (production: a fresh uncached one)
/// @param choice the DNS the user chose
record SpfDraftDns(
        Function<DnsChoice, ? extends DnsResolver> resolvers, Supplier<DnsChoice> choice) {

    /// The user's DNS, uncached.
    DnsResolver live() {
        return resolvers.apply(choice.get());
    }

    /// The user's DNS with `plan`'s records published.
    DnsResolver preview(SetupPlan plan) {
        return PreviewDns.over(live(), PlanRecords.of(plan));
    }
}
