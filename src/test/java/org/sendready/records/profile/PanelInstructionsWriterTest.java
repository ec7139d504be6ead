package org.sendready.records.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordPurpose;
import org.sendready.records.RecordSet;

class PanelInstructionsWriterTest {

    private static final String DKIM = "TXT record: DKIM public key";
    private static final String SPF = "TXT record: SPF policy";

    @Test
    void route53_givesRelativeName_blankForApex_andSplitsLongTxtIntoQuotedStrings() {
        var output = write(PanelProfile.ROUTE53, Fixtures.setup());
        var dkim = PanelText.block(output, DKIM);
        assertThat(dkim.field("Record name")).isEqualTo("s2024._domainkey");
        var strings = Decode.presentation(dkim.field("Value"), 8);
        assertThat(strings).hasSize(3);
        assertThat(strings).allSatisfy(s -> assertThat(s.length).isLessThanOrEqualTo(255));
        assertThat(Decode.joined(strings)).isEqualTo(Fixtures.DKIM_4096);
        assertThat(PanelText.block(output, SPF).field("Record name")).isEqualTo("(leave empty)");
        assertThat(PanelText.block(output, SPF).field("Value"))
                .isEqualTo("\"v=spf1 ip4:192.0.2.1 -all\"");
    }

    @Test
    void route53_putsMxPreferenceInValue_andGroupsValuesOfOneRecordSet() {
        var output = write(PanelProfile.ROUTE53, Fixtures.redundant());
        assertThat(PanelText.block(output, "MX record: mail exchanger").field("Value"))
                .isEqualTo("10 mx1.example.com\n20 mx2.example.com");
        assertThat(PanelText.block(output, "A record: mail host address").field("Value"))
                .isEqualTo("192.0.2.1\n192.0.2.2");
        assertThat(output).doesNotContain("3. ").contains("edit it and add the value");
    }

    @Test
    void route53_escapesQuotesAndBackslashes_andNonAsciiInOctal() {
        var output = write(PanelProfile.ROUTE53, Fixtures.txtAt("note", Fixtures.AWKWARD));
        var value = PanelText.block(output, SPF).field("Value");
        assertThat(value).contains("\\\"hi\\\"").contains("gr\\303\\274\\303\\237e");
        assertThat(Decode.joined(Decode.presentation(value, 8))).isEqualTo(Fixtures.AWKWARD);
    }

    @Test
    void cloudflare_givesLongDkimAsOneUnquotedString() {
        var dkim = PanelText.block(write(PanelProfile.CLOUDFLARE, Fixtures.setup()), DKIM);
        assertThat(dkim.field("Name")).isEqualTo("s2024._domainkey");
        assertThat(dkim.field("Content")).isEqualTo(Fixtures.DKIM_4096);
        assertThat(dkim.lines()).noneMatch(line -> line.startsWith("Warning"));
    }

    @ParameterizedTest(name = "{0} s -> {1}")
    @CsvSource({
        // an exact menu entry
        "3600, 1 hr",
        "300, 5 min",
        // between entries: the longest entry that is not longer
        "4000, 1 hr",
        "1000, 15 min",
        // below the shortest entry
        "30, 1 min",
        // above the longest entry
        "604800, 1 day"
    })
    void cloudflare_picksTheTtlFromItsMenu(long seconds, String label) {
        var record =
                new DnsRecord(
                        Fixtures.ZONE,
                        Fixtures.ZONE,
                        Duration.ofSeconds(seconds),
                        Fixtures.txt("v=spf1 -all"),
                        RecordPurpose.SPF);
        var output = write(PanelProfile.CLOUDFLARE, new RecordSet(List.of(record)));
        assertThat(PanelText.block(output, SPF).field("TTL")).isEqualTo(label);
    }

    @Test
    void cloudflare_setsMailHostsToDnsOnly_andGivesMxPriorityItsOwnField() {
        var output = write(PanelProfile.CLOUDFLARE, Fixtures.setup());
        assertThat(PanelText.block(output, "A record: mail host address").field("Proxy status"))
                .isEqualTo("DNS only");
        assertThat(PanelText.block(output, "AAAA record: mail host address").fields())
                .containsEntry("Content", "2001:db8::25")
                .containsEntry("Proxy status", "DNS only");
        assertThat(PanelText.block(output, DKIM).fields()).doesNotContainKey("Proxy status");
        var mx = PanelText.block(output, "MX record: mail exchanger");
        assertThat(mx.field("Mail server")).isEqualTo("mail.example.com");
        assertThat(mx.field("Priority")).isEqualTo("10");
    }

    @Test
    void godaddy_warnsAboutTxtValuesOver512Characters_only() {
        var output = write(PanelProfile.GODADDY, Fixtures.setup());
        var dkim = PanelText.block(output, DKIM);
        assertThat(dkim.field("Value")).isEqualTo(Fixtures.DKIM_4096);
        assertThat(dkim.field("Warning"))
                .startsWith("this value has " + Fixtures.DKIM_4096.length() + " characters")
                .contains("2048-bit DKIM key");
        assertThat(PanelText.block(output, SPF).fields()).doesNotContainKey("Warning");
    }

