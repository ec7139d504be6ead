package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendready.check.CheckTestDns.IPV4;
import static org.sendready.check.CheckTestDns.IPV6;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendready.dns.DomainName;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.RecordPurpose;
import org.sendready.testing.Fault;

/// The HOST check against the test DNS server on 127.0.0.1.
class HostCheckTest {

    private final CheckTestDns dns = new CheckTestDns();
    private final SetupPlan plan = CheckTestDns.plan();
    private final HostCheck check = new HostCheck();

    @AfterEach
    void stop() {
        dns.close();
    }

    @Test
    void hostCheck_passes_whenAddressesAreAsPlanned() {
        var result = dns.serve(plan).run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.summary())
                .isEqualTo("mail.example.com points to " + IPV4 + " and " + IPV6 + ", as planned");
        assertThat(result.comparisons())
                .extracting(RecordComparison::verdict)
                .containsExactly(RecordVerdict.OK, RecordVerdict.OK);
        assertThat(result.fix()).isEmpty();
        assertThat(result.settlesWithin()).isEmpty();
        assertThat(result.details())
                .anyMatch(
                        line ->
                                line.startsWith("Asked " + dns.display())
                                        && line.contains("A records of mail.example.com: " + IPV4));
    }

    @Test
    void hostCheck_isPending_whenNameHasNoRecords_andSettlesWithinNegativeTtl() {
        var result = dns.serveWithout(plan, RecordPurpose.HOST).run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
        assertThat(result.summary())
                .startsWith("mail.example.com has no A record yet; publish " + IPV4);
        assertThat(result.fix()).isEqualTo(CheckTestDns.expected(plan, RecordPurpose.HOST));
        assertThat(result.comparisons())
                .allSatisfy(
                        c -> {
                            assertThat(c.verdict()).isEqualTo(RecordVerdict.MISSING);
                            assertThat(c.mistake()).isEmpty();
                        });
        assertThat(result.settlesWithin()).contains(CheckTestDns.NEGATIVE_TTL);
    }

    @Test
    void hostCheck_fails_whenAnotherAddressIsPublished_andSettlesWithinItsTtl() {
        dns.serveWithout(plan, RecordPurpose.HOST)
                .add("example.com", "mail 600 A 45.67.89.99\nmail 600 AAAA " + IPV6);

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .isEqualTo(
                        "mail.example.com points to 45.67.89.99, not to the planned "
                                + IPV4
                                + " (A records)");
        assertThat(result.comparisons())
                .extracting(RecordComparison::verdict)
                .containsExactly(RecordVerdict.WRONG, RecordVerdict.OK);
        assertThat(result.comparisons().getFirst().live()).containsExactly("45.67.89.99");
        assertThat(result.fix())
                .containsExactly(CheckTestDns.expected(plan, RecordPurpose.HOST).getFirst());
        assertThat(result.settlesWithin()).contains(Duration.ofSeconds(600));
        assertThat(result.details()).noneMatch(line -> line.contains("also resolves to"));
    }

    @Test
    void hostCheck_fails_whenDomainIsDoubledInHostField() {
        dns.serveWithout(plan, RecordPurpose.HOST)
                .add(
                        "example.com",
                        "mail.example.com A " + IPV4 + "\nmail.example.com AAAA " + IPV6);

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.comparisons())
                .allSatisfy(
                        c -> {
                            assertThat(c.verdict()).isEqualTo(RecordVerdict.MISSING);
                            assertThat(c.mistake())
                                    .hasValueSatisfying(
                                            m ->
                                                    assertThat(m)
                                                            .contains(
                                                                    "mail.example.com.example.com")
                                                            .contains("enter only 'mail'"));
                        });
        assertThat(result.fix()).isEqualTo(CheckTestDns.expected(plan, RecordPurpose.HOST));
        assertThat(result.settlesWithin()).contains(CheckTestDns.NEGATIVE_TTL);
    }

    @Test
    void hostCheck_fails_whenCnameStandsWhereAddressesBelong() {
        dns.serveWithout(plan, RecordPurpose.HOST).add("example.com", "mail CNAME nowhere");

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .startsWith(
                        "mail.example.com has no A record for "
                                + IPV4
                                + ": mail.example.com is an alias (CNAME) of"
                                + " nowhere.example.com, which has no A records");
        assertThat(result.details()).anyMatch(line -> line.contains("delete the CNAME"));
        assertThat(result.comparisons())
                .allSatisfy(
                        c ->
                                assertThat(c.mistake())
                                        .hasValueSatisfying(
                                                m ->
                                                        assertThat(m)
                                                                .contains(
                                                                        "RFC 1034 section 3.6.2")));
    }

    @Test
    void hostCheck_warns_whenNameIsAnAliasOfTheRightAddresses() {
        dns.serveWithout(plan, RecordPurpose.HOST)
                .add("example.com", "mail CNAME box\nbox A " + IPV4 + "\nbox AAAA " + IPV6);

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.summary())
                .startsWith("mail.example.com is an alias (CNAME) of box.example.com")
                .contains("RFC 2181 section 10.3");
        assertThat(result.comparisons())
                .extracting(RecordComparison::verdict)
                .containsOnly(RecordVerdict.OK);
    }

    @Test
    void hostCheck_warns_whenNameHasAnAddressThePlanDoesNotList() {
        dns.serve(plan).add("example.com", "mail A 45.67.89.11");

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.summary())
                .startsWith("mail.example.com also resolves to 45.67.89.11, which the plan does");
        assertThat(result.fix()).isEmpty();
    }

    @Test
    void hostCheck_warns_whenAddressIsPrivate() {
        var lan = plan.withHosts(List.of(PlanFixtures.host("mail.example.com", "192.168.1.10")));

        var result = dns.serve(lan).run(check, lan);

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.summary())
                .isEqualTo(
                        "mail.example.com resolves to 192.168.1.10, which is in 192.168.0.0/16, a"
                                + " private range (RFC 1918); it is not reachable from the"
                                + " internet");
    }

    @Test
    void hostCheck_checksEveryHost_whenPlanHasSeveral() {
        var two =
                plan.withHosts(
                        List.of(
                                PlanFixtures.host("mail.example.com", IPV4),
                                PlanFixtures.host("mx2.example.com", "45.67.89.20")));
        dns.serve(two, r -> !r.owner().equals(DomainName.parse("mx2.example.com")));

        var result = dns.run(check, two);

        assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
        assertThat(result.summary()).startsWith("mx2.example.com has no A record yet");
        assertThat(result.comparisons())
                .extracting(RecordComparison::verdict)
                .containsExactly(RecordVerdict.OK, RecordVerdict.MISSING);
    }

    @Test
    void hostCheck_errors_whenServerFails() {
        dns.serve(plan).fault("mail.example.com", Fault.servfail());

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(result.summary())
                .startsWith("Could not look up the A records of mail.example.com")
                .contains("(SERVFAIL)")
                .contains(dns.display());
        assertThat(result.fix()).isEmpty();
        assertThat(result.settlesWithin()).isEmpty();
    }

    @Test
    void hostCheck_errorsWithinItsDeadline_whenQueriesAreDropped() {
        dns.serve(plan).fault("mail.example.com", Fault.drop());

        var started = System.nanoTime();
        var result = dns.run(check, plan);
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(result.summary()).contains("no response in time");
        assertThat(took).isLessThan(CheckTestDns.CHECK_BOUND);
    }
}
