package org.sendready.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendready.dns.DomainName;

class JsonRecordWriterTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void export_writesTheDocumentedSchema_forMxAndTxt() {
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
                                        "example.org._report._dmarc.example.com",
                                        "example.com",
                                        300,
                                        SampleRecords.txt("v=DMARC1"),
                                        RecordPurpose.REPORT_AUTHORIZATION)));

        assertThat(new JsonRecordWriter().export(set))
                .isEqualTo(
                        """
                        {
                          "version": 1,
                          "zones": [
                            "example.com"
                          ],
                          "records": [
                            {
                              "name": "example.com",
                              "host": "@",
                              "zone": "example.com",
                              "type": "MX",
                              "ttl": 3600,
                              "value": "10 mail.example.com.",
                              "preference": 10,
                              "exchange": "mail.example.com",
                              "purpose": "mx"
                            },
                            {
                              "name": "example.org._report._dmarc.example.com",
                              "host": "example.org._report._dmarc",
                              "zone": "example.com",
                              "type": "TXT",
                              "ttl": 300,
                              "value": "v=DMARC1",
                              "strings": [
                                "v=DMARC1"
                              ],
                              "purpose": "report-authorization"
                            }
                          ]
                        }
                        """);
    }

    @Test
    void export_listsTheSplitStrings_forALongTxtValue() throws Exception {
        var set = SampleRecords.exampleCom(SampleRecords.LONG_DKIM);

        var root = mapper.readTree(new JsonRecordWriter().export(set));
        var dkim = record(root, "s1._domainkey.example.com");
        var strings = new ArrayList<String>();
        dkim.get("strings").forEach(s -> strings.add(s.asText()));
        assertThat(strings).isEqualTo(TxtStrings.split(SampleRecords.LONG_DKIM)).hasSize(3);
        assertThat(dkim.get("value").asText()).isEqualTo(SampleRecords.LONG_DKIM);
        assertThat(root.get("zones").toString())
                .isEqualTo("[\"example.com\",\"2.0.192.in-addr.arpa\"]");
    }

    static Stream<Arguments> sets() {
        return Stream.of(
                // every purpose, a long DKIM value
                Arguments.of("example.com", SampleRecords.exampleCom(SampleRecords.LONG_DKIM)),
                // A-label names, non-ASCII text
                Arguments.of("idn", SampleRecords.idn()),
                // AAAA and ip6.arpa PTR
                Arguments.of("ipv6", SampleRecords.ipv6()),
                // quotes, backslashes, tab, multi-octet characters
                Arguments.of("odd characters", SampleRecords.oddCharacters()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("sets")
    void export_readsBackAsTheSameRecordSet(String label, RecordSet set) throws Exception {
        var root = mapper.readTree(new JsonRecordWriter().export(set));

        assertThat(root.get("version").asInt()).isEqualTo(JsonRecordWriter.VERSION);
        var zones = new ArrayList<DomainName>();
        root.get("zones").forEach(z -> zones.add(DomainName.parse(z.asText())));
        assertThat(zones).isEqualTo(set.zones());
        var records = new ArrayList<DnsRecord>();
        root.get("records").forEach(node -> records.add(read(node)));
        var expected = set.zones().stream().flatMap(z -> set.inZone(z).stream()).toList();
        assertThat(records).containsExactlyElementsOf(expected);
    }

    /// One record node back into a record, checking that its redundant fields agree.
    private static DnsRecord read(JsonNode node) {
        var owner = DomainName.parse(node.get("name").asText());
        var zone = DomainName.parse(node.get("zone").asText());
        assertThat(node.get("host").asText()).isEqualTo(owner.relativeTo(zone));
        var data = RecordValueParser.parse(node.get("type").asText(), node.get("value").asText());
        if (data instanceof RecordData.Txt txt) {
            var joined = new StringBuilder();
            node.get("strings").forEach(s -> joined.append(s.asText()));
            assertThat(joined.toString()).isEqualTo(txt.text());
        }
        if (data instanceof RecordData.Mx mx) {
            assertThat(node.get("preference").asInt()).isEqualTo(mx.preference());
            assertThat(node.get("exchange").asText()).isEqualTo(mx.exchange().ascii());
        }
        var purpose =
                Stream.of(RecordPurpose.values())
                        .filter(
                                p ->
                                        JsonRecordWriter.purposeId(p)
                                                .equals(node.get("purpose").asText()))
                        .findFirst()
                        .orElseThrow();
        return new DnsRecord(
                owner, zone, Duration.ofSeconds(node.get("ttl").asLong()), data, purpose);
    }

    private static JsonNode record(JsonNode root, String name) {
        for (var node : root.get("records")) {
            if (node.get("name").asText().equals(name)) {
                return node;
            }
        }
        throw new AssertionError("no record named " + name);
    }
}
