package org.sendready.check;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sendready.dns.DomainName;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;

/// MX: when the domain receives mail at its hosts, its MX records list every planned host and
/// each of them resolves (see [MxComparison]).
///
/// Applies only to plans that receive mail; a domain that only sends needs no MX.
public final class MxCheck implements StepCheck {

    public MxCheck() {}

    @Override
    public StepId step() {
        return StepId.MX;
    }

    @Override
    public boolean appliesTo(CheckContext context) {
        return context.plan().receivesMail();
    }

    @Override
    public CompletableFuture<CheckResult> run(CheckContext context) {
        var domain = context.plan().domain();
        var expected = ExpectedByPurpose.of(context, RecordPurpose.MX);
        if (expected.isEmpty()) {
            return CompletableFuture.completedFuture(
                    CheckResult.of(
                            StepId.MX,
                            CheckStatus.PASS,
                            "The plan receives no mail for " + domain + ", so it needs no MX"));
        }
        return MxComparison.compare(
                        context.dns(),
                        domain,
                        expected,
                        ExpectedByPurpose.of(context, RecordPurpose.HOST))
                .thenApply(findings -> findings.result(StepId.MX, passSummary(domain, expected)));
    }

    private static String passSummary(DomainName domain, List<DnsRecord> expected) {
        var exchanges =
                expected.stream()
                        .map(record -> (RecordData.Mx) record.data())
                        .map(mx -> mx.exchange().toString())
                        .toList();
        return "Mail for "
                + domain
                + " goes to "
                + LiveAnswerText.list(exchanges)
                + ", which "
                + (exchanges.size() == 1 ? "resolves" : "resolve");
    }
}
