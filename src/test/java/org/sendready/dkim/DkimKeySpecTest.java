package org.sendready.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.input.InvalidInput;

class DkimKeySpecTest {

    @ParameterizedTest
    @CsvSource({
        "1024", // RFC 8301 minimum
        "2048", // recommended
        "3072", // between
        "4096", // the largest every verifier must handle
    })
    void of_acceptsOfferedRsaSizes(int bits) {
        assertThat(DkimKeySpec.of(DkimAlgorithm.RSA, Optional.of(bits)).bits()).isEqualTo(bits);
    }

    @ParameterizedTest
    @CsvSource({
        "512", // too weak: RFC 8301 forbids under 1024
        "1000", // not a size we offer
        "8192", // larger than verifiers must handle
        "0", // nonsense
    })
    void of_rejectsOtherRsaSizes_namingTheChoices(int bits) {
        assertThatThrownBy(() -> DkimKeySpec.of(DkimAlgorithm.RSA, Optional.of(bits)))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(
                        "bits: "
                                + bits
                                + " is not offered for rsa keys; choose 1024, 2048, 3072, 4096"
                                + " (default 2048)");
    }

    @Test
    void of_defaultsRsaTo2048() {
        assertThat(DkimKeySpec.of(DkimAlgorithm.RSA, Optional.empty()))
                .isEqualTo(new DkimKeySpec(DkimAlgorithm.RSA, 2048));
    }

    @Test
    void of_rejectsBitsForEd25519() {
        assertThatThrownBy(() -> DkimKeySpec.of(DkimAlgorithm.ED25519, Optional.of(256)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("bits: does not apply to ed25519 keys");
        assertThat(DkimKeySpec.of(DkimAlgorithm.ED25519, Optional.empty()).bits()).isEqualTo(256);
    }

    @Test
    void algorithmParse_acceptsTagNamesInAnyCase_andNamesTheChoices() {
        assertThat(DkimAlgorithm.parse("Ed25519", "algorithm")).isEqualTo(DkimAlgorithm.ED25519);
        assertThatThrownBy(() -> DkimAlgorithm.parse("ecdsa", "algorithm"))
                .hasMessage("algorithm: 'ecdsa' is not a DKIM key type; expected rsa or ed25519");
    }
}
