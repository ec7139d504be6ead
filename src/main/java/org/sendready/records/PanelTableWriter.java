package org.sendready.records;

import java.util.ArrayList;
import java.util.List;

/// The provider-panel rows as an aligned text table, for reading in a terminal and copying
/// field by field into a DNS web panel.
///
/// Columns: `HOST TYPE TTL ZONE NAME VALUE`. The value comes last because it is the one column
/// without a bound (a 4096-bit DKIM key is some 740 characters): every other column stays
/// aligned, and the value can be copied to the end of the line.
public final class PanelTableWriter implements RecordExporter {

    private static final List<String> HEADINGS =
            List.of("HOST", "TYPE", "TTL", "ZONE", "NAME", "VALUE");

    /// Spaces between columns.
    private static final String GAP = "  ";

    @Override
    public String export(RecordSet records) {
        var lines = new ArrayList<List<String>>();
        lines.add(HEADINGS);
        for (var row : PanelRow.of(records)) {
            lines.add(
                    List.of(
                            row.host(),
                            row.type(),
                            Long.toString(row.ttlSeconds()),
                            row.zone(),
                            row.name(),
                            row.value()));
        }
        var widths = new int[HEADINGS.size()];
        for (var line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        var table = new StringBuilder();
        for (var line : lines) {
            for (int i = 0; i < widths.length - 1; i++) {
                table.append(line.get(i)).append(" ".repeat(widths[i] - line.get(i).length()));
                table.append(GAP);
            }
            table.append(line.getLast()).append('\n');
        }
        return table.toString();
    }
}
