package org.sendready.check;

import java.util.List;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordPurpose;

/// The records of one purpose in a check's expected record set.
final class PlannedRecords {
    private PlannedRecords() {}

    static List<DnsRecord> of(CheckContext context, RecordPurpose purpose) {
        return context.expected().records().stream().filter(r -> r.purpose() == purpose).toList();
    }
}
