package org.sendready.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TxtStringsTest {

    @Test
    void split_keepsShortValueWhole() {
        assertThat(TxtStrings.split("v=spf1 -all")).containsExactly("v=spf1 -all");
    }

    @Test
    void split_cutsAt255Octets_andJoinsBackToTheValue() {
        var value = "p=" + "A".repeat(700);
        var parts = TxtStrings.split(value);
        assertThat(parts).hasSize(3);
        assertThat(parts)
                .allSatisfy(p -> assertThat(TxtStrings.octets(p)).isLessThanOrEqualTo(255));
        assertThat(String.join("", parts)).isEqualTo(value);
    }

    @Test
    void split_neverCutsAMultiByteCharacter() {
        var value = "ü".repeat(200); // 400 octets
        var parts = TxtStrings.split(value);
        assertThat(parts.get(0)).hasSize(127); // 254 octets; the next ü would make 256
        assertThat(String.join("", parts)).isEqualTo(value);
    }

    @Test
    void split_givesOneEmptyString_forEmptyValue() {
        assertThat(TxtStrings.split("")).containsExactly("");
    }
}
