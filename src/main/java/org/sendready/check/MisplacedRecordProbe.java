package org.sendready.check;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;

/// Why an expected record may be missing although the admin published something: the two
/// classic slips, looked for with two cheap extra queries, only when the record is missing.
///
/// - An alias (CNAME) at the name: a name with a CNAME can hold no other data (RFC 1034
///   section 3.6.2, RFC 2181 section 10.1), so the A, MX or TXT record cannot sit beside it.
/// - The domain doubled in the host field: a DNS panel appends the zone to whatever is typed as
///   the host, so typing `mail.example.com` publishes `mail.example.com.example.com`.
///
/// A failed probe is no finding: these queries only add a hint.
final class MisplacedRecordProbe {

    /// What was found instead of the record: `summary` for the board, `mistake` the same with
    /// the way out, for the comparison and the details.
    record Misplacement(String summary, String mistake) {}

    private MisplacedRecordProbe() {}

    /// Looks for an alias at `name` and for `type` records at `name` + `.zone`.
    static CompletableFuture<Optional<Misplacement>> probe(
            DnsResolver dns, DomainName name, DomainName zone, RrType type) {
        var alias = dns.query(name, RrType.CNAME);
        var doubled = doubled(name, zone);
        var atDoubled =
                doubled.isPresent()
                        ? dns.query(doubled.get(), type).thenApply(Optional::of)
                        : CompletableFuture.completedFuture(Optional.<DnsAnswer>empty());
        return alias.thenCombine(
                atDoubled,
                (cname, misplaced) ->
                        aliasMistake(name, type, cname)
                                .or(
                                        () ->
                                                misplaced.flatMap(
                                                        answer ->
                                                                doubledMistake(
                                                                        name,
                                                                        zone,
                                                                        doubled.get(),
                                                                        type,
                                                                        answer))));
    }

    private static Optional<Misplacement> aliasMistake(
            DomainName name, RrType type, DnsAnswer answer) {
        if (!(answer instanceof DnsAnswer.Records records)) {
            return Optional.empty();
        }
        return records.recordsOf(ResourceRecord.Cname.class).stream()
                .findFirst()
                .map(
                        cname -> {
                            var summary =
                                    name
                                            + " is an alias (CNAME) of "
                                            + cname.target()
                                            + ", which has no "
                                            + type
                                            + " records";
                            return new Misplacement(
                                    summary,
                                    summary
                                            + "; a name with a CNAME can hold no other records"
                                            + " (RFC 1034 section 3.6.2): delete the CNAME and"
                                            + " publish the "
                                            + type
                                            + " records at "
                                            + name
                                            + " itself");
                        });
    }

    private static Optional<Misplacement> doubledMistake(
            DomainName name, DomainName zone, DomainName doubled, RrType type, DnsAnswer answer) {
        if (!(answer instanceof DnsAnswer.Records)) {
            return Optional.empty();
        }
        var host = name.relativeTo(zone);
        var summary =
                "the " + type + " records are at " + doubled + ", with the domain written twice";
        return Optional.of(
                new Misplacement(
                        summary,
                        "the "
                                + type
                                + " records are published at "
                                + doubled
                                + ", with the domain written twice: the DNS panel adds ."
                                + zone
                                + " to the host name you type, so enter "
                                + ("@".equals(host)
                                        ? "@ (or leave the host empty)"
                                        : "only '" + host + "'")
                                + " as the host and delete the record at "
                                + doubled));
    }

    /// `mail.example.com.example.com`, unless that is longer than a name may be.
    private static Optional<DomainName> doubled(DomainName name, DomainName zone) {
        var text = name.ascii() + "." + zone.ascii();
        return text.length() > DomainName.MAX_LENGTH
                ? Optional.empty()
                : Optional.of(new DomainName(text));
    }
}
