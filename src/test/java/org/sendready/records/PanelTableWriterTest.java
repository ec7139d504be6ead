package org.sendready.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanelTableWriterTest {

    @Test
    void export_alignsColumns_withRelativeHostsAndUnquotedValues() {
        var set =
                new RecordSet(
                        List.of(
                                SampleRecords.record(
                                        "example.com",
                                        "example.com",
                                        3600,
                                        SampleRecords.mx(10, "mail.example.com"),
                                        RecordPurpose.MX),
                                SampleRecords.record(
                                        "_dmarc.example.com",
                                        "example.com",
                                        300,
                                        SampleRecords.txt(SampleRecords.ODD_DMARC),
                                        RecordPurpose.DMARC),
                                SampleRecords.ptrRecord(
                                        "192.0.2.10", "2.0.192.in-addr.arpa", "mail.example.com")));

        assertThat(new PanelTableWriter().export(set))
                .isEqualTo(
                        """
                        HOST    TYPE  TTL   ZONE                  NAME                     VALUE
                        @       MX    3600  example.com           example.com              \
                        10 mail.example.com.
                        _dmarc  TXT   300   example.com           _dmarc.example.com       \
                        v=DMARC1; p=reject; rua=mailto:dmarc+x@example.com,mailto:"q"@ex\\ample.org
                        10      PTR   3600  2.0.192.in-addr.arpa  10.2.0.192.in-addr.arpa  \
                        mail.example.com.
                        """);
    }

    @Test
    void export_writesTheLongDkimValueWhole_onOneLine() {
        var set = SampleRecords.exampleCom(SampleRecords.LONG_DKIM);

        var dkimLine =
                new PanelTableWriter()
                        .export(set)
                        .lines()
                        .filter(l -> l.startsWith("s1._domainkey "))
                        .findFirst()
                        .orElseThrow();
        assertThat(dkimLine).endsWith("  " + SampleRecords.LONG_DKIM);
    }

    @Test
    void export_writesOnlyTheHeadings_forAnEmptySet() {
        assertThat(new PanelTableWriter().export(new RecordSet(List.of())))
                .isEqualTo("HOST  TYPE  TTL  ZONE  NAME  VALUE\n");
    }
}
