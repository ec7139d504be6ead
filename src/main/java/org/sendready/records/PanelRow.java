package org.sendready.records;

import java.util.List;
import java.util.Objects;

/// One record as a DNS provider's web panel asks for it: the host relative to the zone, the
/// value unquoted and unsplit.
///
/// @param host the owner relative to its zone: `@` for the apex, `_dmarc`, `s1._domainkey`
/// @param type the RR type mnemonic: `TXT`, `MX`
/// @param value the data as one string (see [RecordValue])
/// @param ttlSeconds the TTL in seconds
/// @param zone the zone the record is published in, without final dot
/// @param name the fully qualified owner, without final dot
public record PanelRow(
        String host, String type, String value, long ttlSeconds, String zone, String name) {

    public PanelRow {
        Objects.requireNonNull(host);
        Objects.requireNonNull(type);
        Objects.requireNonNull(value);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(name);
    }

    /// The row for `record`.
    public static PanelRow of(DnsRecord record) {
        return new PanelRow(
                record.relativeOwner(),
                record.data().type(),
                RecordValue.of(record.data()),
                record.ttl().toSeconds(),
                record.zone().ascii(),
                record.owner().ascii());
    }

    /// The rows of `records`, zone by zone in the order of [RecordSet#zones()].
    public static List<PanelRow> of(RecordSet records) {
        return records.zones().stream()
                .flatMap(zone -> records.inZone(zone).stream())
                .map(PanelRow::of)
                .toList();
    }
}
