package org.sendready.records;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sendready.input.InvalidInput;

/// The formats `sendready records --format` offers, each with its exporter.
public enum ExportFormat {
    /// A BIND zone-file snippet, one section per zone, names relative to `$ORIGIN`.
    BIND,
    /// An aligned text table for copying into a DNS provider's web panel.
    TABLE,
    /// The panel table as RFC 4180 CSV, for spreadsheets and scripts.
    CSV,
    /// A JSON document for scripts and DNS-as-code tools (schema in [JsonRecordWriter]).
    JSON;

    /// The lower-case name the command line uses: `bind`, `table`, `csv`, `json`.
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /// The exporter that writes this format.
    public RecordExporter exporter() {
        return switch (this) {
            case BIND -> BindZoneWriter.relative();
            case TABLE -> new PanelTableWriter();
            case CSV -> new PanelCsvWriter();
            case JSON -> new JsonRecordWriter();
        };
    }

    /// Parses a format name as the user typed it, ignoring case.
    public static ExportFormat parse(String text) {
        var wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (var format : values()) {
            if (format.id().equals(wanted)) {
                return format;
            }
        }
        throw new InvalidInput(
                "format",
                "'"
                        + (text == null ? "" : text.strip())
                        + "' is not a format; expected one of "
                        + Arrays.stream(values())
                                .map(ExportFormat::id)
                                .collect(Collectors.joining(", ")));
    }
}
