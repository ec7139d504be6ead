package org.sendready.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordPurpose;

/// HELO: each host name the servers greet with has exactly one SPF record of its own that
/// passes the host's addresses (see [SpfTxtComparison]).
///
/// Receivers check the HELO name's SPF when the envelope sender is empty, as it is for
/// bounces (RFC 7208 section 2.3), and many check it always. The plan's record is
/// `v=spf1 a -all`: the host's own addresses, nothing else. Whether the live record passes is
/// decided statically (`ip4`/`ip6`/`a`/`all`); records needing more lookups are a warning.
/// A host whose name is the domain or the bounce domain shares that name's SPF record, which
/// the SPF and BOUNCE steps check, so it has no HELO record of its own here.
public final class HeloCheck implements StepCheck {

    public HeloCheck() {}

    @Override
    public StepId step() {
        return StepId.HELO;
    }

    @Override
    public boolean appliesTo(CheckContext context) {
        return !ExpectedByPurpose.of(context, RecordPurpose.HELO).isEmpty();
    }

    @Override
    public CompletableFuture<CheckResult> run(CheckContext context) {
        var expected = ExpectedByPurpose.of(context, RecordPurpose.HELO);
        if (expected.isEmpty()) {
            return CompletableFuture.completedFuture(
                    CheckResult.of(
                            StepId.HELO,
                            CheckStatus.PASS,
                            "Every host greets with the domain's or the bounce domain's name,"
                                    + " whose SPF record the other steps check"));
        }
        var hostRecords = ExpectedByPurpose.of(context, RecordPurpose.HOST);
        var parts = new ArrayList<CompletableFuture<StepFindings>>();
        for (var record : expected) {
            var host =
                    context.plan().hosts().stream()
                            .filter(h -> h.hostname().equals(record.owner()))
                            .findFirst();
            if (host.isEmpty()) {
                continue;
            }
            List<DnsRecord> addressFix =
                    hostRecords.stream().filter(r -> r.owner().equals(record.owner())).toList();
            parts.add(
                    SpfTxtComparison.compare(
                            context.dns(), record, host.get().addresses(), addressFix));
        }
        var names = expected.stream().map(r -> r.owner().toString()).toList();
        var passSummary =
                LiveAnswerText.list(names)
                        + (names.size() == 1
                                ? " has its own SPF record"
                                : " have their own SPF records")
                        + ", passing the sending addresses";
        return StepFindings.merge(parts)
                .thenApply(findings -> findings.result(StepId.HELO, passSummary));
    }
}
