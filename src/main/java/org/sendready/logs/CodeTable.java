package org.sendready.logs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/// Delivery attempts by enhanced status code.
final class CodeTable {
    /// RFC 3463 codes are `class.subject.detail` with up to three digits each; logs show a few
    /// dozen. The cap guards against junk in the `dsn=` field.
    static final int MAX_CODES = 1_000;

    /// The row that collects codes past the limit.
    static final String OTHER_CODES = "(other codes)";

    private final HashMap<String, long[]> rows = new HashMap<>();

    void count(String dsn, DeliveryStatus status) {
        var row = rows.get(dsn);
        if (row == null) {
            String key = rows.size() >= MAX_CODES ? OTHER_CODES : dsn;
            row = rows.computeIfAbsent(key, k -> new long[3]);
        }
        row[status.ordinal()]++;
    }

    List<CodeCount> counts() {
        var list = new ArrayList<CodeCount>(rows.size());
        rows.forEach((dsn, row) -> list.add(new CodeCount(dsn, row[0], row[1], row[2])));
        list.sort(
                Comparator.comparingLong(CodeCount::total)
                        .reversed()
                        .thenComparing(CodeCount::dsn));
        return list;
    }
}
