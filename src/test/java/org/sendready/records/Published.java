package org.sendready.records;

import java.time.Duration;
import java.util.List;
import org.sendready.dns.DomainName;

/// What DNS itself carries of a record (owner, TTL, data), without the zone and purpose that
/// only sendready knows: the part every export format must carry through unchanged.
record Published(DomainName owner, Duration ttl, RecordData data) {

    static Published of(DnsRecord record) {
        return new Published(record.owner(), record.ttl(), record.data());
    }

    /// The records of `records` in the order every exporter writes them: zone by zone.
    static List<Published> of(RecordSet records) {
        return records.zones().stream()
                .flatMap(zone -> records.inZone(zone).stream())
                .map(Published::of)
                .toList();
    }
}