    @Test
    void cpanel_givesFullyQualifiedNames_andTargets_withTheFinalDot() {
        var output = write(PanelProfile.CPANEL, Fixtures.setup());
        assertThat(PanelText.block(output, DKIM).field("Name"))
                .isEqualTo("s2024._domainkey.example.com.");
        assertThat(PanelText.block(output, DKIM).field("Record")).isEqualTo(Fixtures.DKIM_4096);
        assertThat(PanelText.block(output, SPF).field("Name")).isEqualTo("example.com.");
        assertThat(PanelText.block(output, "MX record: mail exchanger").field("Destination"))
                .isEqualTo("mail.example.com.");
    }

    @Test
    void hetzner_splitsLongTxtIntoQuotedStrings_withDecimalEscapes() {
        var dkim = PanelText.block(write(PanelProfile.HETZNER, Fixtures.setup()), DKIM);
        var strings = Decode.presentation(dkim.field("Value"), 10);
        assertThat(strings).hasSize(3);
        assertThat(Decode.joined(strings)).isEqualTo(Fixtures.DKIM_4096);
        var awkward = write(PanelProfile.HETZNER, Fixtures.txtAt("note", Fixtures.AWKWARD));
        var value = PanelText.block(awkward, SPF).field("Value");
        assertThat(value).contains("gr\\195\\188\\195\\159e");
        assertThat(Decode.joined(Decode.presentation(value, 10))).isEqualTo(Fixtures.AWKWARD);
    }

    @Test
    void hetzner_putsMxPreferenceInValue_withADottedTarget_andAtForApex() {
        var mx =
                PanelText.block(
                        write(PanelProfile.HETZNER, Fixtures.setup()), "MX record: mail exchanger");
        assertThat(mx.field("Name")).isEqualTo("@");
        assertThat(mx.field("Value")).isEqualTo("10 mail.example.com.");
    }

    @Test
    void generic_offersTheSplitForm_forValuesOver255Octets_only() {
        var output = write(PanelProfile.GENERIC, Fixtures.setup());
        var dkim = PanelText.block(output, DKIM);
        assertThat(dkim.field("Value")).isEqualTo(Fixtures.DKIM_4096);
        var split = dkim.lines().getLast();
        assertThat(split).startsWith("\"v=DKIM1; k=rsa; p=");
        assertThat(Decode.joined(Decode.presentation(split, 10))).isEqualTo(Fixtures.DKIM_4096);
        assertThat(PanelText.block(output, SPF).lines()).noneMatch(l -> l.startsWith("\""));
    }

    @ParameterizedTest
    @EnumSource(
            value = PanelProfile.class,
            names = {"GENERIC", "CLOUDFLARE", "GODADDY", "CPANEL"})
    void onePlainStringPanels_giveTheValueAsIs_andWarnAboutQuotesAndBackslashes(
            PanelProfile profile) {
        var block = PanelText.block(write(profile, Fixtures.txtAt("note", Fixtures.AWKWARD)), SPF);
        assertThat(block.field(profile.labels.value())).isEqualTo(Fixtures.AWKWARD);
        assertThat(block.field("Note")).contains("quote, backslash or non-ASCII");
    }

    @ParameterizedTest
    @EnumSource(PanelProfile.class)
    void everyPanel_givesTheDkimKeyWhole_inItsTxtForm(PanelProfile profile) {
        var value =
                PanelText.block(write(profile, Fixtures.setup()), DKIM)
                        .field(profile.labels.value());
        var decoded =
                switch (profile.txt) {
                    case ONE_STRING -> value;
                    case QUOTED_STRINGS_DECIMAL -> Decode.joined(Decode.presentation(value, 10));
                    case QUOTED_STRINGS_OCTAL -> Decode.joined(Decode.presentation(value, 8));
                };
        assertThat(decoded).isEqualTo(Fixtures.DKIM_4096);
    }

    @ParameterizedTest
    @EnumSource(PanelProfile.class)
    void everyPanel_listsPtrUnderNotInThisZone_notAsARecord(PanelProfile profile) {
        var output = write(profile, Fixtures.setup());
        assertThat(output).doesNotContain("PTR record");
        var notInZone = output.substring(output.indexOf("Not in this zone:"));
        assertThat(notInZone)
                .contains(
                        "- PTR 1.2.0.192.in-addr.arpa -> mail.example.com (reverse DNS of"
                                + " 192.0.2.1)")
                .contains("(reverse DNS of 2001:db8::25)");
    }

    @ParameterizedTest
    @EnumSource(PanelProfile.class)
    void everyPanel_namesTheIdnZoneInBothForms_andTypesALabels(PanelProfile profile) {
        var output = write(profile, Fixtures.idn());
        assertThat(output.lines().findFirst().orElseThrow())
                .endsWith("records for zone xn--bcher-kva.example (bücher.example)");
        var host =
                PanelText.block(output, "A record: mail host address").field(profile.labels.name());
        assertThat(host).isIn("mail", "mail.xn--bcher-kva.example.");
    }

    private static String write(PanelProfile profile, RecordSet records) {
        return new PanelInstructionsWriter(profile).write(records);
    }
}
