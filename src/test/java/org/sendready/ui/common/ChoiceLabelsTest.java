package org.sendready.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceLabelsTest {
    private final ChoiceLabels<Integer> labels =
            new ChoiceLabels<>(List.of(1, 2), n -> n == 1 ? "one" : "two");

    @Test
    void label_ofAChoice_andOfNothing() {
        assertThat(labels.toString(2)).isEqualTo("two");
        assertThat(labels.toString(null)).isEmpty();
    }

    @Test
    void fromString_findsTheChoiceItsLabelNames_orNothing() {
        assertThat(labels.fromString("one")).isEqualTo(1);
        assertThat(labels.fromString("three")).isNull();
    }
}
