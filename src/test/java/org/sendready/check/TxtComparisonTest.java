package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.check.TxtComparison.Syntax;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;

/// Expected against live TXT values, by meaning: strings, whitespace, case and tag order are
/// tolerated where the syntax allows, differences in meaning are not.
class TxtComparisonTest {

    private static final DomainName DOMAIN = DomainName.parse("example.com");

    @ParameterizedTest(name = "{0}: {1} vs {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // SPF: extra spaces between terms
                "SPF | v=spf1 ip4:192.0.2.10 -all | v=spf1  ip4:192.0.2.10   -all | true",
                // SPF: case of names is not significant (RFC 7208 section 4.6.1)
                "SPF | v=spf1 mx -all | V=SPF1 MX -ALL | true",
                // SPF: an explicit + is the default qualifier
                "SPF | v=spf1 mx -all | v=spf1 +mx -all | true",
                // SPF: another qualifier means something else
                "SPF | v=spf1 mx -all | v=spf1 mx ~all | false",
                // SPF: an invalid live record never matches
                "SPF | v=spf1 mx -all | v=spf1 mx -all ipv4:1.2.3.4 | false",
                // DMARC: tag order, spacing and case are free; p=none is p=none
                "DMARC | v=DMARC1; p=reject; adkim=s | v=DMARC1;adkim=S ;  P=reject; | true",
                // DMARC: a tag written with its default value changes nothing
                "DMARC | v=DMARC1; p=reject | v=DMARC1; p=reject; pct=100; fo=0 | true",
                // DMARC: a different policy
                "DMARC | v=DMARC1; p=reject | v=DMARC1; p=quarantine | false",
                // DMARC: a report authorization is v=DMARC1 alone, with or without ';'
                "DMARC | v=DMARC1 | v=DMARC1; | true",
                // DKIM: tag order and blanks inside p= are free (RFC 6376 section 3.6.1)
                "DKIM | v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo= |"
                        + " k=ed25519 ; p=11qYAYKxCrfVS/7TyWQH Og7hcvPapiMlrwIaaPcHURo= | true",
                // DKIM: t=y is a different record
                "DKIM | v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo= |"
                        + " v=DKIM1; k=ed25519; t=y; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="
                        + " | false",
                // plain text: whitespace runs count as one
                "TEXT | a  b | a b | true",
            })
    void sameMeaning_toleratesFormOnly(Syntax syntax, String expected, String live, boolean same) {
        assertThat(TxtComparison.sameMeaning(syntax, expected, live)).isEqualTo(same);
    }

    @Test
    void compare_isOk_whenTheValueIsSplitIntoStrings() {
        var comparison =
                TxtComparison.compare(
                        spf("v=spf1 ip4:192.0.2.10 -all"),
                        Syntax.SPF,
                        List.of(txt("v=spf1 ip4:", "192.0.2.10 -all"), txt("verification=1")),
                        Optional.empty());

        assertThat(comparison.verdict()).isEqualTo(RecordVerdict.OK);
        assertThat(comparison.live())
                .containsExactly("\"v=spf1 ip4:\" \"192.0.2.10 -all\"", "\"verification=1\"");
    }

    @Test
    void compare_isMissing_whenNoValueIsOfTheKind() {
        var comparison =
                TxtComparison.compare(
                        spf("v=spf1 -all"),
                        Syntax.SPF,
                        List.of(txt("verification=1")),
                        Optional.empty());

        assertThat(comparison.verdict()).isEqualTo(RecordVerdict.MISSING);
    }

    @Test
    void compare_isWrong_whenTwoValuesAreOfTheKind() {
        var comparison =
                TxtComparison.compare(
                        spf("v=spf1 -all"),
                        Syntax.SPF,
                        List.of(txt("v=spf1 -all"), txt("v=spf1 mx -all")),
                        Optional.of("two SPF records"));

        assertThat(comparison.verdict()).isEqualTo(RecordVerdict.WRONG);
        assertThat(comparison.mistake()).contains("two SPF records");
    }

    private static DnsRecord spf(String text) {
        return new DnsRecord(
                DOMAIN, DOMAIN, Duration.ofHours(1), new RecordData.Txt(text), RecordPurpose.SPF);
    }

    private static ResourceRecord.Txt txt(String... strings) {
        return new ResourceRecord.Txt(DOMAIN, Duration.ofHours(1), Arrays.asList(strings));
    }
}
