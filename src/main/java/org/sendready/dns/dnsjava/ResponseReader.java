package org.sendready.dns.dnsjava;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsAnswer.Failure;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.dns.Server;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/// Reads a response message into a [DnsAnswer]: RCODE, the CNAME chain, TTLs.
final class ResponseReader {

    /// Aliases followed within one response before giving up; dnsjava's own `Lookup` stops at
    /// 16 as well, and real chains are one or two long.
    static final int MAX_CNAME_HOPS = 16;

    private ResponseReader() {}

    /// The answer `response` gives to `name`/`type`. With `requireAuthority` (a name server
    /// asked directly), a response without the AA bit means the server does not serve the
    /// zone (RFC 1035 section 4.1.1).
    static DnsAnswer read(
            Message response,
            DomainName name,
            RrType type,
            Server.Endpoint from,
            boolean requireAuthority) {
        int rcode = response.getRcode();
        return switch (rcode) {
            case Rcode.NOERROR, Rcode.NXDOMAIN ->
                    requireAuthority && !response.getHeader().getFlag(Flags.AA)
                            ? new DnsAnswer.Failed(Failure.NOT_AUTHORITATIVE, from)
                            : data(response, name, type, from, rcode == Rcode.NXDOMAIN);
            case Rcode.SERVFAIL -> new DnsAnswer.Failed(Failure.SERVFAIL, from);
            case Rcode.REFUSED -> new DnsAnswer.Failed(Failure.REFUSED, from);
            case Rcode.FORMERR -> new DnsAnswer.Failed(Failure.FORMERR, from);
            default -> new DnsAnswer.Failed(Failure.OTHER, from);
        };
    }

    /// Follows aliases from `name` through the answer section to the records of `type`.
    ///
    /// RFC 6604 section 3: with a CNAME chain, the RCODE describes the last name in it, so a
    /// chain into a missing name is NXDOMAIN and a chain into a name without the type is NoData.
    private static DnsAnswer data(
            Message response, DomainName name, RrType type, Server.Endpoint from, boolean nx) {
        var answers = response.getSection(Section.ANSWER);
        var current = Name.fromConstantString(name.absolute());
        var seen = new HashSet<Name>();
        long ttl = Long.MAX_VALUE;
        for (int hop = 0; hop <= MAX_CNAME_HOPS && seen.add(current); hop++) {
            var matching = rrset(answers, current, type.code());
            if (!matching.isEmpty()) {
                return records(matching, ttl, from);
            }
            var alias =
                    type == RrType.CNAME ? List.<Record>of() : rrset(answers, current, Type.CNAME);
            if (alias.isEmpty()) {
                break;
            }
            var cname = (CNAMERecord) alias.getFirst();
            ttl = Math.min(ttl, cname.getTTL());
            current = cname.getTarget();
        }
        var negativeTtl = negativeTtl(response);
        return nx
                ? new DnsAnswer.NxDomain(negativeTtl, from)
                : new DnsAnswer.NoData(negativeTtl, from);
    }

    private static List<Record> rrset(List<Record> section, Name owner, int type) {
        return section.stream()
                .filter(r -> r.getType() == type && r.getDClass() == DClass.IN)
                .filter(r -> r.getName().equals(owner))
                .toList();
    }

    private static DnsAnswer records(List<Record> rrset, long chainTtl, Server.Endpoint from) {
        Optional<DomainName> owner = RecordReader.domainName(rrset.getFirst().getName());
        if (owner.isEmpty()) {
            return new DnsAnswer.Failed(Failure.OTHER, from);
        }
        var values = new ArrayList<ResourceRecord>();
        long ttl = chainTtl;
        for (var record : rrset) {
            RecordReader.read(record, owner.get()).ifPresent(values::add);
            ttl = Math.min(ttl, record.getTTL());
        }
        return new DnsAnswer.Records(values, Duration.ofSeconds(ttl), from);
    }

    /// RFC 2308 section 5: a negative answer is cached for the lower of the SOA record's TTL
    /// and its MINIMUM field; without an SOA in the authority section it is not cached.
    private static Duration negativeTtl(Message response) {
        return response.getSection(Section.AUTHORITY).stream()
                .filter(SOARecord.class::isInstance)
                .map(SOARecord.class::cast)
                .findFirst()
                .map(soa -> Duration.ofSeconds(Math.min(soa.getTTL(), soa.getMinimum())))
                .orElse(Duration.ZERO);
    }
}
