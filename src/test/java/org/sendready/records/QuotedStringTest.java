package org.sendready.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendready.records.QuotedString.ByteEscape;

class QuotedStringTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            textBlock =
                    """
                    # plain printable ASCII is written as it is
                    plain       | v=spf1 mx -all   | "v=spf1 mx -all"
                    # RFC 1035 section 5.1: \\X stands for X, so " and \\ are escaped
                    quote       | a"b              | "a\\"b"
                    backslash   | ex\\ample        | "ex\\\\ample"
                    # ; ( ) are only special outside quotes
                    specials    | a; (b) $c        | "a; (b) $c"
                    # non-ASCII: each UTF-8 octet as \\DDD
                    u-umlaut    | ü                | "\\195\\188"
                    four-octets | 𝄞                | "\\240\\157\\132\\158"
                    # controls as \\DDD
                    tab         | a\\tb            | "a\\009b"
                    # the empty string stays a (valid) empty character-string
                    empty       | ''               | ""
                    """)
    void of_escapesPerRfc1035_forEachCharacterClass(String label, String text, String quoted) {
        assertThat(QuotedString.of(text.replace("\\t", "\t"))).isEqualTo(quoted);
    }

    @ParameterizedTest(name = "[{index}] octet {0}")
    // 0 and 31: first and last C0 control; 127: DEL; 32 and 126: printable bounds stay literal
    @ValueSource(ints = {0, 31, 32, 126, 127})
    void of_writesOnlyPrintableAsciiLiterally_atTheBoundaries(int octet) {
        var quoted = QuotedString.of(Character.toString(octet));
        var expected =
                octet >= 32 && octet <= 126
                        ? "\"" + (char) octet + "\""
                        : "\"\\" + String.format("%03d", octet) + "\"";
        assertThat(quoted).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // printable ASCII stays as it is, spaces included
                "v=spf1 -all     | v=spf1 -all     | v=spf1 -all",
                // quote and backslash take a backslash
                "a\"b\\c         | a\\\"b\\\\c     | a\\\"b\\\\c",
                // other octets: three decimal digits (RFC 1035) or octal ones (Route 53)
                "é               | \\195\\169      | \\303\\251",
                // a control character is an octet like any other
                "tab\there       | tab\\009here    | tab\\011here"
            })
    void content_writesOctets_asEachTargetReadsThem(String text, String decimal, String octal) {
        var value = text.replace("\\t", "\t");
        assertThat(QuotedString.content(value, ByteEscape.DECIMAL)).isEqualTo(decimal);
        assertThat(QuotedString.content(value, ByteEscape.OCTAL)).isEqualTo(octal);
    }
}
