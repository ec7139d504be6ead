package org.sendready.dmarc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

class DmarcParserTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // plain minimal record
                "v=DMARC1; p=none | v=DMARC1; p=none",
                // no spaces, trailing ';'
                "v=DMARC1;p=reject; | v=DMARC1; p=reject",
                // whitespace and folding around tags and values
                "'  v = DMARC1 ;\t p = quarantine ;  pct = 50 ' | v=DMARC1; p=quarantine; pct=50",
                // values are case-insensitive; tag names too
                "v=DMARC1; P=Reject; SP=NONE; ADKIM=S; aspf=S; FO=D:S | v=DMARC1; p=reject; sp=none; adkim=s; aspf=s; fo=d:s",
                // explicit defaults are dropped
                "v=DMARC1; p=none; pct=100; adkim=r; aspf=r; ri=86400; fo=0; rf=afrf | v=DMARC1; p=none",
                // tags in another order come out in canonical order
                "v=DMARC1; p=none; pct=5; ri=3600; aspf=s; rua=mailto:a@example.com | v=DMARC1; p=none; rua=mailto:a@example.com; aspf=s; ri=3600; pct=5",
                // several URIs, spaces after commas, scheme and unit case
                "v=DMARC1; p=none; rua=MAILTO:a@Example.COM!10M , mailto:b@example.net | v=DMARC1; p=none; rua=mailto:a@example.com!10m,mailto:b@example.net",
                // size suffix without a unit, leading zeros dropped
                "v=DMARC1; p=none; ruf=mailto:f@example.com!0500 | v=DMARC1; p=none; ruf=mailto:f@example.com!500",
                // needlessly percent-encoded characters come out plain
                "v=DMARC1; p=none; rua=mailto:dmarc%2Breports@example.com | v=DMARC1; p=none; rua=mailto:dmarc+reports@example.com",
                // fo values sorted and each once
                "v=DMARC1; p=none; fo=s:1:s:0 | v=DMARC1; p=none; fo=0:1:s",
                // pct=0 is legal
                "v=DMARC1; p=quarantine; pct=0 | v=DMARC1; p=quarantine; pct=0",
                // unknown tags are kept after the known ones
                "v=DMARC1; np=reject; p=none; Zz=1 | v=DMARC1; p=none; np=reject; Zz=1",
            })
    void parse_thenFormat_givesCanonicalText(String record, String canonical) {
        assertThat(DmarcPolicy.parse(record).format()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // v missing altogether
                "p=none | the record must start with v=DMARC1, but it starts with 'p=' (RFC 7489 section 6.3); receivers ignore such a record",
                // v present but not first
                "p=none; v=DMARC1 | v=DMARC1 must be the first tag, but 'p=' comes before it (RFC 7489 section 6.3)",
                // version in lower case
                "v=dmarc1; p=none | v=dmarc1 is not the DMARC version; write exactly v=DMARC1",
                // another version
                "v=DMARC2; p=none | v=DMARC2 is not the DMARC version",
                // p missing, with the RFC 7489 6.6.3 note
                "v=DMARC1; rua=mailto:a@example.com | p is missing; write p=none, p=quarantine or p=reject right after v=DMARC1 (RFC 7489 section 6.3). Receivers treat such a record as p=none if its rua is valid (section 6.6.3)",
                // p with an invalid value
                "v=DMARC1; p=rejct | p=rejct is not a policy; expected none, quarantine or reject (RFC 7489 section 6.3). Receivers treat an invalid p as p=none",
                // sp with an invalid value
                "v=DMARC1; p=none; sp=all | sp=all is not a policy",
                // exact duplicate (found by the tag-list parser)
                "v=DMARC1; p=none; p=reject | tag 'p' appears twice",
                // duplicate differing only in case
                "v=DMARC1; p=none; P=reject | tag 'P' appears twice (also as 'p')",
                // v repeated
                "v=DMARC1; p=none; V=DMARC1 | tag 'V' appears twice (also as 'v')",
                // pct above 100
                "v=DMARC1; p=none; pct=101 | pct=101 is out of range; expected a whole number from 0 to 100",
                // pct not a number
                "v=DMARC1; p=none; pct=-5 | pct=-5 is not a valid number",
                // pct with more than three digits
                "v=DMARC1; p=none; pct=0100 | pct=0100 is not a valid number",
                // ri above 32 bits
                "v=DMARC1; p=none; ri=4294967296 | ri=4294967296 is out of range",
                // ri not a number
                "v=DMARC1; p=none; ri=1d | ri=1d is not a valid number",
                // bad alignment
                "v=DMARC1; p=none; adkim=x | adkim=x is not an alignment mode",
                // bad fo value
                "v=DMARC1; p=none; fo=0:x | fo=0:x has 'x'; expected 0, 1, d or s",
                // unregistered report format
                "v=DMARC1; p=none; rf=iodef | rf=iodef has 'iodef'; expected afrf",
                // mailto without '@', naming the URI
                "v=DMARC1; p=none; rua=mailto:dmarc.example.com | rua: 'mailto:dmarc.example.com': 'dmarc.example.com' has no '@'",
                // plain address without a scheme
                "v=DMARC1; p=none; rua=dmarc@example.com | rua: 'dmarc@example.com' is not a URI; write a report address as mailto:dmarc@example.com",
                // raw '!' in the local part
                "v=DMARC1; p=none; rua=mailto:d!m@example.com | rua: 'mailto:d!m@example.com' has a '!' that does not start a size limit",
                // size suffix with an unknown unit
                "v=DMARC1; p=none; rua=mailto:d@example.com!10x | has a '!' that does not start a size limit such as !10m",
                // size suffix without digits
                "v=DMARC1; p=none; rua=mailto:d@example.com!m | has a '!' that does not start a size limit",
                // an invalid domain in the address
                "v=DMARC1; p=none; ruf=mailto:d@exa_mple.com | ruf: 'mailto:d@exa_mple.com': 'exa_mple.com' is not a host name",
                // empty entry in the URI list
                "v=DMARC1; p=none; rua=mailto:a@example.com, | rua has an empty entry",
                // raw space inside the address
                "v=DMARC1; p=none; rua=mailto:a b@example.com | rua: 'mailto:a b@example.com' has ' ', which a URI must percent-encode",
                // a broken escape
                "v=DMARC1; p=none; rua=mailto:a%2@example.com | has a '%' not followed by two hexadecimal digits",
                // mailto with header fields
                "v=DMARC1; p=none; rua=mailto:a@example.com?subject=x | has header fields after '?'",
                // empty record
                "'  ' | is empty",
            })
    void parse_rejectsWithReason_namingTheTag(String record, String reason) {
        assertThatThrownBy(() -> DmarcParser.parse(record))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("dmarc: ")
                .hasMessageContaining(reason);
    }

    @Test
    void parse_readsEveryTag() {
        var policy =
                DmarcPolicy.parse(
                        "v=DMARC1; p=quarantine; sp=reject; rua=mailto:agg@example.com!10m;"
                                + " ruf=mailto:fail@example.com; adkim=s; aspf=s; ri=3600;"
                                + " fo=1:d; rf=afrf; pct=25");
        assertThat(policy.policy()).isEqualTo(RequestedPolicy.QUARANTINE);
        assertThat(policy.subdomainPolicy()).contains(RequestedPolicy.REJECT);
        assertThat(policy.aggregateReports())
                .containsExactly(
                        new ReportUri.Mailto(
                                new MailAddress("agg", DomainName.parse("example.com")),
                                Optional.of(
                                        new ReportSizeLimit(10, ReportSizeLimit.Unit.MEBIBYTES))));
        assertThat(policy.aggregateReports().getFirst().sizeLimit().orElseThrow().bytes())
                .isEqualTo(10L * 1024 * 1024);
        assertThat(policy.failureReports()).hasSize(1);
        assertThat(policy.dkimAlignment()).isEqualTo(Alignment.STRICT);
        assertThat(policy.spfAlignment()).isEqualTo(Alignment.STRICT);
        assertThat(policy.reportIntervalSeconds()).isEqualTo(3600);
        assertThat(policy.failureOptions())
                .isEqualTo(Set.of(FailureOption.ANY_FAIL, FailureOption.DKIM_FAIL));
        assertThat(policy.failureFormats()).containsExactly(ReportFormat.AFRF);
        assertThat(policy.percent()).isEqualTo(25);
    }

    @Test
    void parse_appliesDefaults_forAbsentTags() {
        var policy = DmarcPolicy.parse("v=DMARC1; p=none");
        assertThat(policy).isEqualTo(DmarcPolicy.builder().build());
        assertThat(policy.subdomainPolicy()).isEmpty();
        assertThat(policy.percent()).isEqualTo(100);
        assertThat(policy.dkimAlignment()).isEqualTo(Alignment.RELAXED);
        assertThat(policy.reportIntervalSeconds()).isEqualTo(86_400);
        assertThat(policy.failureOptions()).containsExactly(FailureOption.ALL_FAIL);
    }

    @Test
    void parse_keepsUnknownTag_andWarns() {
        var parsed = DmarcParser.parse("v=DMARC1; p=none; t=y");
        assertThat(parsed.policy().unknownTags()).containsExactly(new UnknownTag("t", "y"));
        assertThat(parsed.warnings())
                .containsExactly(
                        "unknown tag 't' is kept, but receivers ignore tags RFC 7489 does not"
                                + " define (section 6.3)");
    }

    @Test
    void parse_warns_whenPolicyIsNotSecond() {
        var parsed = DmarcParser.parse("v=DMARC1; rua=mailto:a@example.com; p=reject");
        assertThat(parsed.policy().policy()).isEqualTo(RequestedPolicy.REJECT);
        assertThat(parsed.warnings()).singleElement().asString().startsWith("p is tag number 3");
    }

    @Test
    void parse_keepsOtherUriScheme_andWarns() {
        var parsed = DmarcParser.parse("v=DMARC1; p=none; rua=https://reports.example.net/dmarc");
        assertThat(parsed.policy().aggregateReports())
                .singleElement()
                .isInstanceOf(ReportUri.Other.class);
        assertThat(parsed.warnings())
                .containsExactly(
                        "rua: 'https://reports.example.net/dmarc' is not a mailto: URI; receivers"
                                + " need only support mailto: (RFC 7489 section 6.2), so reports"
                                + " may never arrive");
    }

    @Test
    void parse_warns_whenMoreThanTwoDestinations() {
        var parsed =
                DmarcParser.parse(
                        "v=DMARC1; p=none; rua=mailto:a@example.com,mailto:b@example.com,"
                                + "mailto:c@example.com");
        assertThat(parsed.warnings())
                .singleElement()
                .asString()
                .startsWith("rua lists 3 destinations");
    }

    @Test
    void parse_hasNoWarnings_forCleanRecord() {
        assertThat(DmarcParser.parse("v=DMARC1; p=reject; rua=mailto:a@example.com").warnings())
                .isEmpty();
    }

    @Test
    void parse_decodesPercentEscapes_inLocalPart() {
        var policy =
                DmarcPolicy.parse(
                        "v=DMARC1; p=none; rua=mailto:d%21m@example.com,mailto:%22a%3Bb%2Cc%22@example.com");
        assertThat(policy.aggregateReports())
                .extracting(uri -> ((ReportUri.Mailto) uri).address().localPart())
                .isEqualTo(List.of("d!m", "\"a;b,c\""));
    }
}
