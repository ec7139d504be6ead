package org.sendready.check;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;
import org.sendready.spf.SpfParseResult;
import org.sendready.spf.SpfParser;
import org.sendready.spf.Term;

/// The SPF step: exactly one SPF record at the domain, published as TXT, valid, and passing
/// every sending IP (RFC 7208 section 4) within the DNS lookup limit; its risky terms and any
/// difference from the plan are warned about.
///
/// This class finds and reads the record; [SpfRecordReview] judges a valid record on its own,
/// and [SpfCheckHostEvaluation] runs RFC 7208 check_host() for each sending IP.
public final class SpfCheck implements StepCheck {

    private static final TxtComparison.Syntax SYNTAX = TxtComparison.Syntax.SPF;

    private static final String WRONG_TYPE =
            "the record is published with the obsolete SPF type (99) instead of TXT; receivers"
                    + " read only TXT (RFC 7208 section 3.1)";

    public SpfCheck() {}

    @Override
    public StepId step() {
        return StepId.SPF;
    }

    @Override
    public CompletableFuture<CheckResult> run(CheckContext context) {
        var domain = context.plan().domain();
        var txt = TxtAtName.fetch(context.dns(), domain);
        var obsolete = context.dns().query(domain, RrType.SPF);
        return txt.thenCombine(obsolete, Lookup::new).thenCompose(lookup -> judge(context, lookup));
    }

    /// The TXT records at the domain, and what the obsolete SPF type holds there.
    private record Lookup(TxtAtName txt, DnsAnswer obsolete) {
        /// RFC 7208 section 3.1: SPF-type (99) records, which receivers no longer read.
        List<String> obsoleteRecords() {
            return obsolete instanceof DnsAnswer.Records records
                    ? records.recordsOf(ResourceRecord.Spf.class).stream()
                            .map(ResourceRecord.Spf::joined)
                            .filter(SpfParser::isSpfRecord)
                            .toList()
                    : List.of();
        }
    }

    private CompletableFuture<CheckResult> judge(CheckContext context, Lookup lookup) {
        var at = lookup.txt();
        if (at.answer() instanceof DnsAnswer.Failed failed) {
            return CompletableFuture.completedFuture(
                    StepFindings.dnsError(step(), RrType.TXT, at.name(), failed));
        }
        var expected = PlannedRecords.of(context, RecordPurpose.SPF);
        var findings = new StepFindings().detail(at.describe());
        var spf =
                at.records().stream()
                        .map(ResourceRecord.Txt::joined)
                        .filter(SYNTAX::selects)
                        .toList();
        var wrongType = spf.isEmpty() && !lookup.obsoleteRecords().isEmpty();
        var mistake = wrongType ? Optional.of(WRONG_TYPE) : Optional.<String>empty();
        expected.forEach(
                r -> findings.compared(TxtComparison.compare(r, SYNTAX, at.records(), mistake)));
        var fix = notOneValidRecord(context, lookup, spf, expected, findings);
        if (findings.status() != CheckStatus.PASS) {
            return CompletableFuture.completedFuture(
                    findings.fix(fix).settlesWithin(at.ttl()).result(step(), ""));
        }
        if (!lookup.obsoleteRecords().isEmpty()) {
            findings.problem(
                    CheckStatus.WARN,
                    "An obsolete SPF-type (99) record is published beside the TXT record",
                    "RFC 7208 section 3.1: only TXT counts. Delete the SPF-type record so that"
                            + " the two cannot drift apart.");
        }
        var live = SpfParser.parse(spf.getFirst());
        SpfRecordReview.review(context.plan().spf(), live, expected, findings);
        if (findings.status() != CheckStatus.PASS) {
            findings.settlesWithin(at.ttl());
        }
        return SpfCheckHostEvaluation.run(context)
                .thenApply(
                        evaluation -> {
                            evaluation.addTo(findings);
                            var passes = evaluation.passes();
                            return findings.result(
                                    step(),
                                    passes.isEmpty()
                                            ? "SPF record published: " + live.format()
                                            : "SPF passes " + String.join(" and ", passes));
                        });
    }

