package org.sendready.spf;

import java.util.Optional;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.input.InvalidInput;

/// Fetches and expands the explanation of a `fail` result (RFC 7208 section 6.2): the one TXT
/// record at the expanded `exp=` domain, read as explanation text, whose macros may also use
/// `c`, `r` and `t`.
///
/// Any problem (an invalid domain, a DNS error, no record or several, a syntax error in the
/// text) means no explanation, as if `exp=` were absent. The lookup counts against no limit
/// (section 4.6.4 lists only mechanisms and `redirect=`).
final class ExplanationLookup {

    /// What the lookup gave, with the reason for the trace.
    record Explained(Optional<String> text, String detail) {
        static Explained none(String why) {
            return new Explained(Optional.empty(), why + "; no explanation (section 6.2)");
        }
    }

    private final SpfRequest request;
    private final MacroExpander macros;

    ExplanationLookup(SpfRequest request, MacroExpander macros) {
        this.request = request;
        this.macros = macros;
    }

    /// The explanation `exp=spec` gives while `domain` is checked.
    Explained explain(DomainSpec spec, DomainName domain, QueryLog log) {
        var target =
                TargetName.expanded(
                        macros.expand(
                                spec.macro(),
                                domain,
                                () -> ValidatedNames.macroValue(request.ip(), domain, log)));
        return switch (target) {
            case TargetName.Invalid invalid -> {
                log.notAsked(invalid, RrType.TXT);
                yield Explained.none("'" + invalid.text() + "' is not a valid domain name");
            }
            case TargetName.Valid(var name) -> fetch(name, domain, log);
        };
    }

    private Explained fetch(DomainName name, DomainName domain, QueryLog log) {
        return switch (log.ask(name, RrType.TXT)) {
            case DnsAnswer.Records records -> {
                var txt = records.recordsOf(ResourceRecord.Txt.class);
                if (txt.size() != 1) {
                    yield Explained.none(
                            name + " has " + txt.size() + " TXT records where one is needed");
                }
                yield expand(txt.getFirst().joined(), domain, log);
            }
            case DnsAnswer.NxDomain nx -> Explained.none(name + " does not exist");
            case DnsAnswer.NoData noData -> Explained.none(name + " has no TXT record");
            case DnsAnswer.Failed failed ->
                    Explained.none("the TXT lookup failed: " + failed.kind().description());
        };
    }

    private Explained expand(String written, DomainName domain, QueryLog log) {
        MacroString macro;
        try {
            macro = MacroString.parseExplanation(written);
        } catch (InvalidInput e) {
            return Explained.none("the explanation text is not valid: " + e.reason());
        }
        var text =
                macros.expand(
                        macro, domain, () -> ValidatedNames.macroValue(request.ip(), domain, log));
        return new Explained(Optional.of(text), "explanation: " + text);
    }
}
