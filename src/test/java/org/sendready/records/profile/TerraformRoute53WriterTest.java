package org.sendready.records.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformRoute53WriterTest {

    private static final String SETUP = new TerraformRoute53Writer().write(Fixtures.setup());

    @Test
    void terraformRoute53_splitsLongTxt_with255CharacterChunksJoinedByEscapedQuotes() {
        var literal = records("s2024._domainkey.example.com");
        assertThat(literal).contains("\\\"\\\"");
        // The AWS provider wraps the value in quotes before Route 53 reads it.
        var strings = Decode.presentation("\"" + Decode.hcl(literal) + "\"", 8);
        assertThat(strings).hasSize(3);
        assertThat(strings).allSatisfy(s -> assertThat(s.length).isLessThanOrEqualTo(255));
        assertThat(Decode.joined(strings)).isEqualTo(Fixtures.DKIM_4096);
    }

    @Test
    void terraformRoute53_escapesInterpolation_andOctalEscapesNonAscii() {
        var tf = new TerraformRoute53Writer().write(Fixtures.txtAt("note", Fixtures.AWKWARD));
        var literal = recordsOf(tf, "note.example.com");
        assertThat(literal).contains("$${var.x}").contains("%%{if}").contains("gr\\\\303\\\\274");
        assertThat(Decode.joined(Decode.presentation("\"" + Decode.hcl(literal) + "\"", 8)))
                .isEqualTo(Fixtures.AWKWARD);
    }

    @Test
    void terraformRoute53_groupsRecordsOfOneNameAndType_intoOneResource() {
        var tf = new TerraformRoute53Writer().write(Fixtures.redundant());
        assertThat(tf)
                .containsOnlyOnce("resource \"aws_route53_record\" \"mx_example_com\"")
                .contains("  records = [\"10 mx1.example.com\", \"20 mx2.example.com\"]\n")
                .contains("  records = [\"192.0.2.1\", \"192.0.2.2\"]\n");
    }

    @Test
    void terraformRoute53_writesFullNames_andMxAsPreferenceAndHost() {
        assertThat(SETUP)
                .contains("  name    = \"_dmarc.example.com\"\n")
                .contains("  records = [\"10 mail.example.com\"]\n")
                .contains("variable \"route53_zone_id_example_com\" {");
    }

    @Test
    void terraformRoute53_listsPtrAsComment_andWritesIdnAsALabels() {
        assertThat(SETUP).doesNotContain("\"PTR\"").contains("# PTR 1.2.0.192.in-addr.arpa");
        assertThat(new TerraformRoute53Writer().write(Fixtures.idn()))
                .contains("name    = \"xn--bcher-kva.example\"");
    }

    @Test
    void terraformRoute53_isFormatted_andTerraformReadsTheValues(@TempDir Path dir)
            throws Exception {
        var awkward = new TerraformRoute53Writer().write(Fixtures.txtAt("note", Fixtures.AWKWARD));
        var values = TerraformCheck.evaluate(dir, SETUP + awkward);
        assertThat(values).hasSize(7);
        var dkim = values.get(4).get(0).asText();
        assertThat(Decode.joined(Decode.presentation("\"" + dkim + "\"", 8)))
                .isEqualTo(Fixtures.DKIM_4096);
        var note = values.get(6).get(0).asText();
        assertThat(Decode.joined(Decode.presentation("\"" + note + "\"", 8)))
                .isEqualTo(Fixtures.AWKWARD);
    }

    private static String records(String name) {
        return recordsOf(SETUP, name);
    }

    /// The single `records` literal of the TXT resource named `name` in `tf`.
    private static String recordsOf(String tf, String name) {
        var matcher =
                Pattern.compile(
                                "name    = \""
                                        + Pattern.quote(name)
                                        + "\"\n  type    = \"TXT\"\n  ttl     = \\d+\n"
                                        + "  records = \\[(.*)\\]\n")
                        .matcher(tf);
        assertThat(matcher.find()).as("TXT resource for " + name).isTrue();
        return matcher.group(1);
    }
}
