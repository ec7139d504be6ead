package org.sendready.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            textBlock =
                    """
                    # RFC 4180 section 2 rule 6: only fields with , " CR or LF are quoted
                    plain     | v=spf1 -all    | v=spf1 -all
                    semicolon | v=DMARC1; p=no | v=DMARC1; p=no
                    comma     | a,b            | "a,b"
                    # rule 7: a quote inside is doubled
                    quote     | say "hi"       | "say ""hi""\"
                    linefeed  | a\\nb          | "a\\nb"
                    # a backslash means nothing to CSV
                    backslash | ex\\ample      | ex\\ample
                    empty     | ''             | ''
                    """)
    void field_quotesOnlyWhereRfc4180Requires(String label, String value, String expected) {
        assertThat(CsvWriter.field(value.replace("\\n", "\n")))
                .isEqualTo(expected.replace("\\n", "\n"));
    }

    @Test
    void line_joinsWithCommas_andEndsInCrLf() {
        assertThat(CsvWriter.line(List.of("@", "TXT", "a,b", ""))).isEqualTo("@,TXT,\"a,b\",\r\n");
    }
}
