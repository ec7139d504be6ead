package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendready.check.CheckTestDns.IPV4;
import static org.sendready.check.CheckTestDns.IPV6;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendready.plan.SetupPlan;
import org.sendready.records.RecordPurpose;
import org.sendready.testing.Fault;

/// The MX check against the test DNS server on 127.0.0.1.
class MxCheckTest {

    private final CheckTestDns dns = new CheckTestDns();
    private final SetupPlan plan = CheckTestDns.receiving();
    private final MxCheck check = new MxCheck();

    @AfterEach
    void stop() {
        dns.close();
    }

    @Test
    void mxCheck_appliesOnlyTo_plansThatReceiveMail() {
        assertThat(dns.appliesTo(check, plan)).isTrue();
        assertThat(dns.appliesTo(check, CheckTestDns.plan())).isFalse();
    }

    @Test
    void mxCheck_passes_whenMxListsThePlannedHostAndItResolves() {
        var result = dns.serve(plan).run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.summary())
                .isEqualTo("Mail for example.com goes to mail.example.com, which resolves");
        assertThat(result.comparisons())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.verdict()).isEqualTo(RecordVerdict.OK);
                            assertThat(c.live()).containsExactly("10 mail.example.com.");
                        });
        assertThat(result.details())
                .anyMatch(line -> line.contains("MX records of example.com: 10 mail.example.com."))
                .anyMatch(line -> line.contains("A records of mail.example.com: " + IPV4))
                .anyMatch(line -> line.contains("AAAA records of mail.example.com: " + IPV6));
    }

    @Test
    void mxCheck_isPending_whenDomainHasNoMx_andSettlesWithinNegativeTtl() {
        var result = dns.serveWithout(plan, RecordPurpose.MX).run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
        assertThat(result.summary())
                .isEqualTo("example.com has no MX records yet, so mail for it cannot be delivered");
        assertThat(result.fix()).isEqualTo(CheckTestDns.expected(plan, RecordPurpose.MX));
        assertThat(result.comparisons())
                .extracting(RecordComparison::verdict)
                .containsExactly(RecordVerdict.MISSING);
        assertThat(result.settlesWithin()).contains(CheckTestDns.NEGATIVE_TTL);
    }

    @Test
    void mxCheck_fails_whenDomainPublishesNullMx() {
        dns.serveWithout(plan, RecordPurpose.MX).add("example.com", "@ 1800 MX 0 .");

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .startsWith("example.com publishes a null MX (0 .)")
                .contains("RFC 7505");
        assertThat(result.fix()).isEqualTo(CheckTestDns.expected(plan, RecordPurpose.MX));
        assertThat(result.settlesWithin()).contains(Duration.ofSeconds(1800));
    }

    @Test
    void mxCheck_fails_whenMxNamesAnotherHost() {
        dns.serveWithout(plan, RecordPurpose.MX)
                .add("example.com", "@ MX 10 mx.example.com.\nmx A 45.67.89.30");

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .startsWith(
                        "The MX records of example.com (10 mx.example.com.) do not list"
                                + " mail.example.com");
        assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.WRONG);
        assertThat(result.details())
                .anyMatch(
                        line ->
                                line.startsWith(
                                        "example.com also lists the mail exchanger"
                                                + " mx.example.com"));
    }

    @Test
    void mxCheck_fails_whenDomainIsDoubledInHostField() {
        dns.serveWithout(plan, RecordPurpose.MX)
                .add("example.com", "example.com.example.com. MX 10 mail.example.com.");

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .isEqualTo(
                        "example.com has no MX records: the MX records are at"
                                + " example.com.example.com, with the domain written twice");
        assertThat(result.comparisons().getFirst().mistake())
                .hasValueSatisfying(
                        m -> assertThat(m).contains("enter @ (or leave the host empty)"));
    }

    @Test
    void mxCheck_warns_whenDomainHasAnExtraMx() {
        dns.serve(plan)
                .add("example.com", "@ MX 50 backup.example.net.")
                .zone("example.net", "backup A 45.67.90.1");

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.summary())
                .startsWith(
                        "example.com also lists the mail exchanger backup.example.net, which the"
                                + " plan does not have");
        assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.OK);
    }

    @Test
    void mxCheck_warns_whenMxPointsAtAnAlias() {
        dns.serveWithout(plan, RecordPurpose.HOST)
                .add("example.com", "mail CNAME box\nbox A " + IPV4);

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.summary())
                .startsWith(
                        "The MX record of example.com points at an alias: mail.example.com is an"
                                + " alias (CNAME) of box.example.com")
                .contains("RFC 2181 section 10.3");
    }

    @Test
    void mxCheck_isPending_whenPlannedExchangerHasNoAddress() {
        var result = dns.serveWithout(plan, RecordPurpose.HOST).run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
        assertThat(result.summary())
                .isEqualTo(
                        "mail.example.com, the mail exchanger of example.com, has no address (A"
                                + " or AAAA record) yet, so senders cannot deliver to it");
        assertThat(result.fix()).isEqualTo(CheckTestDns.expected(plan, RecordPurpose.HOST));
        assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.OK);
    }

    @Test
    void mxCheck_errors_whenServerFails() {
        dns.serve(plan).fault("example.com", Fault.servfail());

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(result.summary())
                .startsWith("Could not look up the MX records of example.com")
                .contains("(SERVFAIL)");
        assertThat(result.fix()).isEmpty();
        assertThat(result.settlesWithin()).isEmpty();
    }

    @Test
    void mxCheck_errorsWithinItsDeadline_whenExchangerLookupIsDropped() {
        dns.serve(plan).fault("mail.example.com", Fault.drop());

        var started = System.nanoTime();
        var result = dns.run(check, plan);
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(result.summary()).contains("mail.example.com").contains("no response in time");
        assertThat(took).isLessThan(CheckTestDns.CHECK_BOUND);
    }
}
