package org.sendready.dmarc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

class DmarcPolicyTest {

    private static ReportUri mailto(String address) {
        return ReportUri.mailto(MailAddress.parse(address, "test"));
    }

    static Stream<Arguments> policies() {
        return Stream.of(
                // the builder's defaults
                Arguments.of(DmarcPolicy.builder().build(), "v=DMARC1; p=none"),
                // the typical rollout step
                Arguments.of(
                        DmarcPolicy.builder()
                                .policy(RequestedPolicy.QUARANTINE)
                                .addAggregateReport(mailto("dmarc@example.com"))
                                .build(),
                        "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"),
                // every tag away from its default
                Arguments.of(
                        DmarcPolicy.builder()
                                .policy(RequestedPolicy.REJECT)
                                .subdomainPolicy(RequestedPolicy.QUARANTINE)
                                .percent(30)
                                .addAggregateReport(
                                        new ReportUri.Mailto(
                                                MailAddress.parse("agg@example.com", "test"),
                                                Optional.of(
                                                        new ReportSizeLimit(
                                                                1,
                                                                ReportSizeLimit.Unit.GIBIBYTES))))
                                .addAggregateReport(mailto("x@reports.example.net"))
                                .addFailureReport(mailto("fail@example.com"))
                                .dkimAlignment(Alignment.STRICT)
                                .spfAlignment(Alignment.STRICT)
                                .reportIntervalSeconds(3600)
                                .failureOptions(
                                        Set.of(FailureOption.SPF_FAIL, FailureOption.ANY_FAIL))
                                .build(),
                        "v=DMARC1; p=reject; sp=quarantine;"
                                + " rua=mailto:agg@example.com!1g,mailto:x@reports.example.net;"
                                + " ruf=mailto:fail@example.com; adkim=s; aspf=s; ri=3600;"
                                + " fo=1:s; pct=30"),
                // '+' stays readable
                Arguments.of(
                        DmarcPolicy.builder()
                                .addAggregateReport(mailto("dmarc+reports@example.com"))
                                .build(),
                        "v=DMARC1; p=none; rua=mailto:dmarc+reports@example.com"),
                // '!' would start a size suffix, so it is %21
                Arguments.of(
                        DmarcPolicy.builder().addAggregateReport(mailto("d!m@example.com")).build(),
                        "v=DMARC1; p=none; rua=mailto:d%21m@example.com"),
                // ';' and ',' (legal only quoted) are %3B and %2C, the quotes %22
                Arguments.of(
                        DmarcPolicy.builder()
                                .addAggregateReport(mailto("\"a;b,c\"@example.com"))
                                .build(),
                        "v=DMARC1; p=none; rua=mailto:%22a%3Bb%2Cc%22@example.com"),
                // other atext specials that a mailto URI must encode
                Arguments.of(
                        DmarcPolicy.builder()
                                .addAggregateReport(mailto("a#b&c=d?e/f%g@example.com"))
                                .build(),
                        "v=DMARC1; p=none; rua=mailto:a%23b%26c%3Dd%3Fe%2Ff%25g@example.com"),
                // an IDN report domain becomes its A-label
                Arguments.of(
                        DmarcPolicy.builder()
                                .addAggregateReport(mailto("dmarc@bücher.example"))
                                .build(),
                        "v=DMARC1; p=none; rua=mailto:dmarc@xn--bcher-kva.example"),
                // another URI scheme, kept
                Arguments.of(
                        DmarcPolicy.builder()
                                .addFailureReport(
                                        new ReportUri.Other(
                                                URI.create("https://r.example.net/x%21y"),
                                                Optional.empty()))
                                .build(),
                        "v=DMARC1; p=none; ruf=https://r.example.net/x%21y"),
                // unknown tags, kept last
                Arguments.of(
                        DmarcPolicy.builder()
                                .unknownTags(List.of(new UnknownTag("np", "reject")))
                                .build(),
                        "v=DMARC1; p=none; np=reject"));
    }

    @ParameterizedTest
    @MethodSource("policies")
    void format_writesCanonicalText(DmarcPolicy policy, String expected) {
        assertThat(policy.format()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("policies")
    void parse_givesBackThePolicy_itWasFormattedFrom(DmarcPolicy policy, String ignored) {
        assertThat(DmarcPolicy.parse(policy.format())).isEqualTo(policy);
    }

    @ParameterizedTest
    @MethodSource("policies")
    void format_isStable_afterParse(DmarcPolicy policy, String canonical) {
        assertThat(DmarcPolicy.parse(canonical).format()).isEqualTo(canonical);
    }

    @Test
    void builder_startsWithPolicyNone_andRfcDefaults() {
        var policy = DmarcPolicy.builder().build();
        assertThat(policy.policy()).isEqualTo(RequestedPolicy.NONE);
        assertThat(policy.percent()).isEqualTo(100);
        assertThat(policy.aggregateReports()).isEmpty();
        assertThat(policy.spfAlignment()).isEqualTo(Alignment.RELAXED);
        assertThat(policy.failureFormats()).containsExactly(ReportFormat.AFRF);
        assertThat(policy.reportIntervalSeconds()).isEqualTo(86_400);
    }

    @Test
    void toBuilder_keepsValues_andChangesOnlyWhatIsSet() {
        var base = DmarcPolicy.parse("v=DMARC1; p=none; sp=reject; rua=mailto:a@example.com; xx=1");
        var next = base.toBuilder().policy(RequestedPolicy.QUARANTINE).build();
        assertThat(next.format())
                .isEqualTo("v=DMARC1; p=quarantine; sp=reject; rua=mailto:a@example.com; xx=1");
        assertThat(base.policy()).isEqualTo(RequestedPolicy.NONE);
    }

    @Test
    void builder_subdomainsFollowPolicy_dropsSp() {
        var policy =
                DmarcPolicy.builder()
                        .subdomainPolicy(RequestedPolicy.REJECT)
                        .subdomainsFollowPolicy()
                        .build();
        assertThat(policy.format()).isEqualTo("v=DMARC1; p=none");
    }

    @Test
    void builder_rejectsPercentAbove100() {
        assertThatThrownBy(() -> DmarcPolicy.builder().percent(101).build())
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("dmarc: pct=101 is out of range");
    }

    @Test
    void builder_rejectsNegativeReportInterval() {
        assertThatThrownBy(() -> DmarcPolicy.builder().reportIntervalSeconds(-1).build())
                .hasMessageStartingWith("dmarc: ri=-1 is out of range");
    }

    @Test
    void builder_rejectsEmptyFailureOptions() {
        assertThatThrownBy(() -> DmarcPolicy.builder().failureOptions(Set.of()).build())
                .hasMessage("dmarc: fo has no value; expected one or more of 0, 1, d or s");
    }

    @Test
    void builder_rejectsUnknownTag_namedLikeAKnownOne() {
        assertThatThrownBy(() -> new UnknownTag("PCT", "5"))
                .hasMessage("dmarc: 'PCT' is a DMARC tag, not an unknown one");
    }

    @Test
    void policy_isImmutable() {
        var policy = DmarcPolicy.builder().addAggregateReport(mailto("a@example.com")).build();
        assertThatThrownBy(() -> policy.aggregateReports().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> policy.failureOptions().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recordName_isUnderscoreDmarc() {
        assertThat(DmarcPolicy.recordName(DomainName.parse("example.com")).ascii())
                .isEqualTo("_dmarc.example.com");
    }
}
