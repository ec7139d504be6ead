package org.sendready.check;

import java.util.stream.Collectors;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;

/// One detail line saying what was asked and what DNS answered, e.g. `asked 192.0.2.53:53 for
/// TXT at _dmarc.example.com: no such name (NXDOMAIN)`.
final class AnswerText {
    private AnswerText() {}

    static String of(RrType type, DomainName name, DnsAnswer answer) {
        return "asked "
                + answer.from().display()
                + " for "
                + type
                + " at "
                + name
                + ": "
                + switch (answer) {
                    case DnsAnswer.Records records ->
                            records.records().size()
                                    + (records.records().size() == 1 ? " record" : " records")
                                    + ", TTL "
                                    + records.ttl().toSeconds()
                                    + " s: "
                                    + records.records().stream()
                                            .map(AnswerText::data)
                                            .collect(Collectors.joining(" | "));
                    case DnsAnswer.NxDomain nx ->
                            "no such name (NXDOMAIN), cached for up to "
                                    + nx.negativeTtl().toSeconds()
                                    + " s";
                    case DnsAnswer.NoData noData ->
                            "the name exists but has no "
                                    + type
                                    + " record, cached for up to "
                                    + noData.negativeTtl().toSeconds()
                                    + " s";
                    case DnsAnswer.Failed failed -> failed.kind().description();
                };
    }

    /// A record's data as a zone file shows it; TXT as its quoted strings, so a split or a
    /// stray quote is visible.
    static String data(ResourceRecord record) {
        return switch (record) {
            case ResourceRecord.Txt txt -> TxtComparison.presentation(txt.strings());
            case ResourceRecord.Spf spf -> TxtComparison.presentation(spf.strings());
            case ResourceRecord.A a -> a.address().getHostAddress();
            case ResourceRecord.Aaaa aaaa -> aaaa.address().getHostAddress();
            case ResourceRecord.Mx mx ->
                    mx.preference() + " " + mx.exchange().map(DomainName::absolute).orElse(".");
            case ResourceRecord.Ptr ptr -> ptr.target().absolute();
            case ResourceRecord.Cname cname -> cname.target().absolute();
            case ResourceRecord.Ns ns -> ns.host().absolute();
            case ResourceRecord.Soa soa -> soa.mname().absolute() + " " + soa.rname();
            case ResourceRecord.Opaque opaque -> opaque.data();
        };
    }
}
