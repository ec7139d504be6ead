package org.sendready.spf;

import java.util.ArrayList;
import java.util.List;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.RrType;

/// The DNS questions one step of an evaluation (a record fetch, a term) asks, in order, with
/// their answers, for the trace.
final class QueryLog {
    private final DnsCache dns;
    private final List<DnsLookup> lookups = new ArrayList<>();

    QueryLog(DnsCache dns) {
        this.dns = dns;
    }

    /// Asks `name`/`type` (or takes the prefetched answer) and notes it.
    DnsAnswer ask(DomainName name, RrType type) {
        var answer = dns.await(name, type);
        lookups.add(DnsLookup.of(name, type, answer));
        return answer;
    }

    /// Notes a name that is not asked because it is not valid.
    void notAsked(TargetName.Invalid name, RrType type) {
        lookups.add(DnsLookup.notAsked(name, type));
    }

    List<DnsLookup> lookups() {
        return List.copyOf(lookups);
    }
}
