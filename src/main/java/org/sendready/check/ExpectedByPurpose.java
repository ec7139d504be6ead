package org.sendready.check;

import java.util.List;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordPurpose;

/// The records a check expects: the context's record set, filtered by the step they serve.
final class ExpectedByPurpose {

    private ExpectedByPurpose() {}

    /// The expected records of `purpose`, in the record set's order.
    static List<DnsRecord> of(CheckContext context, RecordPurpose purpose) {
        return context.expected().records().stream()
                .filter(record -> record.purpose() == purpose)
                .toList();
    }
}
