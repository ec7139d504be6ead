package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TtlTextTest {
    @ParameterizedTest
    @CsvSource({"300, 5 min", "90, 90 s", "7200, 2 h"})
    void of_usesTheLargestWholeUnit(long seconds, String shown) {
        assertThat(TtlText.of(Duration.ofSeconds(seconds))).isEqualTo(shown);
    }
}
