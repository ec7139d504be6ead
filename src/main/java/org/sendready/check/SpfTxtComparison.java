package org.sendready.check;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
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
import org.sendready.spf.SpfParseResult;
import org.sendready.spf.SpfParser;
import org.sendready.spf.SpfRecord;

/// The SPF record at one name (a HELO host name, a bounce domain) compared with the plan's:
/// exactly one `v=spf1` TXT record, valid, equal to the plan's, and passing the sending
/// addresses (see [SpfSenderEvaluation]).
///
/// Split strings are joined before comparing (RFC 7208 section 3.3) and records are compared
/// parsed, so spacing and letter case do not matter. Recognised slips: two SPF records (a
/// permerror, RFC 7208 section 3.2), the obsolete SPF record type instead of TXT (RFC 7208
/// section 14.1), stray quotes or spaces around `v=spf1`, a CNAME at the name, and the domain
/// doubled in the host field.
final class SpfTxtComparison {

    private SpfTxtComparison() {}

    /// Compares the TXT records at `expected.owner()` with `expected` and evaluates the live
    /// record for `senders`; `addressFix` are the planned A/AAAA records of the name, the fix
    /// when an `a` term finds no address. At most two rounds of queries.
    static CompletableFuture<StepFindings> compare(
            DnsResolver dns,
            DnsRecord expected,
            List<InetAddress> senders,
            List<DnsRecord> addressFix) {
        var name = expected.owner();
        return dns.query(name, RrType.TXT)
                .thenCompose(
                        answer -> {
                            var findings =
                                    new StepFindings()
                                            .detail(LiveAnswerText.asked(name, RrType.TXT, answer));
                            return switch (answer) {
                                case DnsAnswer.Failed failed ->
                                        CompletableFuture.completedFuture(
                                                findings.problem(
                                                        CheckStatus.ERROR,
                                                        LiveAnswerText.failure(
                                                                name, RrType.TXT, failed)));
                                case DnsAnswer.Records records ->
                                        present(
                                                dns,
                                                expected,
                                                senders,
                                                addressFix,
                                                records,
                                                findings);
                                case DnsAnswer.NxDomain nx ->
                                        missing(dns, expected, answer, List.of(), findings);
                                case DnsAnswer.NoData noData ->
                                        missing(dns, expected, answer, List.of(), findings);
                            };
                        });
    }

    private static CompletableFuture<StepFindings> present(
            DnsResolver dns,
            DnsRecord expected,
            List<InetAddress> senders,
            List<DnsRecord> addressFix,
            DnsAnswer.Records records,
            StepFindings findings) {
        var name = expected.owner();
        LiveAnswerText.alias(name, records)
                .ifPresent(
                        alias ->
                                findings.problem(
                                        CheckStatus.WARN,
                                        alias
                                                + ", so its TXT records are that name's: a name"
                                                + " with a CNAME can hold no TXT record of its"
                                                + " own (RFC 1034 section 3.6.2)"));
        var texts =
                records.recordsOf(ResourceRecord.Txt.class).stream()
                        .map(ResourceRecord.Txt::joined)
                        .toList();
        var spf = texts.stream().filter(SpfParser::isSpfRecord).toList();
        var live = texts.stream().map(text -> "\"" + text + "\"").toList();
        if (spf.isEmpty()) {
            var quoted = texts.stream().filter(SpfTxtComparison::strayQuotes).findFirst();
            if (quoted.isPresent()) {
                var mistake =
                        "the SPF record is published with stray quotes or spaces around its"
                                + " text ("
                                + quoted.get()
                                + "), so receivers do not recognise it: publish the text"
                                + " without them";
                return wrong(findings, expected, records, live, mistake, name + ": " + mistake);
            }
            return missing(dns, expected, records, live, findings);
        }
        if (spf.size() > 1) {
            return wrong(
                    findings,
                    expected,
                    records,
                    live,
                    "two or more SPF records",
                    name
                            + " has "
                            + spf.size()
                            + " SPF records; receivers treat more than one as an error"
                            + " (permerror, RFC 7208 section 3.2): replace them with the one"
                            + " record below");
        }
        return switch (SpfParser.tryParse(spf.getFirst())) {
            case SpfParseResult.Invalid invalid ->
                    wrong(
                            findings,
                            expected,
                            records,
                            live,
                            invalid.message(),
                            "The SPF record of "
                                    + name
                                    + " is not valid ("
                                    + invalid.message()
                                    + "), which receivers treat as an error (permerror)");
            case SpfParseResult.Parsed parsed -> {
                var planned = SpfParser.parse(((RecordData.Txt) expected.data()).text());
                var same = SpfEquivalence.equivalent(parsed.record(), planned);
                findings.compared(
                        new RecordComparison(
                                expected,
                                same ? RecordVerdict.OK : RecordVerdict.WRONG,
                                live,
                                Optional.empty()));
                yield SpfSenderEvaluation.evaluate(
                        dns,
                        new SpfSenderEvaluation.Subject(
                                expected, parsed.record(), same, records, senders, addressFix),
                        findings);
            }
        };
    }

