package org.sendready.check;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dmarc.ReportAuthorization;
import org.sendready.dns.ResourceRecord;
import org.sendready.input.InvalidInput;
import org.sendready.records.DnsRecord;
import org.sendready.records.QuotedString;
import org.sendready.records.RecordData;
import org.sendready.records.RecordValue;
import org.sendready.spf.SpfParseResult;
import org.sendready.spf.SpfParser;

/// An expected TXT record next to the TXT records DNS serves at its name, compared by meaning.
///
/// Character-string boundaries never matter, since SPF (RFC 7208 section 3.3), DKIM (RFC 6376
/// section 3.6.2.2) and DMARC (RFC 7489 section 6.3) join the strings; nor do whitespace
/// between terms or tags, tag order, letter case where the syntax ignores it, or tags written
/// with their default value. Both sides are parsed and their canonical texts compared.
public final class TxtComparison {

    /// RFC 7489 section 6.6.3: a DMARC record starts with the `v=DMARC1` tag.
    private static final Pattern DMARC_START = Pattern.compile("^\\s*v\\s*=\\s*DMARC1\\s*(;.*)?$");

    /// RFC 7489 section 7.1: a report authorization may be `v=DMARC1` alone.
    private static final Pattern VERSION_ONLY = Pattern.compile("^\\s*v\\s*=\\s*DMARC1\\s*;?\\s*$");

    private TxtComparison() {}

    /// How a TXT value is read.
    public enum Syntax {
        /// An SPF record (RFC 7208): terms in order, canonical spacing and case.
        SPF(SpfParser::isSpfRecord),
        /// A DKIM key record (RFC 6376 section 3.6.1): any TXT at the selector's name.
        DKIM(text -> true),
        /// A DMARC record (RFC 7489 section 6.3) or a report authorization (section 7.1).
        DMARC(text -> DMARC_START.matcher(text).matches()),
        /// Any other text: whitespace runs count as one space.
        TEXT(text -> true);

        private final Predicate<String> selects;

        Syntax(Predicate<String> selects) {
            this.selects = selects;
        }

        /// Whether a TXT value at the name is meant as a record of this kind, as receivers
        /// select them (the others are ignored, not errors).
        public boolean selects(String value) {
            return selects.test(value);
        }

        /// The value in canonical form, or empty when it does not parse.
        public Optional<String> canonical(String value) {
            return switch (this) {
                case SPF ->
                        SpfParser.tryParse(value) instanceof SpfParseResult.Parsed parsed
                                ? Optional.of(parsed.record().format())
                                : Optional.empty();
                case DKIM -> parsed(() -> DkimKeyRecord.parse(value).format());
                case DMARC ->
                        VERSION_ONLY.matcher(value).matches()
                                ? Optional.of(ReportAuthorization.VALUE)
                                : parsed(() -> DmarcPolicy.parse(value).format());
                case TEXT -> Optional.of(value.strip().replaceAll("\\s+", " "));
            };
        }

        private static Optional<String> parsed(Supplier<String> format) {
            try {
                return Optional.of(format.get());
            } catch (InvalidInput e) {
                return Optional.empty();
            }
        }
    }

    /// Whether two values mean the same record: both parse and their canonical forms agree.
    public static boolean sameMeaning(Syntax syntax, String expected, String live) {
        var canonical = syntax.canonical(expected);
        return canonical.isPresent() && canonical.equals(syntax.canonical(live));
    }

    /// Compares `expected` (a TXT record) with the TXT records served at its name.
    ///
    /// MISSING when no served value is of the syntax's kind; OK when exactly one is and it
    /// means the same as the expected value; WRONG otherwise (different, unparsable, or more
    /// than one, which SPF and DMARC treat as an error). `live` lists every TXT value at the
    /// name, for context.
    public static RecordComparison compare(
            DnsRecord expected,
            Syntax syntax,
            List<ResourceRecord.Txt> live,
            Optional<String> mistake) {
        if (!(expected.data() instanceof RecordData.Txt(var text))) {
            throw new IllegalArgumentException("not a TXT record: " + expected);
        }
        var relevant =
                live.stream().map(ResourceRecord.Txt::joined).filter(syntax::selects).toList();
        RecordVerdict verdict;
        if (relevant.isEmpty()) {
            verdict = RecordVerdict.MISSING;
        } else if (relevant.size() == 1 && sameMeaning(syntax, text, relevant.getFirst())) {
            verdict = RecordVerdict.OK;
        } else {
            verdict = RecordVerdict.WRONG;
        }
        return new RecordComparison(
                expected,
                verdict,
                live.stream().map(txt -> presentation(txt.strings())).toList(),
                mistake);
    }

    /// A comparison for a name where nothing is served.
    public static RecordComparison missing(DnsRecord expected, Optional<String> mistake) {
        return new RecordComparison(expected, RecordVerdict.MISSING, List.of(), mistake);
    }

    /// The character-strings as a zone file writes them: `"v=spf1 " "-all"`.
    public static String presentation(List<String> strings) {
        return strings.stream().map(QuotedString::of).collect(Collectors.joining(" "));
    }

    /// The expected value as one line, for details.
    static String value(DnsRecord record) {
        return RecordValue.of(record.data());
    }
}
