package org.sendready.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.input.InvalidInput;

/// RFC 3463 codes in `Status:` fields and in free text.
class StatusCodeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            textBlock =
                    """
                    # text                                          | found
                    # a reply line
                    550 5.1.1 <x@example.net>: user unknown          | 5.1.1
                    # Gmail's continuation form
                    550-5.7.26 This mail is unauthenticated           | 5.7.26
                    # qmail's own form
                    Sorry, no mailbox here by that name. (#5.1.1)     | 5.1.1
                    # three-digit detail (Microsoft)
                    550 5.7.515 Access denied                         | 5.7.515
                    # a code ending a sentence
                    the status was 4.2.2.                             | 4.2.2
                    # an IP address is not a code
                    host 192.5.1.1 refused                            | -
                    # nor a version number
                    Postfix 3.5.1.2 said no                           | -
                    # class 3 does not exist
                    3.1.1 is no class                                 | -
                    """)
    void find_picksTheFirstCode_notNumbersThatMerelyLookAlike(String text, String found) {
        assertThat(StatusCode.find(text).map(StatusCode::toString).orElse(null)).isEqualTo(found);
    }

    @Test
    void parse_readsAStatusField_withAComment() {
        assertThat(StatusCode.parse("5.1.1 (bad destination mailbox)"))
                .contains(new StatusCode(5, 1, 1));
    }

    @Test
    void constructor_rejectsAClassOtherThan245() {
        assertThatThrownBy(() -> new StatusCode(3, 1, 1))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("status: class 3 is not 2, 4 or 5 (RFC 3463 section 2)");
    }
}
