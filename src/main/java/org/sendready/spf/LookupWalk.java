package org.sendready.spf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.RrType;

/// Walks a record and the records it includes or redirects to, counting every DNS-querying
/// term as a receiver would for a client that matches nothing (see [LookupTally]). Used by
/// one thread, once.
final class LookupWalk {

    /// Records fetched at most in one walk. Receivers stop at 10 DNS-querying terms, so a
    /// chain needing more than 30 records is far over the limit already; the bound keeps a
    /// looping or hostile chain from costing unbounded queries.
    static final int MAX_RECORDS = 30;

    private final DnsCache dns;
    private final List<String> notes = new ArrayList<>();
    private int lookups;
    private int voids;
    private int fetched;
    private boolean complete = true;

    LookupWalk(DnsCache dns) {
        this.dns = dns;
    }

    LookupTally tally(SpfRecord record, DomainName domain) {
        var path = new HashSet<DomainName>();
        path.add(domain);
        walk(record, domain, path);
        return new LookupTally(lookups, voids, complete, notes);
    }

    private void walk(SpfRecord record, DomainName domain, Set<DomainName> path) {
        for (var directive : record.directives()) {
            var mechanism = directive.mechanism();
            if (mechanism.queriesDns()) {
                lookups++;
            }
            switch (mechanism) {
                case Mechanism.Include include ->
                        follow(directive.format(), include.domain(), path);
                case Mechanism.A a -> probe(directive.format(), a.domain(), domain, RrType.A);
                case Mechanism.Mx mx -> probe(directive.format(), mx.domain(), domain, RrType.MX);
                case Mechanism.Exists exists ->
                        probe(directive.format(), Optional.of(exists.domain()), domain, RrType.A);
                case Mechanism.Ptr ptr -> {} // its names depend on the client's address
                case Mechanism.All all -> {}
                case Mechanism.Ip4 ip4 -> {}
                case Mechanism.Ip6 ip6 -> {}
            }
        }
        if (!record.hasAll() && record.redirect().isPresent()) {
            lookups++;
            var redirect = record.redirect().get();
            follow("redirect=" + redirect.format(), redirect, path);
        }
    }

    /// Fetches and walks the record an `include` or `redirect=` names.
    private void follow(String term, DomainSpec spec, Set<DomainName> path) {
        if (spec.literalText().isEmpty()) {
            complete = false;
            notes.add(term + " uses macros, so its target depends on the sender; not followed.");
            return;
        }
        var target = literalTarget(spec);
        if (target.isEmpty()) {
            notes.add(
                    term
                            + ": '"
                            + spec.format()
                            + "' is not a valid domain name, so receivers give permerror.");
            return;
        }
        var name = target.get();
        if (path.contains(name)) {
            notes.add(
                    term
                            + " leads back to "
                            + name.ascii()
                            + " (a loop): receivers run into the limit of "
                            + SpfRecord.MAX_DNS_TERMS
                            + " lookups and give permerror.");
            return;
        }
        if (++fetched > MAX_RECORDS) {
            complete = false;
            if (fetched == MAX_RECORDS + 1) {
                notes.add(
                        "Stopped counting after "
                                + MAX_RECORDS
                                + " records; the record is far over the limit.");
            }
            return;
        }
        switch (RecordSelection.of(dns.await(name, RrType.TXT))) {
            case RecordSelection.Found(var _, SpfParseResult.Parsed parsed) -> {
                path.add(name);
                walk(parsed.record(), name, path);
                path.remove(name);
            }
            case RecordSelection.Found(var _, SpfParseResult.Invalid invalid) ->
                    notes.add(
                            term
                                    + ": the record at "
                                    + name.ascii()
                                    + " has a syntax error ("
                                    + invalid.message()
                                    + "), so receivers give permerror.");
            case RecordSelection.NoRecord none ->
                    notes.add(
                            term
                                    + ": "
                                    + name.ascii()
                                    + " has no SPF record ("
                                    + none.reason()
                                    + "), so receivers give permerror (RFC 7208 section 5.2).");
            case RecordSelection.Multiple multiple ->
                    notes.add(
                            term
                                    + ": "
                                    + name.ascii()
                                    + " publishes "
                                    + multiple.count()
                                    + " SPF records, so receivers give permerror.");
            case RecordSelection.Failed failed -> {
                complete = false;
                notes.add(
                        term
                                + ": could not fetch the record of "
                                + name.ascii()
                                + " ("
                                + failed.reason()
                                + "); its lookups are not counted.");
            }
        }
    }

    /// Asks the target of `a`, `mx` or `exists` to find out whether it is a void lookup.
    private void probe(String term, Optional<DomainSpec> spec, DomainName domain, RrType type) {
        var target = spec.isEmpty() ? Optional.of(domain) : literalTarget(spec.get());
        if (target.isEmpty()) {
            return; // counted; whether it is void depends on the sender
        }
        switch (dns.await(target.get(), type)) {
            case DnsAnswer.NxDomain nx -> voided(term, target.get().ascii() + " does not exist");
            case DnsAnswer.NoData noData ->
                    voided(term, target.get().ascii() + " has no " + type + " records");
            case DnsAnswer.Records records -> {}
            case DnsAnswer.Failed failed -> {
                complete = false;
                notes.add(
                        term
                                + ": the "
                                + type
                                + " lookup failed ("
                                + failed.kind().description()
                                + "); not known whether it is void.");
            }
        }
    }

    private void voided(String term, String why) {
        voids++;
        notes.add(term + " is a void lookup: " + why + ".");
    }

    /// The name a domain-spec without macros names, if it is a valid DNS name.
    private static Optional<DomainName> literalTarget(DomainSpec spec) {
        return spec.literalText()
                .map(TargetName::expanded)
                .filter(TargetName.Valid.class::isInstance)
                .map(t -> ((TargetName.Valid) t).name());
    }
}
