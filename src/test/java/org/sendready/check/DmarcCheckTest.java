package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.RecordPurpose;
import org.sendready.testing.Fault;

/// The DMARC check against records served by a real DNS server on 127.0.0.1.
class DmarcCheckTest {

    private static final DmarcCheck CHECK = new DmarcCheck();

    private static SetupPlan plan(String dmarc) {
        return PlanFixtures.example().withDmarc(DmarcPolicy.parse(dmarc));
    }

    @Test
    void dmarcCheck_passesWithNextStepAdvice_whenPlanIsMonitoringOnly() throws Exception {
        try (var dns = TxtCheckTestDns.publishing(PlanFixtures.example())) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PASS);
            assertThat(result.summary())
                    .isEqualTo("DMARC record published: p=none (monitoring only)");
            assertThat(result.details())
                    .anyMatch(
                            d ->
                                    d.contains(
                                            "Next step: quarantine, then reject once reports look clean"));
            assertThat(result.fix()).isEmpty();
            assertThat(result.comparisons())
                    .singleElement()
                    .satisfies(c -> assertThat(c.verdict()).isEqualTo(RecordVerdict.OK));
            assertThat(result.settlesWithin()).isEmpty();
        }
    }

    @Test
    void dmarcCheck_isPendingWithFix_whenNoRecordIsPublished() throws Exception {
        var plan = PlanFixtures.example();
        try (var dns = TxtCheckTestDns.publishingAllBut(plan, RecordPurpose.DMARC)) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
            assertThat(result.summary()).isEqualTo("No DMARC record at _dmarc.example.com yet");
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.DMARC));
            assertThat(result.settlesWithin()).contains(TxtCheckTestDns.NEGATIVE_TTL);
            assertThat(result.comparisons())
                    .singleElement()
                    .satisfies(c -> assertThat(c.verdict()).isEqualTo(RecordVerdict.MISSING));
            assertThat(result.details()).anyMatch(d -> d.contains("no such name (NXDOMAIN)"));
        }
    }

    @Test
    void dmarcCheck_fails_whenDomainDoubledInHostField() throws Exception {
        var plan = PlanFixtures.example();
        try (var dns =
                TxtCheckTestDns.publishingAllBut(plan, RecordPurpose.DMARC)
                        .publish(
                                "example.com",
                                "_dmarc.example.com.example.com. 600 TXT \"v=DMARC1; p=none\"")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary()).contains("_dmarc.example.com.example.com");
            assertThat(result.comparisons())
                    .singleElement()
                    .satisfies(
                            c -> {
                                assertThat(c.verdict()).isEqualTo(RecordVerdict.MISSING);
                                assertThat(c.mistake().orElseThrow())
                                        .contains("domain is written twice")
                                        .contains("enter only _dmarc");
                            });
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.DMARC));
        }
    }

    @Test
    void dmarcCheck_fails_whenTwoRecordsArePublished() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishing(PlanFixtures.example())
                        .publish("example.com", "_dmarc 600 TXT \"v=DMARC1; p=reject\"")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .isEqualTo(
                            "2 DMARC records at _dmarc.example.com: receivers ignore all of them"
                                    + " (RFC 7489 section 6.6.3)");
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.DMARC));
            assertThat(result.settlesWithin()).contains(Duration.ofSeconds(600));
            assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.WRONG);
        }
    }

    @Test
    void dmarcCheck_failsWithParserReason_whenRecordDoesNotParse() throws Exception {
        var plan = PlanFixtures.example();
        try (var dns =
                TxtCheckTestDns.publishingAllBut(plan, RecordPurpose.DMARC)
                        .publish("example.com", "_dmarc TXT \"v=DMARC1; p=block\"")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .startsWith("The DMARC record is not valid: p=block is not a policy");
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.DMARC));
        }
    }

    @Test
    void dmarcCheck_failsNamingTheTagOrder_whenVersionIsNotFirst() throws Exception {
        var plan = PlanFixtures.example();
        try (var dns =
                TxtCheckTestDns.publishingAllBut(plan, RecordPurpose.DMARC)
                        .publish("example.com", "_dmarc TXT \"p=none; v=DMARC1\"")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary()).contains("v=DMARC1 must be the first tag");
        }
    }

    @Test
    void dmarcCheck_isPending_whenOnlyOtherTextIsPublished() throws Exception {
        var plan = PlanFixtures.example();
        try (var dns =
                TxtCheckTestDns.publishingAllBut(plan, RecordPurpose.DMARC)
                        .publish(
                                "example.com", "_dmarc 120 TXT \"google-site-verification=abc\"")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
            assertThat(result.settlesWithin()).contains(Duration.ofSeconds(120));
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.DMARC));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // p weaker than planned: failing mail is delivered instead of refused
                "v=DMARC1; p=none | The published policy p=none is weaker than the plan's p=reject",
                // sp weaker than planned, p as planned
                "v=DMARC1; p=reject; sp=quarantine | The published policy for subdomains sp=quarantine is"
                        + " weaker than the plan's sp=reject",
                // the policy applies to only part of the failing mail
                "v=DMARC1; p=reject; pct=20 | The published pct=20 applies the policy to only 20% of"
                        + " failing mail; the plan says 100%",
            })
    void dmarcCheck_warns_whenLivePolicyIsWeakerThanPlan(String live, String summary)
            throws Exception {
        var plan = plan("v=DMARC1; p=reject");
        try (var dns =
                TxtCheckTestDns.publishingAllBut(plan, RecordPurpose.DMARC)
                        .publish("example.com", "_dmarc 900 TXT \"" + live + "\"")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.WARN);
            assertThat(result.summary()).isEqualTo(summary);
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.DMARC));
            assertThat(result.settlesWithin()).contains(Duration.ofSeconds(900));
            assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.WRONG);
        }
    }

    @Test
    void dmarcCheck_passesWithDetail_whenLivePolicyIsStricterThanPlan() throws Exception {
        var plan = plan("v=DMARC1; p=quarantine");
        try (var dns =
                TxtCheckTestDns.publishingAllBut(plan, RecordPurpose.DMARC)
                        .publish("example.com", "_dmarc TXT \"v=DMARC1; p=reject\"")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PASS);
            assertThat(result.summary()).isEqualTo("DMARC record published: p=reject");
            assertThat(result.details())
                    .anyMatch(
                            d ->
                                    d.startsWith(
                                            "The published policy p=reject is stricter than the plan's p=quarantine"));
            assertThat(result.fix()).isEmpty();
        }
    }

    @Test
    void dmarcCheck_passes_whenRecordIsSplitAndTagsAreReordered() throws Exception {
        var plan = plan("v=DMARC1; p=reject; rua=mailto:dmarc@example.com; adkim=s");
        try (var dns =
                TxtCheckTestDns.publishingAllBut(plan, RecordPurpose.DMARC)
                        .publish(
                                "example.com",
                                "_dmarc TXT \"v=DMARC1;  adkim=S;\" \" RUA=mailto:dmarc@example.com;"
                                        + " p=reject;\"")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PASS);
            assertThat(result.comparisons())
                    .singleElement()
                    .satisfies(
                            c -> {
                                assertThat(c.verdict()).isEqualTo(RecordVerdict.OK);
                                assertThat(c.live())
                                        .containsExactly(
                                                "\"v=DMARC1;  adkim=S;\" \" RUA=mailto:dmarc@example.com;"
                                                        + " p=reject;\"");
                            });
        }
    }

    @Test
    void dmarcCheck_warns_whenReportDomainHasNoAuthorization() throws Exception {
        var plan = plan("v=DMARC1; p=none; rua=mailto:agg@reports.example.net");
        try (var dns = TxtCheckTestDns.publishingAllBut(plan, RecordPurpose.REPORT_AUTHORIZATION)) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.WARN);
            assertThat(result.summary())
                    .isEqualTo(
                            "Reports to reports.example.net will not be sent: it has not"
                                    + " authorised them");
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.REPORT_AUTHORIZATION));
            assertThat(result.fix().getFirst().owner().ascii())
                    .isEqualTo("example.com._report._dmarc.reports.example.net");
            assertThat(result.comparisons())
                    .extracting(RecordComparison::verdict)
                    .containsExactly(RecordVerdict.OK, RecordVerdict.MISSING);
            assertThat(result.settlesWithin()).contains(TxtCheckTestDns.NEGATIVE_TTL);
        }
    }

    @Test
    void dmarcCheck_passes_whenReportDomainAuthorizesReports() throws Exception {
        var plan = plan("v=DMARC1; p=none; rua=mailto:agg@reports.example.net");
        try (var dns = TxtCheckTestDns.publishing(plan)) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PASS);
            assertThat(result.details())
                    .anyMatch(d -> d.startsWith("reports.example.net accepts DMARC reports"));
            assertThat(result.comparisons())
                    .extracting(RecordComparison::verdict)
                    .containsExactly(RecordVerdict.OK, RecordVerdict.OK);
        }
    }

    @Test
    void dmarcCheck_checksTheLiveReportDomain_whenThePlanHasNone() throws Exception {
        var plan = PlanFixtures.example();
        try (var dns =
                TxtCheckTestDns.publishingAllBut(plan, RecordPurpose.DMARC)
                        .publish(
                                "example.com",
                                "_dmarc TXT \"v=DMARC1; p=none; ruf=mailto:f@vendor.example\"")
                        .publish("vendor.example", "")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.WARN);
            assertThat(result.summary()).startsWith("Reports to vendor.example will not be sent");
            assertThat(result.fix())
                    .singleElement()
                    .satisfies(
                            r -> {
                                assertThat(r.owner().ascii())
                                        .isEqualTo("example.com._report._dmarc.vendor.example");
                                assertThat(r.zone().ascii()).isEqualTo("vendor.example");
                                assertThat(r.purpose())
                                        .isEqualTo(RecordPurpose.REPORT_AUTHORIZATION);
                            });
        }
    }

    @Test
    void dmarcCheck_fails_whenCnameAndTxtShareTheName() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishing(PlanFixtures.example())
                        .publish("example.com", "_dmarc CNAME dmarc.provider.example.")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .startsWith("_dmarc.example.com has a CNAME and TXT records at the same name");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // the server answers SERVFAIL
        "servfail, the server failed (SERVFAIL)",
        // the server refuses
        "refused, the server refused the query (REFUSED)",
        // the server never answers: the resolver's deadline ends the wait
        "drop, no response in time",
    })
    void dmarcCheck_reportsErrorWithoutFix_whenDnsFails(String fault, String description)
            throws Exception {
        try (var dns =
                TxtCheckTestDns.publishing(PlanFixtures.example())
                        .fault("_dmarc.example.com", fault(fault))) {
            long start = System.nanoTime();
            var result = dns.run(CHECK);
            var took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
            assertThat(result.summary())
                    .startsWith("DNS could not answer for _dmarc.example.com: " + description)
                    .contains("127.0.0.1:");
            assertThat(result.fix()).isEmpty();
            assertThat(result.settlesWithin()).isEqualTo(Optional.empty());
            assertThat(took).isLessThan(TxtCheckTestDns.DEADLINE.multipliedBy(2));
        }
    }

    static Fault fault(String name) {
        return switch (name) {
            case "servfail" -> Fault.servfail();
            case "refused" -> Fault.refused();
            case "drop" -> Fault.drop();
            default -> throw new IllegalArgumentException(name);
        };
    }
}