    private static CompletableFuture<StepFindings> wrong(
            StepFindings findings,
            DnsRecord expected,
            DnsAnswer.Records records,
            List<String> live,
            String mistake,
            String line) {
        findings.compared(
                        new RecordComparison(
                                expected, RecordVerdict.WRONG, live, Optional.of(mistake)))
                .problem(CheckStatus.FAIL, line)
                .fix(expected)
                .settlesWithin(records);
        return CompletableFuture.completedFuture(findings);
    }

    /// No SPF record among the TXT records (if any): PENDING, or FAIL when a probe finds it
    /// published as the SPF type, behind a CNAME, or at the doubled name.
    private static CompletableFuture<StepFindings> missing(
            DnsResolver dns,
            DnsRecord expected,
            DnsAnswer answer,
            List<String> live,
            StepFindings findings) {
        var name = expected.owner();
        var spfType = dns.query(name, RrType.SPF);
        var misplaced = MisplacedRecordProbe.probe(dns, name, expected.zone(), RrType.TXT);
        return spfType.thenCombine(
                misplaced,
                (obsolete, elsewhere) -> {
                    var found = obsoleteType(name, obsolete).or(() -> elsewhere);
                    findings.compared(
                                    new RecordComparison(
                                            expected,
                                            RecordVerdict.MISSING,
                                            live,
                                            found.map(Misplacement::mistake)))
                            .fix(expected)
                            .settlesWithin(answer);
                    found.ifPresentOrElse(
                            m ->
                                    findings.problem(
                                                    CheckStatus.FAIL,
                                                    name + " has no SPF record: " + m.summary())
                                            .detail(m.mistake()),
                            () ->
                                    findings.problem(
                                            CheckStatus.PENDING, name + " has no SPF record yet"));
                    return findings;
                });
    }

    private static Optional<Misplacement> obsoleteType(DomainName name, DnsAnswer answer) {
        if (answer instanceof DnsAnswer.Records records
                && !records.recordsOf(ResourceRecord.Spf.class).isEmpty()) {
            var summary = "it is published as the obsolete SPF record type instead of TXT";
            return Optional.of(
                    new Misplacement(
                            summary,
                            summary
                                    + "; receivers read only TXT records (RFC 7208 section"
                                    + " 14.1): publish the same text at "
                                    + name
                                    + " as a TXT record"));
        }
        return Optional.empty();
    }

    /// `"v=spf1 a -all"` with the quotes kept as text, or ` v=spf1 ...` with a leading space.
    private static boolean strayQuotes(String text) {
        var stripped = text.strip();
        while (stripped.startsWith("\"") || stripped.startsWith("'")) {
            stripped = stripped.substring(1).strip();
        }
        return !stripped.equals(text)
                && stripped.toLowerCase(Locale.ROOT).startsWith(SpfRecord.VERSION);
    }
}
