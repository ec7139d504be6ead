package org.sendready.records;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.sendready.dns.DomainName;

/// Everything a plan requires in DNS, in a stable order. Derived from the plan, never edited.
public record RecordSet(List<DnsRecord> records) {

    public RecordSet {
        records = List.copyOf(records);
    }

    /// The zones the records fall in, in order of first appearance (forward zone first).
    public List<DomainName> zones() {
        return List.copyOf(
                records.stream()
                        .map(DnsRecord::zone)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /// The records published in `zone`.
    public List<DnsRecord> inZone(DomainName zone) {
        return records.stream().filter(r -> r.zone().equals(zone)).toList();
    }
}
