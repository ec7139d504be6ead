package org.sendready.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;
import org.sendready.spf.SpfRequest;

/// BOUNCE: the bounce (Return-Path) domain has the MX records that take bounces back to the
/// mail hosts (see [MxComparison]) and the SPF record that receivers check for it, since SPF
/// applies to the envelope sender (RFC 7208 section 2.4; see [SpfTxtComparison]):
/// check_host(ip, bounce domain, `postmaster@`bounce domain) must be `pass` for every address
/// of every sending host.
///
/// Applies only when the plan has a bounce domain. The MX records and the SPF record are asked
/// at once.
public final class BounceCheck implements StepCheck {

    public BounceCheck() {}

    @Override
    public StepId step() {
        return StepId.BOUNCE;
    }

    @Override
    public boolean appliesTo(CheckContext context) {
        return context.plan().bounceDomain().isPresent();
    }

    @Override
    public CompletableFuture<CheckResult> run(CheckContext context) {
        var records = ExpectedByPurpose.of(context, RecordPurpose.BOUNCE);
        var mx = records.stream().filter(r -> r.data() instanceof RecordData.Mx).toList();
        var spf = records.stream().filter(r -> r.data() instanceof RecordData.Txt).toList();
        var bounce = context.plan().bounceDomain();
        if (bounce.isEmpty() || records.isEmpty()) {
            return CompletableFuture.completedFuture(
                    CheckResult.of(
                            StepId.BOUNCE,
                            CheckStatus.PASS,
                            "The plan has no bounce domain of its own; bounces go to "
                                    + context.plan().domain()));
        }
        var sender = SpfRequest.POSTMASTER + "@" + bounce.get().ascii();
        var senders =
                new SpfSenderEvaluation.Senders(
                        context.plan().hosts(),
                        (host, ip) -> new SpfRequest(ip, sender, host.hostname().ascii()));
        var hostRecords = ExpectedByPurpose.of(context, RecordPurpose.HOST);
        var parts = new ArrayList<CompletableFuture<StepFindings>>();
        if (!mx.isEmpty()) {
            parts.add(MxComparison.compare(context.dns(), bounce.get(), mx, hostRecords));
        }
        for (var record : spf) {
            parts.add(SpfTxtComparison.compare(context.dns(), record, senders, List.of()));
        }
        var passSummary = bounce.get() + " takes bounces at its MX hosts and has its SPF record";
        return StepFindings.merge(parts)
                .thenApply(findings -> findings.result(StepId.BOUNCE, passSummary));
    }
}
