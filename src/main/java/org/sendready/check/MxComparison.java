package org.sendready.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendready.check.MisplacedRecordProbe.Misplacement;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;

/// The MX records of one domain compared with the plan's, and each mail exchanger resolved.
///
/// Every planned exchanger must be listed (WRONG otherwise, FAIL); a null MX where mail is
/// expected is a FAIL (RFC 7505 section 3); exchangers the plan does not have are warnings.
/// Then every listed exchanger must have an address (see [ExchangeAddresses]). Two rounds of
/// queries: the MX records, then the exchangers' A/AAAA records (or the probes for missing MX
/// records).
final class MxComparison {

    private MxComparison() {}

    /// Compares the MX records at `owner` with `expected` (its planned MX records, in one
    /// zone); `hostRecords` are the planned A/AAAA records, the fix when a planned exchanger
    /// has no address.
    static CompletableFuture<StepFindings> compare(
            DnsResolver dns,
            DomainName owner,
            List<DnsRecord> expected,
            List<DnsRecord> hostRecords) {
        return dns.query(owner, RrType.MX)
                .thenCompose(
                        answer -> {
                            var findings =
                                    new StepFindings()
                                            .detail(LiveAnswerText.asked(owner, RrType.MX, answer));
                            return switch (answer) {
                                case DnsAnswer.Failed failed ->
                                        CompletableFuture.completedFuture(
                                                findings.problem(
                                                        CheckStatus.ERROR,
                                                        LiveAnswerText.failure(
                                                                owner, RrType.MX, failed)));
                                case DnsAnswer.Records records ->
                                        present(
                                                dns,
                                                owner,
                                                expected,
                                                hostRecords,
                                                records,
                                                findings);
                                case DnsAnswer.NxDomain nx ->
                                        missing(dns, owner, expected, nx, findings);
                                case DnsAnswer.NoData noData ->
                                        missing(dns, owner, expected, noData, findings);
                            };
                        });
    }

    /// No MX records: PENDING, or FAIL when the probe found them misplaced.
    private static CompletableFuture<StepFindings> missing(
            DnsResolver dns,
            DomainName owner,
            List<DnsRecord> expected,
            DnsAnswer answer,
            StepFindings findings) {
        var zone = expected.getFirst().zone();
        return MisplacedRecordProbe.probe(dns, owner, zone, RrType.MX)
                .thenApply(
                        misplaced -> {
                            for (var record : expected) {
                                findings.compared(
                                        new RecordComparison(
                                                record,
                                                RecordVerdict.MISSING,
                                                List.of(),
                                                misplaced.map(Misplacement::mistake)));
                            }
                            misplaced.ifPresentOrElse(
                                    m ->
                                            findings.problem(
                                                            CheckStatus.FAIL,
                                                            owner
                                                                    + " has no MX records: "
                                                                    + m.summary())
                                                    .detail(m.mistake()),
                                    () ->
                                            findings.problem(
                                                    CheckStatus.PENDING,
                                                    owner
                                                            + " has no MX records yet, so mail"
                                                            + " for it cannot be delivered"));
                            return findings.fix(expected).settlesWithin(answer);
                        });
    }

    private static CompletableFuture<StepFindings> present(
            DnsResolver dns,
            DomainName owner,
            List<DnsRecord> expected,
            List<DnsRecord> hostRecords,
            DnsAnswer.Records records,
            StepFindings findings) {
        var live = records.recordsOf(ResourceRecord.Mx.class);
        LiveAnswerText.alias(owner, records)
                .ifPresent(
                        alias ->
                                findings.problem(
                                        CheckStatus.WARN,
                                        alias
                                                + ", so its MX records are that name's; a"
                                                + " domain that receives mail should publish"
                                                + " MX records itself"));
        if (live.stream().anyMatch(ResourceRecord.Mx::isNullMx)) {
            findings.problem(
                            CheckStatus.FAIL,
                            owner
                                    + " publishes a null MX (0 .), which tells senders it"
                                    + " accepts no mail at all (RFC 7505); delete it and publish"
                                    + " the planned MX records")
                    .fix(expected)
                    .settlesWithin(records);
        }
        compareEach(owner, expected, records, findings);
        var planned =
                expected.stream()
                        .map(record -> ((RecordData.Mx) record.data()).exchange())
                        .toList();
        var exchanges = live.stream().flatMap(mx -> mx.exchange().stream()).distinct().toList();
        for (var exchange : exchanges) {
            if (!planned.contains(exchange)) {
                findings.problem(
                        CheckStatus.WARN,
                        owner
                                + " also lists the mail exchanger "
                                + exchange
                                + ", which the plan does not have: mail may be delivered there;"
                                + " delete that MX record unless it is one of your servers");
            }
        }
        var parts = new ArrayList<CompletableFuture<StepFindings>>();
        parts.add(CompletableFuture.completedFuture(findings));
        for (var exchange : exchanges) {
            parts.add(
                    ExchangeAddresses.resolve(
                            dns, owner, exchange, planned.contains(exchange), hostRecords));
        }
        return StepFindings.merge(parts);
    }

    /// A verdict per planned MX: OK when its exchanger is listed (a warning when with another
    /// preference), WRONG when not.
    private static void compareEach(
            DomainName owner,
            List<DnsRecord> expected,
            DnsAnswer.Records records,
            StepFindings findings) {
        var live = records.recordsOf(ResourceRecord.Mx.class);
        var liveText = LiveAnswerText.values(live);
        var wrong = new ArrayList<DnsRecord>();
        for (var record : expected) {
            var mx = (RecordData.Mx) record.data();
            var preferences =
                    live.stream()
                            .filter(m -> m.exchange().equals(Optional.of(mx.exchange())))
                            .map(ResourceRecord.Mx::preference)
                            .toList();
            Optional<String> mistake = Optional.empty();
            if (preferences.isEmpty()) {
                wrong.add(record);
            } else if (!preferences.contains(mx.preference())) {
                mistake =
                        Optional.of(
                                mx.exchange()
                                        + " is listed with preference "
                                        + preferences.getFirst()
                                        + "; the plan has "
                                        + mx.preference()
                                        + " (lower is tried first)");
                findings.problem(
                        CheckStatus.WARN, "In the MX records of " + owner + ", " + mistake.get());
            }
            findings.compared(
                    new RecordComparison(
                            record,
                            preferences.isEmpty() ? RecordVerdict.WRONG : RecordVerdict.OK,
                            liveText,
                            mistake));
        }
        if (!wrong.isEmpty()) {
            var missing =
                    wrong.stream()
                            .map(record -> ((RecordData.Mx) record.data()).exchange().toString())
                            .toList();
            findings.problem(
                            CheckStatus.FAIL,
                            "The MX records of "
                                    + owner
                                    + " ("
                                    + LiveAnswerText.list(liveText)
                                    + ") do not list "
                                    + LiveAnswerText.list(missing)
                                    + ", so mail does not reach the planned server")
                    .fix(wrong)
                    .settlesWithin(records);
        }
    }
}
