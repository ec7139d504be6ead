package org.sendready.spf;

import org.sendready.dns.DnsAnswer;
import org.sendready.dns.ResourceRecord;

/// Which SPF record a TXT answer holds (RFC 7208 sections 4.4 and 4.5).
///
/// Only TXT is read (section 4.4; the SPF type 99 is obsolete, section 14.1). Of the TXT
/// records, those that start with `v=spf1` (any case) followed by a space or their end are SPF
/// records; the rest are ignored, whatever they contain.
sealed interface RecordSelection {

    /// Exactly one SPF record, as written; `parsed` may be a syntax error (permerror).
    record Found(String text, SpfParseResult parsed) implements RecordSelection {}

    /// No SPF record: the result is `none` (sections 4.4, 4.5). `voidAnswer` when DNS said
    /// NXDOMAIN or had no TXT records at all.
    record NoRecord(String reason, boolean voidAnswer) implements RecordSelection {}

    /// More than one SPF record: permerror (section 4.5).
    record Multiple(int count) implements RecordSelection {}

    /// The TXT lookup failed: temperror (section 4.4).
    record Failed(String reason) implements RecordSelection {}

    /// The result of check_host() when the selection is not a valid record to evaluate.
    default SpfResult result() {
        return switch (this) {
            case Found found -> SpfResult.PERMERROR;
            case NoRecord none -> SpfResult.NONE;
            case Multiple multiple -> SpfResult.PERMERROR;
            case Failed failed -> SpfResult.TEMPERROR;
        };
    }

    /// Why, for the trace.
    default String detail() {
        return switch (this) {
            case Found found ->
                    found.parsed() instanceof SpfParseResult.Invalid invalid
                            ? "syntax error at " + invalid.message() + " (RFC 7208 section 4.6)"
                            : "a valid SPF record";
            case NoRecord none -> "no SPF record: " + none.reason();
            case Multiple multiple ->
                    multiple.count()
                            + " SPF records; a domain may publish only one (RFC 7208 section 4.5)";
            case Failed failed -> failed.reason() + " (RFC 7208 section 4.4)";
        };
    }

    /// The selection from the answer to a TXT query.
    static RecordSelection of(DnsAnswer answer) {
        return switch (answer) {
            case DnsAnswer.Records records -> {
                var txt = records.recordsOf(ResourceRecord.Txt.class);
                var spf =
                        txt.stream()
                                .map(ResourceRecord.Txt::joined)
                                .filter(SpfParser::isSpfRecord)
                                .toList();
                if (spf.isEmpty()) {
                    yield new NoRecord(
                            txt.size()
                                    + " TXT record"
                                    + (txt.size() == 1 ? "" : "s")
                                    + ", none of them starts with v=spf1",
                            false);
                }
                if (spf.size() > 1) {
                    yield new Multiple(spf.size());
                }
                yield new Found(spf.getFirst(), SpfParser.tryParse(spf.getFirst()));
            }
            case DnsAnswer.NxDomain nx ->
                    new NoRecord("the domain does not exist (NXDOMAIN)", true);
            case DnsAnswer.NoData noData -> new NoRecord("the domain has no TXT records", true);
            case DnsAnswer.Failed failed ->
                    new Failed("the TXT lookup failed: " + failed.kind().description());
        };
    }
}
