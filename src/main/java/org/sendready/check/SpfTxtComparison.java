package org.sendready.check;

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
/// addresses by check_host() (see [SpfSenderEvaluation]).
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
            SpfSenderEvaluation.Senders senders,
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
                                case DnsAnswer.Records records -> {
                                    aliasWarning(name, records, findings);
                                    var spf = spfTexts(records);
                                    yield spf.size() == 1
                                            ? one(
                                                    dns,
                                                    expected,
                                                    senders,
                                                    addressFix,
                                                    records,
                                                    findings)
                                            : noneOrSeveral(dns, expected, records, findings);
                                }
                                case DnsAnswer.NxDomain nx ->
                                        missing(dns, expected, answer, List.of(), findings);
                                case DnsAnswer.NoData noData ->
                                        missing(dns, expected, answer, List.of(), findings);
                            };
                        });
    }

    private static void aliasWarning(
            DomainName name, DnsAnswer.Records records, StepFindings findings) {
        LiveAnswerText.alias(name, records)
                .ifPresent(
                        alias ->
                                findings.problem(
                                        CheckStatus.WARN,
                                        alias
                                                + ", so its TXT records are that name's: a name"
                                                + " with a CNAME can hold no TXT record of its"
                                                + " own (RFC 1034 section 3.6.2)"));
    }

    /// The TXT records' texts, split strings joined (RFC 7208 section 3.3).
    private static List<String> texts(DnsAnswer.Records records) {
        return records.recordsOf(ResourceRecord.Txt.class).stream()
                .map(ResourceRecord.Txt::joined)
                .toList();
    }

    /// RFC 7208 section 4.5: the texts that start with `v=spf1`.
    private static List<String> spfTexts(DnsAnswer.Records records) {
        return texts(records).stream().filter(SpfParser::isSpfRecord).toList();
    }

    private static List<String> quoted(DnsAnswer.Records records) {
        return texts(records).stream().map(text -> "\"" + text + "\"").toList();
    }

    /// No SPF record among other TXT records (missing, or spoilt by stray quotes), or several.
    private static CompletableFuture<StepFindings> noneOrSeveral(
            DnsResolver dns, DnsRecord expected, DnsAnswer.Records records, StepFindings findings) {
        var name = expected.owner();
        var count = spfTexts(records).size();
        if (count > 1) {
            return wrong(
                    findings,
                    expected,
                    records,
                    "two or more SPF records",
                    name
                            + " has "
                            + count
                            + " SPF records; receivers treat more than one as an error"
                            + " (permerror, RFC 7208 sections 3.2 and 4.5): replace them with"
                            + " the one record below");
        }
        var spoilt = texts(records).stream().filter(SpfTxtComparison::strayQuotes).findFirst();
        if (spoilt.isPresent()) {
            var mistake =
                    "the SPF record is published with stray quotes or spaces around its text ("
                            + spoilt.get()
                            + "), so receivers do not recognise it: publish the text without"
                            + " them";
            return wrong(findings, expected, records, mistake, name + ": " + mistake);
        }
        return missing(dns, expected, records, quoted(records), findings);
    }

    /// Exactly one SPF record: it must parse, and pass the senders.
    private static CompletableFuture<StepFindings> one(
            DnsResolver dns,
            DnsRecord expected,
            SpfSenderEvaluation.Senders senders,
            List<DnsRecord> addressFix,
            DnsAnswer.Records records,
            StepFindings findings) {
        return switch (SpfParser.tryParse(spfTexts(records).getFirst())) {
            case SpfParseResult.Invalid invalid ->
                    wrong(
                            findings,
                            expected,
                            records,
                            invalid.message(),
                            "The SPF record of "
                                    + expected.owner()
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
                                quoted(records),
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
            String mistake,
            String line) {
        findings.compared(
                        new RecordComparison(
                                expected,
                                RecordVerdict.WRONG,
                                quoted(records),
                                Optional.of(mistake)))
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
