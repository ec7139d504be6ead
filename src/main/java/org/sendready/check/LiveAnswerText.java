package org.sendready.check;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;

/// Live DNS answers in plain words: what was asked, of whom, and what came back.
final class LiveAnswerText {

    private LiveAnswerText() {}

    /// `Asked 127.0.0.1:53 for the A records of mail.example.com: 192.0.2.10 (kept up to
    /// 3600 seconds).`
    static String asked(DomainName name, RrType type, DnsAnswer answer) {
        var question =
                "Asked " + answer.from().display() + " for the " + type + " records of " + name;
        return question
                + ": "
                + switch (answer) {
                    case DnsAnswer.Records records ->
                            String.join(", ", values(records.records()))
                                    + " ("
                                    + (records.records().getFirst().owner().equals(name)
                                            ? ""
                                            : "through the alias (CNAME) "
                                                    + records.records().getFirst().owner()
                                                    + "; ")
                                    + "kept up to "
                                    + seconds(records.ttl())
                                    + ")";
                    case DnsAnswer.NxDomain nx ->
                            "the name does not exist (NXDOMAIN; resolvers may remember that for "
                                    + seconds(nx.negativeTtl())
                                    + ")";
                    case DnsAnswer.NoData noData ->
                            "the name has no "
                                    + type
                                    + " records (resolvers may remember that for "
                                    + seconds(noData.negativeTtl())
                                    + ")";
                    case DnsAnswer.Failed failed -> "no answer: " + failed.kind().description();
                }
                + ".";
    }

    /// The ERROR line: `Could not look up the A records of mail.example.com: no response in
    /// time (asked 127.0.0.1:53)`.
    static String failure(DomainName name, RrType type, DnsAnswer.Failed failed) {
        return "Could not look up the "
                + type
                + " records of "
                + name
                + ": "
                + failed.kind().description()
                + " (asked "
                + failed.from().display()
                + ")";
    }

    /// When the records came through an alias: `mail.example.com is an alias (CNAME) of
    /// host.example.net`.
    static Optional<String> alias(DomainName name, DnsAnswer.Records records) {
        var owner = records.records().getFirst().owner();
        return owner.equals(name)
                ? Optional.empty()
                : Optional.of(name + " is an alias (CNAME) of " + owner);
    }

    /// Each record's data as a zone file shows it, TXT joined and quoted.
    static List<String> values(List<? extends ResourceRecord> records) {
        return records.stream().map(LiveAnswerText::value).toList();
    }

    static String value(ResourceRecord record) {
        return switch (record) {
            case ResourceRecord.A a -> IpAddresses.format(a.address());
            case ResourceRecord.Aaaa aaaa -> IpAddresses.format(aaaa.address());
            case ResourceRecord.Mx mx ->
                    mx.preference() + " " + mx.exchange().map(DomainName::absolute).orElse(".");
            case ResourceRecord.Txt txt -> quoted(txt.strings());
            case ResourceRecord.Spf spf -> quoted(spf.strings());
            case ResourceRecord.Ptr ptr -> ptr.target().absolute();
            case ResourceRecord.Cname cname -> cname.target().absolute();
            case ResourceRecord.Ns ns -> ns.host().absolute();
            case ResourceRecord.Soa soa -> soa.mname().absolute() + " " + soa.rname();
            case ResourceRecord.Opaque opaque -> opaque.data();
        };
    }

    /// `3600 seconds`.
    static String seconds(Duration ttl) {
        return ttl.toSeconds() + (ttl.toSeconds() == 1 ? " second" : " seconds");
    }

    /// Items joined for a sentence: `a`, `a and b`, `a, b and c`.
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
                + " and "
                + items.getLast();
    }

    private static String quoted(List<String> strings) {
        return strings.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(" "));
    }
}
