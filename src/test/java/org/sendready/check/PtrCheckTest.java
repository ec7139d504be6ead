package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendready.check.CheckTestDns.IPV4;
import static org.sendready.check.CheckTestDns.IPV6;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.ReverseName;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.RecordPurpose;
import org.sendready.testing.Fault;

/// The PTR check against the test DNS server on 127.0.0.1, IPv4 and IPv6.
class PtrCheckTest {

    private final CheckTestDns dns = new CheckTestDns();
    private final SetupPlan plan = CheckTestDns.plan();
    private final PtrCheck check = new PtrCheck();

    @AfterEach
    void stop() {
        dns.close();
    }

    private static ReverseName reverse(String ip) {
        return ReverseName.of(IpAddresses.parse(ip, "ip"));
    }

    /// Publishes `data` at the reverse name of `ip` (absolute names).
    private void addPtr(String ip, String data) {
        var name = reverse(ip);
        dns.add(name.zone().ascii(), name.owner().absolute() + " 900 PTR " + data);
    }

    @Test
    void ptrCheck_passes_whenBothAddressesAreForwardConfirmed() {
        var result = dns.serve(plan).run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.summary())
                .isEqualTo(
                        "All 2 sending addresses have forward-confirmed reverse DNS naming"
                                + " their host");
        assertThat(result.comparisons())
                .extracting(c -> c.expected().owner())
                .containsExactly(reverse(IPV4).owner(), reverse(IPV6).owner());
        assertThat(result.comparisons())
                .extracting(RecordComparison::verdict)
                .containsOnly(RecordVerdict.OK);
        assertThat(result.details())
                .contains(
                        "Forward-confirmed: "
                                + IPV6
                                + " names mail.example.com, which points back to "
                                + IPV6
                                + ".")
                .contains(PtrCheck.PROVIDER_NOTE);
    }

    @Test
    void ptrCheck_isPending_whenNoPtrIsPublished_andSaysTheProviderPublishesIt() {
        var result = dns.serveWithout(plan, RecordPurpose.PTR).run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
        assertThat(result.summary())
                .startsWith(
                        IPV4
                                + " has no reverse DNS (PTR record) yet; it must name"
                                + " mail.example.com");
        assertThat(result.fix()).isEqualTo(CheckTestDns.expected(plan, RecordPurpose.PTR));
        assertThat(result.settlesWithin()).contains(CheckTestDns.NEGATIVE_TTL);
        assertThat(result.details()).last().asString().contains("usually the hosting provider");
    }

    @Test
    void ptrCheck_fails_whenPtrNamesAnotherHost() {
        dns.serve(plan, r -> !r.owner().equals(reverse(IPV6).owner()));
        addPtr(IPV6, "vps-1234.provider.example.");

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .isEqualTo(
                        "The reverse DNS of "
                                + IPV6
                                + " names vps-1234.provider.example., not mail.example.com, the"
                                + " name the server greets with: set the PTR record to"
                                + " mail.example.com. (or, if the server greets with that other"
                                + " name, make it the plan's host name)");
        assertThat(result.comparisons())
                .extracting(RecordComparison::verdict)
                .containsExactly(RecordVerdict.OK, RecordVerdict.WRONG);
        assertThat(result.fix())
                .containsExactly(CheckTestDns.expected(plan, RecordPurpose.PTR).get(1));
        assertThat(result.settlesWithin()).contains(Duration.ofSeconds(900));
    }

    @Test
    void ptrCheck_warns_whenAnAddressHasSeveralPtrRecords() {
        dns.serve(plan);
        addPtr(IPV4, "old-name.example.com.");

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.summary())
                .startsWith(IPV4 + " has 2 PTR records (")
                .contains("receivers may pick any of them, so keep only mail.example.com.");
        assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.OK);
        assertThat(result.comparisons().getFirst().mistake()).isPresent();
    }

    @Test
    void ptrCheck_fails_whenHostNameDoesNotPointBackToTheAddress() {
        dns.serve(plan)
                .remove("example.com", "mail", "A")
                .add("example.com", "mail 120 A 45.67.89.77");

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .startsWith(
                        "mail.example.com does not point back to "
                                + IPV4
                                + " (it points to 45.67.89.77): receivers look the PTR name up"
                                + " again")
                .contains("forward-confirmed reverse DNS");
        assertThat(result.fix())
                .containsExactly(CheckTestDns.expected(plan, RecordPurpose.HOST).getFirst());
        assertThat(result.settlesWithin()).contains(Duration.ofSeconds(120));
    }

    @Test
    void ptrCheck_isPending_whenHostNameHasNoAddressYet() {
        var result = dns.serveWithout(plan, RecordPurpose.HOST).run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
        assertThat(result.summary())
                .startsWith(
                        "mail.example.com has no A record yet, so the reverse DNS of "
                                + IPV4
                                + " cannot be confirmed");
        assertThat(result.fix()).isEqualTo(CheckTestDns.expected(plan, RecordPurpose.HOST));
    }

    @Test
    void ptrCheck_warns_whenSendingAddressIsPrivate() {
        var lan = plan.withHosts(List.of(PlanFixtures.host("mail.example.com", "10.0.0.25")));

        var result = dns.serve(lan).run(check, lan);

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.summary())
                .startsWith("10.0.0.25 is in 10.0.0.0/8, a private range (RFC 1918)")
                .endsWith("put that one in the plan");
    }

    @Test
    void ptrCheck_errors_whenServerFails() {
        dns.serve(plan).fault(reverse(IPV4).owner().ascii(), Fault.refused());

        var result = dns.run(check, plan);

        assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(result.summary())
                .startsWith("Could not look up the PTR records of " + reverse(IPV4).owner())
                .contains("(REFUSED)")
                .contains(dns.display());
        assertThat(result.fix()).isEmpty();
    }

    @Test
    void ptrCheck_errorsWithinItsDeadline_whenForwardLookupIsDropped() {
        dns.serve(plan).fault("mail.example.com", Fault.drop());

        var started = System.nanoTime();
        var result = dns.run(check, plan);
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(result.summary()).contains("mail.example.com").contains("no response in time");
        assertThat(took).isLessThan(CheckTestDns.CHECK_BOUND);
    }
}
