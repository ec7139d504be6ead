package org.sendready.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendready.dmarc.DmarcParser;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dmarc.RequestedPolicy;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.input.InvalidInput;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordPurpose;

/// The DMARC step: exactly one valid record at `_dmarc.<domain>`, at least as strict as the
/// plan's, whose report addresses in other domains are authorised to receive the reports.
public final class DmarcCheck implements StepCheck {

    private static final TxtComparison.Syntax SYNTAX = TxtComparison.Syntax.DMARC;

    public DmarcCheck() {}

    @Override
    public StepId step() {
        return StepId.DMARC;
    }

    @Override
    public CompletableFuture<CheckResult> run(CheckContext context) {
        var domain = context.plan().domain();
        var name = DmarcPolicy.recordName(domain);
        var expected = PlannedRecords.of(context, RecordPurpose.DMARC);
        return TxtAtName.fetch(context.dns(), name)
                .thenCompose(
                        at ->
                                switch (at.answer()) {
                                    case DnsAnswer.Failed failed ->
                                            CompletableFuture.completedFuture(
                                                    StepFindings.dnsError(
                                                            step(), RrType.TXT, name, failed));
                                    case DnsAnswer.NxDomain nx -> absent(context, at, expected);
                                    case DnsAnswer.NoData noData -> absent(context, at, expected);
                                    case DnsAnswer.Records records ->
                                            present(context, at, expected);
                                });
    }

    /// Nothing at `_dmarc`: PENDING, unless the record sits at the doubled name.
    private CompletableFuture<CheckResult> absent(
            CheckContext context, TxtAtName at, List<DnsRecord> expected) {
        return TxtAtName.fetchDoubled(context.dns(), at.name(), context.plan().domain())
                .thenApply(
                        doubled -> {
                            var findings = new StepFindings().fix(expected).settlesWithin(at.ttl());
                            doubled.filter(
                                            d ->
                                                    d.records().stream()
                                                            .anyMatch(
                                                                    t ->
                                                                            SYNTAX.selects(
                                                                                    t.joined())))
                                    .ifPresentOrElse(
                                            d -> misplaced(at, d, expected, findings),
                                            () -> pending(at, expected, findings));
                            return findings.result(step(), "");
                        });
    }

    private static void misplaced(
            TxtAtName at, TxtAtName doubled, List<DnsRecord> expected, StepFindings findings) {
        var mistake =
                "the domain is written twice in the host field: the record is at "
                        + doubled.name()
                        + "; enter only _dmarc as the host, since the DNS panel adds the domain"
                        + " itself";
        findings.problem(
                CheckStatus.FAIL,
                "The DMARC record is published at the wrong name, " + doubled.name(),
                at.describe(),
                doubled.describe(),
                "Move it to " + at.name() + ": " + mistake + ".");
        expected.forEach(r -> findings.compared(TxtComparison.missing(r, Optional.of(mistake))));
    }

    private static void pending(TxtAtName at, List<DnsRecord> expected, StepFindings findings) {
        findings.problem(
                CheckStatus.PENDING,
                "No DMARC record at " + at.name() + " yet",
                at.describe(),
                "Publish the record below; resolvers may remember its absence for up to "
                        + at.ttl().toSeconds()
                        + " s.");
        expected.forEach(r -> findings.compared(TxtComparison.missing(r, Optional.empty())));
    }

    private CompletableFuture<CheckResult> present(
            CheckContext context, TxtAtName at, List<DnsRecord> expected) {
        var findings = new StepFindings().detail(at.describe());
        expected.forEach(
                r ->
                        findings.compared(
                                TxtComparison.compare(r, SYNTAX, at.records(), Optional.empty())));
        if (at.cnameBesideTxt()) {
            findings.problem(
                    CheckStatus.FAIL,
                    at.name() + " has a CNAME and TXT records at the same name",
                    "A name with a CNAME may hold nothing else (RFC 1034 section 3.6.2), so"
                            + " resolvers answer unpredictably. Delete the CNAME (or the TXT"
                            + " records).");
        }
        var dmarc =
                at.records().stream()
                        .map(ResourceRecord.Txt::joined)
                        .filter(SYNTAX::selects)
                        .toList();
        if (dmarc.size() != 1) {
            noSingleRecord(at, dmarc, findings);
            return CompletableFuture.completedFuture(done(findings, expected, at));
        }
        DmarcParser.Parsed parsed;
        try {
            parsed = DmarcParser.parse(dmarc.getFirst());
        } catch (InvalidInput e) {
            findings.problem(CheckStatus.FAIL, "The DMARC record is not valid: " + e.reason());
            return CompletableFuture.completedFuture(done(findings, expected, at));
        }
        var live = parsed.policy();
        parsed.warnings().forEach(w -> findings.detail("Note: " + w + "."));
        DmarcStrength.compare(context.plan().dmarc(), live, findings);
        if (findings.status() != CheckStatus.PASS) {
            findings.fix(expected).settlesWithin(at.ttl());
        }
        if (live.policy() == RequestedPolicy.NONE) {
            findings.detail(
                    "p=none only monitors: receivers deliver failing mail and send reports. Next"
                            + " step: quarantine, then reject once reports look clean.");
        }
        var summary =
                "DMARC record published: p="
                        + live.policy().tagValue()
                        + (live.policy() == RequestedPolicy.NONE ? " (monitoring only)" : "");
        var authorizations =
                DmarcReportAuthorizations.check(
                        context, live.reportAuthorizations(context.plan().domain()));
        return authorizations.thenApply(
                check -> {
                    check.addTo(findings);
                    return findings.result(step(), summary);
                });
    }

    private static void noSingleRecord(TxtAtName at, List<String> dmarc, StepFindings findings) {
        if (dmarc.size() > 1) {
            findings.problem(
                    CheckStatus.FAIL,
                    dmarc.size()
                            + " DMARC records at "
                            + at.name()
                            + ": receivers ignore all of them (RFC 7489 section 6.6.3)",
                    "Keep exactly one record that starts with v=DMARC1; delete the others.");
            return;
        }
        var broken =
                at.records().stream()
                        .map(ResourceRecord.Txt::joined)
                        .filter(t -> t.toLowerCase(Locale.ROOT).contains("dmarc"))
                        .findFirst();
        if (broken.isPresent()) {
            String reason;
            try {
                DmarcParser.parse(broken.get());
                reason = "it does not start with v=DMARC1";
            } catch (InvalidInput e) {
                reason = e.reason();
            }
            findings.problem(
                    CheckStatus.FAIL,
                    "The record at " + at.name() + " is not a valid DMARC record: " + reason);
        } else {
            findings.problem(
                    CheckStatus.PENDING,
                    "No DMARC record at "
                            + at.name()
                            + " yet: its TXT records are not DMARC"
                            + " records");
        }
    }

    /// The result of a record that is not one valid DMARC record: the fix, and the live TTL,
    /// how long resolvers may keep serving what is there now.
    private static CheckResult done(StepFindings findings, List<DnsRecord> expected, TxtAtName at) {
        return findings.fix(expected).settlesWithin(at.ttl()).result(StepId.DMARC, "");
    }
}
