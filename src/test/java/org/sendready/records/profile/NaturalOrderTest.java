package org.sendready.records.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NaturalOrderTest {

    @ParameterizedTest(name = "''{0}'' < ''{1}''")
    @CsvSource({
        // the apex key sorts first
        "'', _dmarc",
        // '_' (0x5f) before lower-case letters, by code point
        "_dmarc, mail",
        // digit runs compare as numbers
        "mail2, mail12",
        // a key starting with a digit gets an empty text run first, so it precedes letters
        "2024._domainkey, a._domainkey",
        // a shorter key that is a prefix sorts first
        "s2024, s2024._domainkey",
        // upper case before lower case, by code point, as Python compares
        "Mail, mail"
    })
    void naturalOrder_putsFirstBeforeSecond(String first, String second) {
        assertThat(NaturalOrder.INSTANCE.compare(first, second)).isNegative();
        assertThat(NaturalOrder.INSTANCE.compare(second, first)).isPositive();
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"''", "mail", "s2024._domainkey"})
    void naturalOrder_findsAKeyEqualToItself(String key) {
        assertThat(NaturalOrder.INSTANCE.compare(key, key)).isZero();
    }
}
