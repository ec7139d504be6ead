package org.sendready.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordPurpose;
import org.sendready.spf.SpfRequest;

/// HELO: each host name the servers greet with has exactly one SPF record of its own that
/// passes the host's addresses (see [SpfTxtComparison]).
///
/// Receivers check the HELO name's SPF when the envelope sender is empty, as it is for
/// bounces (RFC 7208 section 2.3), and many check it always. The plan's record is
/// `v=spf1 a -all`: the host's own addresses, nothing else. Whether the live record passes is
/// decided as a receiver decides it for the HELO identity: check_host(ip, host name,
/// `postmaster@`host name) (RFC 7208 sections 2.3 and 4), which must be `pass` for each of the
/// host's addresses.
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
            // RFC 7208 section 2.3: the null sender, so the HELO name is the checked domain.
            var senders =
                    new SpfSenderEvaluation.Senders(
                            List.of(host.get()),
                            (h, ip) -> new SpfRequest(ip, "", h.hostname().ascii()));
            parts.add(SpfTxtComparison.compare(context.dns(), record, senders, addressFix));
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
