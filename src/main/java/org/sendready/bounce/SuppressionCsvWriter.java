package org.sendready.bounce;

import java.util.List;
import org.sendready.records.CsvWriter;

/// The suppression list as RFC 4180 CSV: a header line, then `address,status,diagnostic,
/// source` per address.
///
/// The diagnostic text comes from whoever sent the bounce, so fields that a spreadsheet would
/// take for a formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading `'`, as
/// OWASP's CSV injection advice recommends.
public final class SuppressionCsvWriter {

    /// The header line's fields.
    public static final List<String> HEADER = List.of("address", "status", "diagnostic", "source");

    private SuppressionCsvWriter() {}

    public static String write(List<Suppression> suppressions) {
        var text = new StringBuilder(CsvWriter.line(HEADER));
        for (var s : suppressions) {
            text.append(
                    CsvWriter.line(
                            List.of(
                                    inert(s.address()),
                                    s.status().map(StatusCode::toString).orElse(""),
                                    inert(s.diagnostic()),
                                    inert(s.source()))));
        }
        return text.toString();
    }

    private static String inert(String field) {
        return !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    }
}
