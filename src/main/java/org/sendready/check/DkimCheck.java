package org.sendready.check;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.sendready.dns.DnsAnswer;
import org.sendready.plan.DkimKeyRef;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;

/// The DKIM step: each selector of the plan publishes the plan's key, valid, not revoked, of
/// a size verifiers accept, and not in testing mode. Selectors are asked together.
public final class DkimCheck implements StepCheck {

    public DkimCheck() {}

    @Override
    public StepId step() {
        return StepId.DKIM;
    }

    /// Only plans that sign with DKIM.
    @Override
    public boolean appliesTo(CheckContext context) {
        return !context.plan().dkimKeys().isEmpty();
    }

    @Override
    public CompletableFuture<CheckResult> run(CheckContext context) {
        var reviews = context.plan().dkimKeys().stream().map(key -> lookUp(context, key)).toList();
        return CompletableFuture.allOf(reviews.toArray(CompletableFuture[]::new))
                .thenApply(
                        v -> {
                            var findings = new StepFindings();
                            var published =
                                    reviews.stream()
                                            .map(CompletableFuture::join)
                                            .map(review -> review.addTo(findings))
                                            .toList();
                            return findings.result(
                                    step(),
                                    (published.size() == 1 ? "DKIM key" : "DKIM keys")
                                            + " published for "
                                            + published.stream().collect(Collectors.joining(", ")));
                        });
    }

    /// The selector's TXT and CNAME, and when nothing is there, the doubled name.
    private static CompletableFuture<DkimSelectorReview> lookUp(
            CheckContext context, DkimKeyRef key) {
        var domain = context.plan().domain();
        var name = key.selector().ownerName(domain);
        var expected = expectedRecord(context, key);
        return TxtAtName.fetch(context.dns(), name)
                .thenCompose(
                        at ->
                                at.answer() instanceof DnsAnswer.NxDomain
                                                || at.answer() instanceof DnsAnswer.NoData
                                        ? TxtAtName.fetchDoubled(context.dns(), name, domain)
                                                .thenApply(
                                                        doubled ->
                                                                new DkimSelectorReview(
                                                                        key, expected, at, doubled))
                                        : CompletableFuture.completedFuture(
                                                new DkimSelectorReview(
                                                        key, expected, at, Optional.empty())));
    }

    /// The plan's record for `key`; built from the key itself if the record set lacks it.
    private static DnsRecord expectedRecord(CheckContext context, DkimKeyRef key) {
        var domain = context.plan().domain();
        var owner = key.selector().ownerName(domain);
        List<DnsRecord> dkim = PlannedRecords.of(context, RecordPurpose.DKIM);
        return dkim.stream()
                .filter(r -> r.owner().equals(owner))
                .findFirst()
                .orElseGet(
                        () ->
                                new DnsRecord(
                                        owner,
                                        domain,
                                        context.plan().ttls().dkim(),
                                        new RecordData.Txt(key.record().format()),
                                        RecordPurpose.DKIM));
    }
}
