package org.sendready.check;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendready.check.MisplacedRecordProbe.Misplacement;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;

/// The A and AAAA records of one host name compared with the plan's, address by address.
///
/// Both types are asked at once. An expected address is OK when served, MISSING when the name
/// has no records of its type (PENDING; or FAIL when a CNAME or the doubled domain explains
/// it), and WRONG when other addresses are served instead (FAIL). Addresses the plan does not
/// list, an alias at the name, and addresses nobody on the internet can reach are warnings.
final class AddressComparison {

    private AddressComparison() {}

    /// Compares the A/AAAA records of `name` with `expected` (its planned A/AAAA records, all
    /// in one zone). At most two rounds of queries: the addresses, then the probes for missing
    /// ones.
    static CompletableFuture<StepFindings> compare(
            DnsResolver dns, DomainName name, List<DnsRecord> expected) {
        var a = dns.query(name, RrType.A);
        var aaaa = dns.query(name, RrType.AAAA);
        return a.thenCombine(aaaa, List::of)
                .thenCompose(
                        answers -> {
                            var zone = expected.getFirst().zone();
                            var probeA = probeIfMissing(dns, name, zone, RrType.A, answers.get(0));
                            var probeAaaa =
                                    probeIfMissing(dns, name, zone, RrType.AAAA, answers.get(1));
                            return probeA.thenCombine(
                                    probeAaaa,
                                    (misplacedA, misplacedAaaa) ->
                                            findings(
                                                    name,
                                                    expected,
                                                    answers.get(0),
                                                    answers.get(1),
                                                    misplacedA,
                                                    misplacedAaaa));
                        });
    }

    private static CompletableFuture<Optional<Misplacement>> probeIfMissing(
            DnsResolver dns, DomainName name, DomainName zone, RrType type, DnsAnswer answer) {
        var negative = answer instanceof DnsAnswer.NxDomain || answer instanceof DnsAnswer.NoData;
        return negative
                ? MisplacedRecordProbe.probe(dns, name, zone, type)
                : CompletableFuture.completedFuture(Optional.empty());
    }

    private static StepFindings findings(
            DomainName name,
            List<DnsRecord> expected,
            DnsAnswer a,
            DnsAnswer aaaa,
            Optional<Misplacement> misplacedA,
            Optional<Misplacement> misplacedAaaa) {
        var findings = new StepFindings();
        findings.detail(LiveAnswerText.asked(name, RrType.A, a));
        findings.detail(LiveAnswerText.asked(name, RrType.AAAA, aaaa));
        if (a instanceof DnsAnswer.Failed failed) {
            return findings.problem(
                    CheckStatus.ERROR, LiveAnswerText.failure(name, RrType.A, failed));
        }
        if (aaaa instanceof DnsAnswer.Failed failed) {
            return findings.problem(
                    CheckStatus.ERROR, LiveAnswerText.failure(name, RrType.AAAA, failed));
        }
        aliasWarning(name, a)
                .or(() -> aliasWarning(name, aaaa))
                .ifPresent(line -> findings.problem(CheckStatus.WARN, line));
        family(findings, name, RrType.A, ofType(expected, RecordData.A.class), a, misplacedA);
        family(
                findings,
                name,
                RrType.AAAA,
                ofType(expected, RecordData.Aaaa.class),
                aaaa,
                misplacedAaaa);
        return findings;
    }

    private static Optional<String> aliasWarning(DomainName name, DnsAnswer answer) {
        if (!(answer instanceof DnsAnswer.Records records)) {
            return Optional.empty();
        }
        return LiveAnswerText.alias(name, records)
                .map(
                        alias ->
                                alias
                                        + "; a mail host's name should have address records of"
                                        + " its own: an MX must not point at an alias (RFC 2181"
                                        + " section 10.3), and receivers confirm reverse DNS"
                                        + " through this name");
    }

