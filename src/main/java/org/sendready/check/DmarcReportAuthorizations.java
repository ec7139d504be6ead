package org.sendready.check;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendready.dmarc.ReportAuthorization;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.RrType;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;

/// Whether each report domain outside the policy domain has agreed to receive its reports.
///
/// RFC 7489 section 7.1: before sending reports to another domain, receivers look for a TXT
/// record starting with `v=DMARC1` at `<policy-domain>._report._dmarc.<report-domain>`, and
/// send nothing without it.
final class DmarcReportAuthorizations {

    private record Lookup(ReportAuthorization authorization, DnsRecord fix, TxtAtName at) {}

    private final List<Lookup> lookups;

    private DmarcReportAuthorizations(List<Lookup> lookups) {
        this.lookups = lookups;
    }

    /// Asks for every authorization in `needed` at once.
    static CompletableFuture<DmarcReportAuthorizations> check(
            CheckContext context, List<ReportAuthorization> needed) {
        var futures =
                needed.stream()
                        .map(
                                a ->
                                        context.dns()
                                                .query(a.owner(), RrType.TXT)
                                                .thenApply(
                                                        answer ->
                                                                new Lookup(
                                                                        a,
                                                                        fixFor(context, a),
                                                                        new TxtAtName(
                                                                                a.owner(),
                                                                                answer,
                                                                                Optional.empty()))))
                        .toList();
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(
                        v ->
                                new DmarcReportAuthorizations(
                                        futures.stream().map(CompletableFuture::join).toList()));
    }

    /// The plan's record for this authorization, or the same record built here when the
    /// published policy names a report domain the plan does not.
    private static DnsRecord fixFor(CheckContext context, ReportAuthorization needed) {
        return context.expected().records().stream()
                .filter(r -> r.purpose() == RecordPurpose.REPORT_AUTHORIZATION)
                .filter(r -> r.owner().equals(needed.owner()))
                .findFirst()
                .orElseGet(
                        () ->
                                new DnsRecord(
                                        needed.owner(),
                                        needed.reportDomain(),
                                        context.plan().ttls().dmarc(),
                                        new RecordData.Txt(needed.value()),
                                        RecordPurpose.REPORT_AUTHORIZATION));
    }

    void addTo(StepFindings findings) {
        for (var lookup : lookups) {
            var at = lookup.at();
            var reportDomain = lookup.authorization().reportDomain();
            if (at.answer() instanceof DnsAnswer.Failed failed) {
                findings.problem(
                        CheckStatus.ERROR,
                        "Could not check whether "
                                + reportDomain
                                + " accepts the DMARC reports: "
                                + failed.kind().description()
                                + " (server "
                                + failed.from().display()
                                + ")",
                        at.describe());
                continue;
            }
            var live =
                    at.records().stream()
                            .map(t -> TxtComparison.presentation(t.strings()))
                            .toList();
            if (at.records().stream()
                    .anyMatch(t -> TxtComparison.Syntax.DMARC.selects(t.joined()))) {
                findings.compared(
                                new RecordComparison(
                                        lookup.fix(), RecordVerdict.OK, live, Optional.empty()))
                        .detail(
                                reportDomain
                                        + " accepts DMARC reports for this domain: "
                                        + at.describe());
                continue;
            }
            findings.compared(
                    new RecordComparison(
                            lookup.fix(), RecordVerdict.MISSING, live, Optional.empty()));
            findings.problem(
                            CheckStatus.WARN,
                            "Reports to "
                                    + reportDomain
                                    + " will not be sent: it has not authorised them",
                            at.describe(),
                            "Receivers send reports to another domain only when it publishes "
                                    + at.name()
                                    + " TXT \""
                                    + ReportAuthorization.VALUE
                                    + "\" (RFC 7489 section 7.1). Whoever runs "
                                    + reportDomain
                                    + " (often a report service) must publish it.")
                    .fix(List.of(lookup.fix()))
                    .settlesWithin(at.ttl());
        }
    }
}