    /// Flags the cases where there is no single valid SPF record: none, only the obsolete
    /// type, several, or one that does not parse. Returns the records that fix it.
    private static List<DnsRecord> notOneValidRecord(
            CheckContext context,
            Lookup lookup,
            List<String> spf,
            List<DnsRecord> expected,
            StepFindings findings) {
        var at = lookup.txt();
        if (spf.isEmpty() && !lookup.obsoleteRecords().isEmpty()) {
            findings.problem(
                    CheckStatus.FAIL,
                    "The SPF record is published with the wrong record type (SPF instead of TXT)",
                    AnswerText.of(RrType.SPF, at.name(), lookup.obsolete()),
                    "Publish the same text as a TXT record; RFC 7208 section 3.1 retired the SPF"
                            + " type and receivers read only TXT.");
        } else if (spf.isEmpty()) {
            findings.problem(
                    CheckStatus.PENDING,
                    "No SPF record at " + at.name() + " yet",
                    "Publish the record below; resolvers may remember the current answer for up"
                            + " to "
                            + at.ttl().toSeconds()
                            + " s.");
        } else if (spf.size() > 1) {
            return twoRecords(context, spf, expected, findings);
        } else if (SpfParser.tryParse(spf.getFirst()) instanceof SpfParseResult.Invalid invalid) {
            findings.problem(
                    CheckStatus.FAIL,
                    "The SPF record is not valid, which receivers treat as an error (permerror):"
                            + " position "
                            + invalid.position()
                            + ": "
                            + invalid.reason(),
                    "  " + spf.getFirst(),
                    "  " + " ".repeat(invalid.offset()) + "^");
        }
        return expected;
    }

    /// Flags two or more SPF records and returns the one record to publish instead.
    private static List<DnsRecord> twoRecords(
            CheckContext context,
            List<String> spf,
            List<DnsRecord> expected,
            StepFindings findings) {
        var parsed =
                spf.stream()
                        .map(SpfParser::tryParse)
                        .filter(SpfParseResult.Parsed.class::isInstance)
                        .map(r -> ((SpfParseResult.Parsed) r).record())
                        .toList();
        findings.problem(
                CheckStatus.FAIL,
                "Two SPF records: receivers treat this as an error (permerror)",
                "RFC 7208 section 4.5: a domain has at most one record starting with v=spf1, so"
                        + " with "
                        + spf.size()
                        + " every SPF check of your mail fails. Publish one record instead.");
        if (parsed.size() < spf.size()) {
            findings.detail("A published record that does not parse is left out of the merge.");
        }
        var merge = SpfMerge.of(context.plan().spf(), parsed);
        if (merge.planCovers()) {
            findings.detail(
                    "The plan's record already holds every term of the published ones: publish"
                            + " it and delete the others.");
            return expected;
        }
        findings.detail("Merged record: " + merge.record().format());
        findings.detail(
                "It is the plan's record plus "
                        + terms(merge.added())
                        + " from the published records, with one 'all' at the end"
                        + (merge.rewritten().isEmpty()
                                ? ""
                                : "; "
                                        + terms(merge.rewritten())
                                        + " became include: (a record with 'all' ignores"
                                        + " redirect=)")
                        + ". Publish it in place of all of them, and add these terms to the"
                        + " plan so that its record stays the one published.");
        return expected.stream()
                .map(
                        r ->
                                new DnsRecord(
                                        r.owner(),
                                        r.zone(),
                                        r.ttl(),
                                        new RecordData.Txt(merge.record().format()),
                                        r.purpose()))
                .toList();
    }

    private static String terms(List<Term> terms) {
        return terms.isEmpty()
                ? "nothing"
                : String.join(" ", terms.stream().map(Term::format).toList());
    }
}
