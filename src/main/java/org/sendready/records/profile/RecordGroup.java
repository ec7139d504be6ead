package org.sendready.records.profile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.sendready.dns.DomainName;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;

/// The records of one owner name and type: an RRset (RFC 2181 section 5), which Route 53,
/// octoDNS and `aws_route53_record` hold as one entry with several values.
///
/// RFC 2181 section 5.2: the records of an RRset share one TTL; where the set's records
/// differ, the group takes the lowest.
record RecordGroup(
        DomainName owner,
        DomainName zone,
        String type,
        Duration ttl,
        RecordPurpose purpose,
        List<RecordData> data) {

    RecordGroup {
        data = List.copyOf(data);
    }

    /// `records` grouped by owner and type, in order of first appearance.
    static List<RecordGroup> of(List<DnsRecord> records) {
        var byKey = new LinkedHashMap<String, List<DnsRecord>>();
        for (var record : records) {
            var key = record.owner().ascii() + " " + record.data().type();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
        }
        return byKey.values().stream().map(RecordGroup::merge).toList();
    }

    /// One record as a group of its own, for panels that take each record separately.
    static RecordGroup single(DnsRecord record) {
        return merge(List.of(record));
    }

    private static RecordGroup merge(List<DnsRecord> records) {
        var first = records.getFirst();
        var ttl = records.stream().map(DnsRecord::ttl).min(Duration::compareTo).orElseThrow();
        var data = records.stream().map(DnsRecord::data).toList();
        return new RecordGroup(
                first.owner(), first.zone(), first.data().type(), ttl, first.purpose(), data);
    }

    /// The owner relative to the zone, `@` for the apex.
    String relativeOwner() {
        return owner.relativeTo(zone);
    }
}
