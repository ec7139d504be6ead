package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendready.check.CheckTestDns.IPV4;
import static org.sendready.check.CheckTestDns.IPV6;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.RecordPurpose;
import org.sendready.testing.Fault;

/// The HELO check against the test DNS server on 127.0.0.1.
class HeloCheckTest {

    private final CheckTestDns dns = new CheckTestDns();
    private final SetupPlan plan = CheckTestDns.plan();
    private final HeloCheck check = new HeloCheck();

    @AfterEach
    void stop() {
        dns.close();
    }

    /// Serves the plan with `txt` (zone-file data) instead of the HELO record, and `more`
    /// records (zone-file lines) in example.com.
    private CheckResult runWithHeloTxt(String txt, String... more) {
        dns.serveWithout(plan, RecordPurpose.HELO).add("example.com", "mail 600 TXT " + txt);
        for (var line : more) {
            dns.add("example.com", line);
        }
        return dns.run(check, plan);
    }

    @Test
    void heloCheck_appliesOnlyTo_hostsWithTheirOwnName() {
        var atApex = plan.withHosts(List.of(PlanFixtures.host("example.com", IPV4)));

        assertThat(dns.appliesTo(check, plan)).isTrue();
        assertThat(dns.appliesTo(check, atApex)).isFalse();
    }

