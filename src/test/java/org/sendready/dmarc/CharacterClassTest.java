package org.sendready.dmarc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharacterClassTest {

    private static final CharacterClass LETTERS_DIGITS_AND_DOT = new CharacterClass(".");

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        // letters of both cases, digits and the listed others
        "aZ09.x, -1",
        // a character not listed
        "ab-c, 2",
        // a non-ASCII letter is no letter here
        "\u00e9t\u00e9, 0",
        // the first of several
        "a b;c, 1",
    })
    void firstOutside_findsTheFirstCharacterNotInTheClass(String text, int expected) {
        assertThat(LETTERS_DIGITS_AND_DOT.firstOutside(text)).isEqualTo(expected);
    }
}
