package org.sendready.records;

import java.util.List;

/// The provider-panel rows as RFC 4180 CSV (see [CsvWriter]), with a header line.
///
/// Columns: `host,type,value,ttl,zone,name`, as in [PanelRow]. Values are unquoted and
/// unsplit, as a panel wants them pasted; CSV quoting is only CSV's own.
public final class PanelCsvWriter implements RecordExporter {

    /// The header line's column names, in order.
    public static final List<String> COLUMNS =
            List.of("host", "type", "value", "ttl", "zone", "name");

    @Override
    public String export(RecordSet records) {
        var csv = new StringBuilder(CsvWriter.line(COLUMNS));
        for (var row : PanelRow.of(records)) {
            csv.append(
                    CsvWriter.line(
                            List.of(
                                    row.host(),
                                    row.type(),
                                    row.value(),
                                    Long.toString(row.ttlSeconds()),
                                    row.zone(),
                                    row.name())));
        }
        return csv.toString();
    }
}