    /// One address family: verdicts for the expected records, then extra and unreachable
    /// addresses.
    private static void family(
            StepFindings findings,
            DomainName name,
            RrType type,
            List<DnsRecord> expected,
            DnsAnswer answer,
            Optional<Misplacement> misplaced) {
        var live = addresses(answer);
        var liveText = live.stream().map(IpAddresses::format).toList();
        var wrong = new ArrayList<DnsRecord>();
        var missing = new ArrayList<DnsRecord>();
        for (var record : expected) {
            var address = address(record);
            RecordVerdict verdict;
            if (live.contains(address)) {
                verdict = RecordVerdict.OK;
            } else if (answer instanceof DnsAnswer.Records) {
                verdict = RecordVerdict.WRONG;
                wrong.add(record);
            } else {
                verdict = RecordVerdict.MISSING;
                missing.add(record);
            }
            findings.compared(
                    new RecordComparison(
                            record,
                            verdict,
                            liveText,
                            verdict == RecordVerdict.MISSING
                                    ? misplaced.map(Misplacement::mistake)
                                    : Optional.empty()));
        }
        if (!wrong.isEmpty()) {
            findings.problem(
                            CheckStatus.FAIL,
                            name
                                    + " points to "
                                    + LiveAnswerText.list(liveText)
                                    + ", not to the planned "
                                    + LiveAnswerText.list(formatted(wrong))
                                    + " ("
                                    + type
                                    + " records)")
                    .fix(wrong)
                    .settlesWithin(answer);
        }
        if (!missing.isEmpty()) {
            missing(findings, name, type, missing, answer, misplaced);
        }
        unexpected(findings, name, type, expected, live, wrong.isEmpty());
    }

    /// No records of the type: PENDING, or FAIL when the probe found them misplaced.
    private static void missing(
            StepFindings findings,
            DomainName name,
            RrType type,
            List<DnsRecord> missing,
            DnsAnswer answer,
            Optional<Misplacement> misplaced) {
        var planned = LiveAnswerText.list(formatted(missing));
        misplaced.ifPresentOrElse(
                m ->
                        findings.problem(
                                        CheckStatus.FAIL,
                                        name
                                                + " has no "
                                                + type
                                                + " record for "
                                                + planned
                                                + ": "
                                                + m.summary())
                                .detail(m.mistake()),
                () ->
                        findings.problem(
                                CheckStatus.PENDING,
                                name + " has no " + type + " record yet; publish " + planned));
        findings.fix(missing).settlesWithin(answer);
    }

    /// Warnings for live addresses the plan does not list (unless a FAIL already names them)
    /// and for addresses the internet cannot reach.
    private static void unexpected(
            StepFindings findings,
            DomainName name,
            RrType type,
            List<DnsRecord> expected,
            List<InetAddress> live,
            boolean warnExtra) {
        var planned = expected.stream().map(AddressComparison::address).toList();
        for (var address : live) {
            if (warnExtra && !planned.contains(address)) {
                findings.problem(
                        CheckStatus.WARN,
                        name
                                + " also resolves to "
                                + IpAddresses.format(address)
                                + ", which the plan does not list: delete that "
                                + type
                                + " record, or add the address to the plan if the server"
                                + " sends from it");
            }
            IpAddresses.unreachableWarning(address)
                    .ifPresent(
                            warning ->
                                    findings.problem(
                                            CheckStatus.WARN,
                                            name
                                                    + " resolves to "
                                                    + warning.replaceFirst(
                                                            " is in ", ", which is in ")));
        }
    }

    /// The addresses served, empty for a negative answer.
    static List<InetAddress> addresses(DnsAnswer answer) {
        if (!(answer instanceof DnsAnswer.Records records)) {
            return List.of();
        }
        var addresses = new ArrayList<InetAddress>();
        for (var record : records.records()) {
            switch (record) {
                case ResourceRecord.A v4 -> addresses.add(v4.address());
                case ResourceRecord.Aaaa v6 -> addresses.add(v6.address());
                default -> {}
            }
        }
        return addresses;
    }

    private static List<DnsRecord> ofType(
            List<DnsRecord> records, Class<? extends RecordData> type) {
        return records.stream().filter(r -> type.isInstance(r.data())).toList();
    }

    private static InetAddress address(DnsRecord record) {
        return switch (record.data()) {
            case RecordData.A v4 -> v4.address();
            case RecordData.Aaaa v6 -> v6.address();
            default -> throw new IllegalArgumentException("not an address record: " + record);
        };
    }

    private static List<String> formatted(List<DnsRecord> records) {
        return records.stream().map(r -> IpAddresses.format(address(r))).toList();
    }
}
