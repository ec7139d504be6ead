package org.sendready.logs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/// Deferred and bounced attempts by status, code and normalized reason.
final class ReasonTable {
    /// Normalized reasons of one server's log number in the hundreds; the cap only guards
    /// memory against reasons that normalization could not reduce.
    static final int MAX_REASONS = 5_000;

    private record Key(DeliveryStatus status, String dsn, String reason) {}

    private static final class Row {
        long count;
        final String example;

        Row(String example) {
            this.example = example;
        }
    }

    private final HashMap<Key, Row> rows = new HashMap<>();
    private final int maxReasons;
    private final long[] folded = new long[DeliveryStatus.values().length];

    ReasonTable(int maxReasons) {
        this.maxReasons = maxReasons;
    }

    void count(DeliveryStatus status, String dsn, String reason, String recipient) {
        var key = new Key(status, dsn, ReasonText.normalize(reason));
        var row = rows.get(key);
        if (row == null) {
            if (rows.size() >= maxReasons) {
                folded[status.ordinal()]++;
                return;
            }
            row = new Row(recipient);
            rows.put(key, row);
        }
        row.count++;
    }

    /// Most frequent first; overflow rows (one per status) last.
    List<ReasonCount> counts() {
        var list = new ArrayList<ReasonCount>(rows.size());
        rows.forEach(
                (key, row) ->
                        list.add(
                                new ReasonCount(
                                        key.status(),
                                        key.dsn(),
                                        key.reason(),
                                        row.count,
                                        row.example)));
        list.sort(
                Comparator.comparingLong(ReasonCount::count)
                        .reversed()
                        .thenComparing(ReasonCount::status)
                        .thenComparing(ReasonCount::dsn)
                        .thenComparing(ReasonCount::reason));
        for (var status : DeliveryStatus.values()) {
            if (folded[status.ordinal()] > 0) {
                list.add(
                        new ReasonCount(
                                status,
                                "",
                                ReasonCount.OTHER_REASONS,
                                folded[status.ordinal()],
                                ""));
            }
        }
        return list;
    }
}
