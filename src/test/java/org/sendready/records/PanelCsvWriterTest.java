package org.sendready.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendready.dns.DomainName;

class PanelCsvWriterTest {

    @Test
    void export_writesHeaderAndRows_quotingOnlyWhereRfc4180Requires() {
        assertThat(new PanelCsvWriter().export(SampleRecords.oddCharacters()))
                .isEqualTo(
                        "host,type,value,ttl,zone,name\r\n"
                                + "_dmarc,TXT,\"v=DMARC1; p=reject;"
                                + " rua=mailto:dmarc+x@example.com,mailto:\"\"q\"\"@ex\\ample.org\","
                                + "3600,example.com,_dmarc.example.com\r\n"
                                + "odd,TXT,\"grüße \"\"quoted\"\" back\\slash; semi\tcolon é€𝄞\","
                                + "60,example.com,odd.example.com\r\n"
                                + "empty,TXT,,60,example.com,empty.example.com\r\n");
    }

    /// What a CSV row carries of a record: everything but its purpose.
    record Row(DomainName owner, DomainName zone, Duration ttl, RecordData data) {
        static Row of(DnsRecord record) {
            return new Row(record.owner(), record.zone(), record.ttl(), record.data());
        }
    }

    static Stream<Arguments> sets() {
        return Stream.of(
                // every purpose, a long DKIM value
                Arguments.of("example.com", SampleRecords.exampleCom(SampleRecords.LONG_DKIM)),
                // A-label names, non-ASCII text
                Arguments.of("idn", SampleRecords.idn()),
                // AAAA and ip6.arpa PTR
                Arguments.of("ipv6", SampleRecords.ipv6()),
                // quotes, commas, backslashes, tab, multi-octet characters
                Arguments.of("odd characters", SampleRecords.oddCharacters()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("sets")
    void export_readsBackAsTheSameRecords(String label, RecordSet set) {
        var rows = CsvReader.read(new PanelCsvWriter().export(set));

        assertThat(rows.getFirst()).isEqualTo(PanelCsvWriter.COLUMNS);
        var read =
                rows.subList(1, rows.size()).stream()
                        .map(
                                r -> {
                                    var zone = DomainName.parse(r.get(4));
                                    var owner = DomainName.parse(r.get(5));
                                    assertThat(owner.relativeTo(zone)).isEqualTo(r.get(0));
                                    return new Row(
                                            owner,
                                            zone,
                                            Duration.ofSeconds(Long.parseLong(r.get(3))),
                                            RecordValueParser.parse(r.get(1), r.get(2)));
                                })
                        .toList();
        List<Row> expected =
                set.zones().stream().flatMap(z -> set.inZone(z).stream()).map(Row::of).toList();
        assertThat(read).containsExactlyElementsOf(expected);
    }
}
