package org.sendready.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// STYLE.md section 4: a zone snippet read back by dnsjava's master-file parser holds exactly
/// the records written, TXT strings joined back into the value.
class BindZoneRoundTripTest {

    static Stream<Arguments> snippets() {
        return Stream.of(BindZoneWriter.Names.values())
                .flatMap(
                        names ->
                                Stream.of(
                                        // every purpose, a DKIM value split in three
                                        Arguments.of(
                                                "example.com",
                                                names,
                                                SampleRecords.exampleCom(SampleRecords.LONG_DKIM)),
                                        // A-label names, non-ASCII text
                                        Arguments.of("idn", names, SampleRecords.idn()),
                                        // AAAA and ip6.arpa PTR
                                        Arguments.of("ipv6", names, SampleRecords.ipv6()),
                                        // every escape: " \ ; tab, multi-octet characters
                                        Arguments.of(
                                                "odd characters",
                                                names,
                                                SampleRecords.oddCharacters())));
    }

    @ParameterizedTest(name = "[{index}] {0}, {1}")
    @MethodSource("snippets")
    void export_readsBackAsTheSameRecords_withDnsjava(
            String label, BindZoneWriter.Names names, RecordSet set) throws IOException {
        var text = new BindZoneWriter(names).export(set);

        assertThat(ZoneSnippetReader.read(text)).containsExactlyElementsOf(Published.of(set));
    }
}
