package org.sendready.records.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.records.TxtStrings;

class TerraformCloudflareWriterTest {

    private static final String SETUP = new TerraformCloudflareWriter().write(Fixtures.setup());

    @Test
    void terraformCloudflare_usesTheV5Resource_withFullNames() {
        assertThat(SETUP)
                .doesNotContain("\"cloudflare_record\"")
                .contains("resource \"cloudflare_dns_record\" \"txt__dmarc_example_com\" {")
                .contains("  name    = \"_dmarc.example.com\"\n")
                .contains("  zone_id = var.cloudflare_zone_id_example_com\n")
                .contains("variable \"cloudflare_zone_id_example_com\" {");
    }

    @Test
    void terraformCloudflare_splitsLongTxtIntoQuotedStrings_ofAtMost255Octets() {
        var strings = Decode.presentation(Decode.hcl(content("s2024._domainkey.example.com")), 10);
        assertThat(strings).hasSize(3);
        assertThat(strings).allSatisfy(s -> assertThat(s.length).isLessThanOrEqualTo(255));
        assertThat(Decode.joined(strings)).isEqualTo(Fixtures.DKIM_4096);
    }

    @Test
    void terraformCloudflare_quotesShortTxtAsOneString() {
        assertThat(content("example.com")).isEqualTo("\"\\\"v=spf1 ip4:192.0.2.1 -all\\\"\"");
    }

    @Test
    void terraformCloudflare_escapesInterpolation_andDecimalEscapesNonAscii() {
        var tf = new TerraformCloudflareWriter().write(Fixtures.txtAt("note", Fixtures.AWKWARD));
        var literal = contentOf(tf, "note.example.com");
        assertThat(literal).contains("$${var.x}").contains("%%{if}").contains("$$${y}");
        assertThat(literal).contains("gr\\\\195\\\\188\\\\195\\\\159e");
        assertThat(Decode.joined(Decode.presentation(Decode.hcl(literal), 10)))
                .isEqualTo(Fixtures.AWKWARD);
    }

    @Test
    void terraformCloudflare_keepsMailHostsOutOfTheProxy() {
        assertThat(SETUP.split("\n\n"))
                .filteredOn(block -> block.contains("type    = \"A"))
                .hasSize(2)
                .allSatisfy(block -> assertThat(block).contains("  proxied = false\n"));
    }

    @Test
    void terraformCloudflare_givesMxPriorityAsItsOwnAttribute() {
        assertThat(SETUP)
                .contains(
                        """
                          type     = "MX"
                          content  = "mail.example.com"
                          priority = 10
                          ttl      = 3600
                        """);
    }

    @Test
    void terraformCloudflare_listsPtrAsComment_andWritesIdnAsALabels() {
        assertThat(SETUP).doesNotContain("\"PTR\"").contains("# PTR 1.2.0.192.in-addr.arpa");
        assertThat(new TerraformCloudflareWriter().write(Fixtures.idn()))
                .contains("name    = \"mail.xn--bcher-kva.example\"")
                .contains("# Zone xn--bcher-kva.example (bücher.example)");
    }

    @Test
    void terraformCloudflare_isFormatted_andTerraformReadsTheValues(@TempDir Path dir)
            throws Exception {
        var awkward =
                new TerraformCloudflareWriter().write(Fixtures.txtAt("note", Fixtures.AWKWARD));
        var values = TerraformCheck.evaluate(dir, SETUP + awkward);
        assertThat(values).hasSize(7);
        assertThat(Decode.joined(Decode.presentation(values.get(4).asText(), 10)))
                .isEqualTo(Fixtures.DKIM_4096);
        assertThat(Decode.joined(Decode.presentation(values.get(6).asText(), 10)))
                .isEqualTo(Fixtures.AWKWARD);
        assertThat(TxtStrings.octets(values.get(6).asText())).isLessThan(300);
    }

    private static String content(String name) {
        return contentOf(SETUP, name);
    }

    /// The `content` literal of the TXT resource named `name` in `tf`.
    private static String contentOf(String tf, String name) {
        var matcher =
                Pattern.compile(
                                "name    = \""
                                        + Pattern.quote(name)
                                        + "\"\n  type    = \"TXT\"\n  content = (.*)\n")
                        .matcher(tf);
        assertThat(matcher.find()).as("TXT resource for " + name).isTrue();
        return matcher.group(1);
    }
}
