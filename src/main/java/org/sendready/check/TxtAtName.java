package org.sendready.check;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;

/// The TXT records at one name, and whether a CNAME sits at that name.
///
/// A CNAME matters twice: a provider may host a DKIM key behind one (the TXT records then
/// belong to the alias target), and a CNAME beside other records at the same name is an error
/// (RFC 1034 section 3.6.2, RFC 2181 section 10.1) that makes resolvers answer unpredictably.
///
/// @param name the name asked
/// @param answer the answer to the TXT question
/// @param cname the alias target of a CNAME at `name`, when the CNAME question found one
record TxtAtName(DomainName name, DnsAnswer answer, Optional<DomainName> cname) {

    /// Asks for TXT and CNAME at `name` together.
    static CompletableFuture<TxtAtName> fetch(DnsResolver dns, DomainName name) {
        var txt = dns.query(name, RrType.TXT);
        var cname = dns.query(name, RrType.CNAME);
        return txt.thenCombine(cname, (t, c) -> new TxtAtName(name, t, aliasOf(name, c)));
    }

    private static Optional<DomainName> aliasOf(DomainName name, DnsAnswer answer) {
        return answer instanceof DnsAnswer.Records records
                ? records.recordsOf(ResourceRecord.Cname.class).stream()
                        .filter(c -> c.owner().equals(name))
                        .map(ResourceRecord.Cname::target)
                        .findFirst()
                : Optional.empty();
    }

    /// The TXT records served, empty for any other answer.
    List<ResourceRecord.Txt> records() {
        return answer instanceof DnsAnswer.Records records
                ? records.recordsOf(ResourceRecord.Txt.class)
                : List.of();
    }

    /// Where the TXT records came from when the name is an alias for another.
    Optional<DomainName> servedFrom() {
        return records().stream()
                .map(ResourceRecord.Txt::owner)
                .filter(owner -> !owner.equals(name))
                .findFirst();
    }

    /// True when the name holds a CNAME and TXT records of its own, which RFC 1034 section
    /// 3.6.2 forbids.
    boolean cnameBesideTxt() {
        return cname.isPresent() && records().stream().anyMatch(txt -> txt.owner().equals(name));
    }

    /// How long resolvers may keep what they were told: the TTL of the records, or the
    /// negative TTL of an absence; zero for a failure.
    Duration ttl() {
        return switch (answer) {
            case DnsAnswer.Records records -> records.ttl();
            case DnsAnswer.NxDomain nx -> nx.negativeTtl();
            case DnsAnswer.NoData noData -> noData.negativeTtl();
            case DnsAnswer.Failed failed -> Duration.ZERO;
        };
    }

    /// The line saying what was asked and found.
    String describe() {
        return AnswerText.of(RrType.TXT, name, answer)
                + cname.map(target -> "; the name is a CNAME to " + target).orElse("");
    }

    /// The TXT records at [#doubled] `name`, when that name can exist; asked only when nothing
    /// is at `name` itself, to recognise the mistake.
    static CompletableFuture<Optional<TxtAtName>> fetchDoubled(
            DnsResolver dns, DomainName name, DomainName zone) {
        return doubled(name, zone)
                .map(
                        d ->
                                dns.query(d, RrType.TXT)
                                        .thenApply(
                                                answer ->
                                                        Optional.of(
                                                                new TxtAtName(
                                                                        d,
                                                                        answer,
                                                                        Optional.empty()))))
                .orElse(CompletableFuture.completedFuture(Optional.empty()));
    }

    /// The name with the domain written twice, as when a DNS panel appends the zone to a host
    /// field that already held the full name: `s1._domainkey.example.com.example.com`. Empty
    /// when that name would be too long to exist.
    private static Optional<DomainName> doubled(DomainName name, DomainName zone) {
        var text = name.ascii() + "." + zone.ascii();
        return text.length() > DomainName.MAX_LENGTH
                ? Optional.empty()
                : Optional.of(new DomainName(text));
    }
}
