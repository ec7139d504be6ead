package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendready.plan.SetupPlan;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;
import org.sendready.spf.SpfParser;
import org.sendready.testing.Fault;

/// The BOUNCE check against the test DNS server on 127.0.0.1.
class BounceCheckTest {

    private final CheckTestDns dns = new CheckTestDns();
    private final SetupPlan plan = CheckTestDns.bouncing();
    private final BounceCheck check = new BounceCheck();

    @AfterEach
    void stop() {
        dns.close();
    }

    @Test
    void bounceCheck_appliesOnlyTo_plansWithABounceDomain() {
        assertThat(dns.appliesTo(check, plan)).isTrue();
        assertThat(dns.appliesTo(check, CheckTestDns.plan())).isFalse();
    }

    @Test
    void bounceCheck_passes_whenBounceDomainHasItsMxAndSpf() {
        var result = dns.serve(plan).run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.summary())
                .isEqualTo(
                        "bounces.example.com takes bounces at its MX hosts and has its SPF record");
        assertThat(result.comparisons())
                .extracting(c -> c.expected().data().type() + " " + c.verdict())
                .containsExactly("MX OK", "TXT OK");
        assertThat(result.details())
                .filteredOn(line -> line.startsWith("check_host("))
                .containsExactly(
                        "check_host(45.67.89.10, bounces.example.com) = pass (0 of 10 DNS lookups,"
                                + " 0 of 2 void)",
                        "check_host(2a0e:1d80::10, bounces.example.com) = pass (0 of 10 DNS"
                                + " lookups, 0 of 2 void)");
    }

    @Test
    void bounceCheck_isPending_whenNothingIsPublished_andSettlesWithinNegativeTtl() {
        var result = dns.serveWithout(plan, RecordPurpose.BOUNCE).run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
        assertThat(result.summary())
                .isEqualTo(
                        "bounces.example.com has no MX records yet, so mail for it cannot be"
                                + " delivered (and 1 more, see details)");
        assertThat(result.details()).contains("bounces.example.com has no SPF record yet");
        assertThat(result.fix()).isEqualTo(CheckTestDns.expected(plan, RecordPurpose.BOUNCE));
        assertThat(result.comparisons())
                .extracting(RecordComparison::verdict)
                .containsOnly(RecordVerdict.MISSING);
        assertThat(result.settlesWithin()).contains(CheckTestDns.NEGATIVE_TTL);
    }

    @Test
    void bounceCheck_fails_whenSpfDoesNotPassTheSendingAddresses() {
        dns.serve(
                        plan,
                        r ->
                                !(r.purpose() == RecordPurpose.BOUNCE
                                        && r.data() instanceof RecordData.Txt))
                .add("example.com", "bounces 300 TXT \"v=spf1 -all\"");

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .isEqualTo(
                        "The SPF record of bounces.example.com does not pass 45.67.89.10 (fail)"
                                + " and 2a0e:1d80::10 (fail): publish the planned record");
        assertThat(result.fix())
                .singleElement()
                .satisfies(r -> assertThat(r.data()).isInstanceOf(RecordData.Txt.class));
        assertThat(result.settlesWithin()).contains(Duration.ofSeconds(300));
    }

    @Test
    void bounceCheck_passes_whenItsSpfIncludesAnotherRecordThatListsTheHosts() {
        var including = plan.withSpf(SpfParser.parse("v=spf1 include:_spf.example.com -all"));
        dns.serve(including)
                .add(
                        "example.com",
                        "_spf 300 TXT \"v=spf1 ip4:"
                                + CheckTestDns.IPV4
                                + " ip6:"
                                + CheckTestDns.IPV6
                                + " -all\"");

        var result = dns.run(check, including);

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.details())
                .filteredOn(line -> line.startsWith("check_host("))
                .containsExactly(
                        "check_host(45.67.89.10, bounces.example.com) = pass (1 of 10 DNS lookups,"
                                + " 0 of 2 void)",
                        "check_host(2a0e:1d80::10, bounces.example.com) = pass (1 of 10 DNS"
                                + " lookups, 0 of 2 void)");
    }

    @Test
    void bounceCheck_fails_whenItsSpfIncludesARecordThatIsMissing() {
        var including = plan.withSpf(SpfParser.parse("v=spf1 include:_spf.example.com -all"));
        dns.serve(including);

        var result = dns.run(check, including);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.details())
                .filteredOn(line -> line.startsWith("check_host(45.67.89.10"))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("= permerror"));
    }

    @Test
    void bounceCheck_fails_whenBounceDomainPublishesNullMx() {
        dns.serve(
                        plan,
                        r ->
                                !(r.purpose() == RecordPurpose.BOUNCE
                                        && r.data() instanceof RecordData.Mx))
                .add("example.com", "bounces MX 0 .");

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary()).startsWith("bounces.example.com publishes a null MX (0 .)");
    }

    @Test
    void bounceCheck_errors_whenServerFails() {
        dns.serve(plan).fault("bounces.example.com", Fault.servfail());

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(result.summary())
                .startsWith("Could not look up the MX records of bounces.example.com")
                .contains("(SERVFAIL)")
                .contains("(and 1 more, see details)");
        assertThat(result.fix()).isEmpty();
    }

    @Test
    void bounceCheck_errorsWithinItsDeadline_whenQueriesAreDropped() {
        dns.serve(plan).fault("bounces.example.com", Fault.drop());

        var started = System.nanoTime();
        var result = dns.run(check, plan);
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(took).isLessThan(CheckTestDns.CHECK_BOUND);
    }
}
