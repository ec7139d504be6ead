package org.sendready.taglist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sendready.input.InvalidInput;

class TagListTest {

    @Test
    void parse_toleratesWhitespaceFoldingAndTrailingSemicolon() {
        var tags = TagList.parse(" v = DKIM1 ;\r\n\tk=rsa;p=MIIB\r\n\t AQAB ; ", "dkim record");
        assertThat(tags.get("v")).contains("DKIM1");
        assertThat(tags.get("k")).contains("rsa");
        assertThat(tags.get("p")).contains("MIIB AQAB");
        assertThat(tags.format()).isEqualTo("v=DKIM1; k=rsa; p=MIIB AQAB");
    }

    @Test
    void parse_keepsUnknownTags() {
        assertThat(TagList.parse("v=DMARC1; p=none; zz=1", "dmarc").get("zz")).contains("1");
    }

    @Test
    void parse_rejectsDuplicateTags_namingTheTag() {
        assertThatThrownBy(() -> TagList.parse("v=DKIM1; p=a; p=b", "dkim record"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("tag 'p' appears twice");
    }

    @Test
    void parse_rejectsSpecWithoutEquals_withPosition() {
        assertThatThrownBy(() -> TagList.parse("v=DKIM1; rsa", "dkim record"))
                .hasMessageContaining("position 9");
    }

    @Test
    void parse_acceptsEmptyValue() {
        assertThat(TagList.parse("v=DKIM1; p=", "dkim record").get("p")).contains("");
    }
}
