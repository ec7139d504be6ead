package org.sendready.records.profile;

import java.util.List;
import org.sendready.dns.DomainName;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordSet;

/// Splits a record set into what the admin publishes (records of forward zones) and what
/// someone else publishes (PTR records, which live in the reverse zone of whoever holds the IP
/// block, RFC 1035 section 3.5).
///
/// Every profile shows PTR records as a note rather than as records: the reverse zone is
/// almost never hosted where the domain is, and panels for forward zones cannot hold it.
final class ZoneLayout {

    private ZoneLayout() {}

    /// Zones holding at least one record the admin publishes, forward zone first.
    static List<DomainName> forwardZones(RecordSet records) {
        return records.zones().stream()
                .filter(zone -> !publishable(records, zone).isEmpty())
                .toList();
    }

    /// The records of `zone` the admin publishes, in the set's order.
    static List<DnsRecord> publishable(RecordSet records, DomainName zone) {
        return records.inZone(zone).stream().filter(r -> !isPtr(r)).toList();
    }

    /// The PTR records, published by the IP address holder.
    static List<DnsRecord> reverse(RecordSet records) {
        return records.records().stream().filter(ZoneLayout::isPtr).toList();
    }

    private static boolean isPtr(DnsRecord record) {
        return record.data() instanceof RecordData.Ptr;
    }
}
