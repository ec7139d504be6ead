package org.sendready.spf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.input.InvalidInput;

class QuotedTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # bare text is only stripped
            '  v=spf1 -all  '                              | v=spf1 -all
            # one pair of quotes
            '"v=spf1 mx -all"'                             | v=spf1 mx -all
            # split strings are joined without a separator (RFC 7208 section 3.3)
            '"v=spf1 ip4:192.0.2.1 " "include:x.example -all"' | v=spf1 ip4:192.0.2.1 include:x.example -all
            '"v=spf1 ip4:192.0.2.1" "include:x.example -all"'  | v=spf1 ip4:192.0.2.1include:x.example -all
            # escapes of RFC 1035 section 5.1
            '"a\\"b\\\\c\\065"'                            | a"b\\cA
            # quotes inside bare text are left to the parser
            'v=spf1 a:"x".example.com'                     | v=spf1 a:"x".example.com
            """)
    void unquote_givesTheTextInsideTheQuotes(String pasted, String expected) {
        assertThat(QuotedText.unquote(pasted, "record")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # an unclosed quote
            '"v=spf1 -all'                 | record: position 1: the quote opened here is never closed
            # text between strings
            '"v=spf1 " mx "-all"'          | record: position 11: text outside the quotes
            # a decimal escape above 255
            '"v=spf1 \\300"'               | is not an octet
            """)
    void unquote_rejectsBrokenQuoting(String pasted, String message) {
        assertThatThrownBy(() -> QuotedText.unquote(pasted, "record"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining(message);
    }
}