    @Test
    void heloCheck_passes_whenHostNameHasItsSpfRecordAndAddresses() {
        var result = dns.serve(plan).run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.summary())
                .isEqualTo(
                        "mail.example.com has its own SPF record, passing the sending addresses");
        assertThat(result.comparisons())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.verdict()).isEqualTo(RecordVerdict.OK);
                            assertThat(c.live()).containsExactly("\"v=spf1 a -all\"");
                        });
        assertThat(result.details())
                .contains(
                        "check_host("
                                + IPV6
                                + ", mail.example.com) = pass (1 of 10 DNS lookups, 0 of 2 void)");
    }

    @Test
    void heloCheck_passes_whenRecordIsSplitAndSpacedDifferently() {
        var result = runWithHeloTxt("\"v=spf1  \" \"A   -all\"");

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.OK);
    }

    @Test
    void heloCheck_isPending_whenHostNameHasNoSpfRecord_andSettlesWithinNegativeTtl() {
        var result = dns.serveWithout(plan, RecordPurpose.HELO).run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
        assertThat(result.summary()).isEqualTo("mail.example.com has no SPF record yet");
        assertThat(result.fix()).isEqualTo(CheckTestDns.expected(plan, RecordPurpose.HELO));
        assertThat(result.settlesWithin()).contains(CheckTestDns.NEGATIVE_TTL);
    }

    @Test
    void heloCheck_isPending_whenRecordIsRightButHostHasNoAddressYet() {
        var result = dns.serveWithout(plan, RecordPurpose.HOST).run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
        assertThat(result.summary()).startsWith("mail.example.com has no address yet");
        assertThat(result.fix()).isEqualTo(CheckTestDns.expected(plan, RecordPurpose.HOST));
        assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.OK);
    }

    @Test
    void heloCheck_fails_whenHostNameHasTwoSpfRecords() {
        dns.serve(plan).add("example.com", "mail TXT \"v=spf1 ip4:" + IPV4 + " -all\"");

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .startsWith("mail.example.com has 2 SPF records")
                .contains("permerror, RFC 7208 sections 3.2 and 4.5");
        assertThat(result.fix()).isEqualTo(CheckTestDns.expected(plan, RecordPurpose.HELO));
        assertThat(result.settlesWithin()).contains(plan.ttls().spf());
    }

    @Test
    void heloCheck_fails_whenRecordDoesNotParse() {
        var result = runWithHeloTxt("\"v=spf1 ipv4:" + IPV4 + " -all\"");

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .startsWith("The SPF record of mail.example.com is not valid (position 8:")
                .contains("did you mean 'ip4'");
        assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.WRONG);
    }

    @Test
    void heloCheck_fails_whenRecordDoesNotPassTheSendingAddresses() {
        var result = runWithHeloTxt("\"v=spf1 ip4:45.67.89.99 -all\"");

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .isEqualTo(
                        "The SPF record of mail.example.com does not pass "
                                + IPV4
                                + " (fail) and "
                                + IPV6
                                + " (fail): publish the planned record");
        assertThat(result.fix()).isEqualTo(CheckTestDns.expected(plan, RecordPurpose.HELO));
        assertThat(result.settlesWithin()).contains(Duration.ofSeconds(600));
    }

    @Test
    void heloCheck_fails_whenRecordIsPublishedAsSpfType() {
        dns.serveWithout(plan, RecordPurpose.HELO).add("example.com", "mail SPF \"v=spf1 a -all\"");

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .isEqualTo(
                        "mail.example.com has no SPF record: it is published as the obsolete SPF"
                                + " record type instead of TXT");
        assertThat(result.comparisons().getFirst().mistake())
                .hasValueSatisfying(m -> assertThat(m).contains("RFC 7208 section 14.1"));
    }

    @Test
    void heloCheck_fails_whenRecordHasStrayQuotes() {
        var result = runWithHeloTxt("\"\\\"v=spf1 a -all\\\"\"");

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary()).contains("stray quotes or spaces");
        assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.WRONG);
    }

    @Test
    void heloCheck_warns_whenRecordDiffersButPassesTheSendingAddresses() {
        var result = runWithHeloTxt("\"v=spf1 ip4:" + IPV4 + " ip6:" + IPV6 + " -all\"");

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.summary())
                .isEqualTo(
                        "The SPF record of mail.example.com differs from the plan's but passes"
                                + " the sending addresses");
        assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.WRONG);
        assertThat(result.fix()).isEqualTo(CheckTestDns.expected(plan, RecordPurpose.HELO));
    }

    @Test
    void heloCheck_warnsOnlyThatItDiffers_whenIncludedRecordAuthorisesTheAddresses() {
        var result =
                runWithHeloTxt(
                        "\"v=spf1 include:_spf.example.com -all\"",
                        "_spf 600 TXT \"v=spf1 ip4:" + IPV4 + " ip6:" + IPV6 + " -all\"");

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.summary())
                .isEqualTo(
                        "The SPF record of mail.example.com differs from the plan's but passes"
                                + " the sending addresses");
        assertThat(result.details())
                .contains(
                        "check_host("
                                + IPV4
                                + ", mail.example.com) = pass (1 of 10 DNS lookups, 0 of 2 void)");
    }

    @Test
    void heloCheck_fails_whenIncludedRecordDoesNotAuthoriseTheAddresses() {
        var result =
                runWithHeloTxt(
                        "\"v=spf1 include:_spf.example.com -all\"",
                        "_spf 600 TXT \"v=spf1 ip4:45.67.89.99 -all\"");

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .isEqualTo(
                        "The SPF record of mail.example.com does not pass "
                                + IPV4
                                + " (fail) and "
                                + IPV6
                                + " (fail): publish the planned record");
        assertThat(result.details())
                .contains(
                        "check_host("
                                + IPV4
                                + ", mail.example.com) = fail (1 of 10 DNS lookups, 0 of 2 void)");
        assertThat(result.fix()).isEqualTo(CheckTestDns.expected(plan, RecordPurpose.HELO));
    }

    @Test
    void heloCheck_errors_whenServerFails() {
        dns.serve(plan).fault("mail.example.com", Fault.servfail());

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(result.summary())
                .startsWith("Could not look up the TXT records of mail.example.com")
                .contains("(SERVFAIL)");
        assertThat(result.fix()).isEmpty();
    }

    @Test
    void heloCheck_errorsWithinItsDeadline_whenQueriesAreDropped() {
        dns.serve(plan).fault("mail.example.com", Fault.drop());

        var started = System.nanoTime();
        var result = dns.run(check, plan);
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(took).isLessThan(CheckTestDns.CHECK_BOUND);
    }
}
