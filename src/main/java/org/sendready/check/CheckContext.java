package org.sendready.check;

import java.util.Objects;
import org.sendready.dns.DnsResolver;
import org.sendready.plan.SetupPlan;
import org.sendready.records.PlanRecords;
import org.sendready.records.RecordSet;

/// What every check works from: the plan, the records it requires, and the DNS to ask.
///
/// @param dns live DNS, explicit servers, or live DNS overlaid with the plan's records for a
///     preview; checks never know which
public record CheckContext(SetupPlan plan, RecordSet expected, DnsResolver dns) {

    public CheckContext {
        Objects.requireNonNull(plan);
        Objects.requireNonNull(expected);
        Objects.requireNonNull(dns);
    }

    public static CheckContext of(SetupPlan plan, DnsResolver dns) {
        return new CheckContext(plan, PlanRecords.of(plan), dns);
    }
}
