package org.sendready.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// Lower-case, unpadded RFC 4648 base32.
class Base32Test {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            textBlock =
                    """
                    # RFC 4648 section 10 test vectors, lower-cased, padding removed
                    f,      my
                    fo,     mzxq
                    foo,    mzxw6
                    foob,   mzxw6yq
                    fooba,  mzxw6ytb
                    foobar, mzxw6ytboi
                    """)
    void encode_matchesTheRfcVectors_andDecodesBack(String text, String encoded) {
        var bytes = text.getBytes(StandardCharsets.US_ASCII);

        assertThat(Base32.encode(bytes)).isEqualTo(encoded);
        assertThat(Base32.decode(encoded, bytes.length))
                .hasValueSatisfying(d -> assertThat(d).isEqualTo(bytes));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            textBlock =
                    """
                    # spare bits set: 'mz' decodes to 'f' only as 'my'
                    mz,    1
                    # upper case is not the canonical form
                    MY,    1
                    # too long for one byte
                    mzx,   1
                    """)
    void decode_refusesNonCanonicalText(String encoded, int length) {
        assertThat(Base32.decode(encoded, length)).isEmpty();
    }
}
