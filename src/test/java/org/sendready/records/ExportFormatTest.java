package org.sendready.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.input.InvalidInput;

class ExportFormatTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        // the names the command line documents
        "bind, BIND",
        "table, TABLE",
        "csv, CSV",
        "json, JSON",
        // case and surrounding blanks do not matter
        "' JSON ', JSON",
        "Bind, BIND"
    })
    void parse_acceptsTheDocumentedNames(String text, ExportFormat expected) {
        assertThat(ExportFormat.parse(text)).isEqualTo(expected);
    }

    @Test
    void parse_namesTheChoices_forAnUnknownFormat() {
        assertThatThrownBy(() -> ExportFormat.parse("yaml"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(
                        "format: 'yaml' is not a format; expected one of bind, table, csv, json");
    }

    @Test
    void exporter_writesEachFormat() {
        var set = SampleRecords.ipv6();

        assertThat(ExportFormat.BIND.exporter().export(set))
                .isEqualTo(BindZoneWriter.relative().export(set));
        assertThat(ExportFormat.TABLE.exporter().export(set))
                .isEqualTo(new PanelTableWriter().export(set));
        assertThat(ExportFormat.CSV.exporter().export(set))
                .isEqualTo(new PanelCsvWriter().export(set));
        assertThat(ExportFormat.JSON.exporter().export(set))
                .isEqualTo(new JsonRecordWriter().export(set));
    }
}
