package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.RrType;
import org.sendready.dnsbl.BlocklistCatalogue;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.testing.InMemoryDns;

/// The blocklist step: its status for each kind of answer, its wording, and its place last on
/// the board.
class DnsblCheckTest {
    private static final String ZEN_NAME = "10.89.67.45.zen.spamhaus.org";

    private final SetupPlan plan =
            SetupPlan.start(
                    DomainName.parse("example.com"),
                    List.of(PlanFixtures.host("mail.example.com", "45.67.89.10", "192.0.2.10")),
                    List.of());

    private CheckResult run(InMemoryDns dns) {
        return DnsblCheck.standard()
                .run(CheckContext.of(plan, dns))
                .orTimeout(5, TimeUnit.SECONDS)
                .join();
    }

    @Test
    void dnsblCheck_passes_whenNoListListsAnything() {
        var result = run(new InMemoryDns());

        assertThat(result.step()).isEqualTo(StepId.DNSBL);
        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.summary()).isEqualTo("Not listed on any of 9 blocklists");
        assertThat(result.details())
                .containsExactly(
                        "Asked about 45.67.89.10, example.com: spamhaus-zen, barracuda, spamcop,"
                                + " uceprotect-1, psbl, mailspike, spamhaus-dbl, surbl, uribl.",
                        "Skipped: 192.0.2.10 is in 192.0.2.0/24, a range reserved for"
                                + " documentation examples (RFC 5737); it is not reachable from"
                                + " the internet, so no blocklist lists it.");
        assertThat(result.fix()).isEmpty();
    }

    @Test
    void dnsblCheck_fails_withTheMeaningReasonAndRemovalPage_whenAnAddressIsListed() {
        var dns =
                new InMemoryDns()
                        .address(ZEN_NAME, "127.0.0.3")
                        .txt(ZEN_NAME, "https://check.spamhaus.org/sbl/query/SBLCSS");

        var result = run(dns);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .isEqualTo(
                        "Listed: 45.67.89.10 on Spamhaus ZEN; see the list's reason and removal"
                                + " page");
        assertThat(result.details())
                .startsWith(
                        "45.67.89.10 on Spamhaus ZEN (zen.spamhaus.org): listed: 127.0.0.3 (SBL"
                                + " CSS: a low-reputation address seen sending spam (automated))",
                        "  reason: https://check.spamhaus.org/sbl/query/SBLCSS",
                        "  removal: https://check.spamhaus.org/");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // Spamhaus refuses public resolvers: no verdict, and never FAIL
        "127.255.255.254, ERROR, Spamhaus ZEN refused this resolver (not a listing)",
        // over Spamhaus' free volume: the same
        "127.255.255.255, ERROR, Spamhaus ZEN refused this resolver",
        // an address no list answers: a resolver rewriting NXDOMAIN
        "198.51.100.7, WARN, does the resolver rewrite missing names?"
    })
    void dnsblCheck_neverFails_forAnswersThatAreNoListing(
            String answer, CheckStatus status, String summary) {
        var result = run(new InMemoryDns().address(ZEN_NAME, answer));

        assertThat(result.status()).isEqualTo(status);
        assertThat(result.summary()).contains(summary);
    }

    @Test
    void dnsblCheck_isAnError_whenAListFails() {
        var dns = new InMemoryDns().fail(ZEN_NAME, RrType.A, DnsAnswer.Failure.SERVFAIL);

        var result = run(dns);

        assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(result.summary())
                .isEqualTo(
                        "Not listed as far as the lists answered; 1 gave no answer in time or"
                                + " failed: re-check later");
    }

    @Test
    void checker_putsTheBlocklistStepLast_onlyWhenAskedFor() {
        var context = CheckContext.of(plan, new InMemoryDns());

        var without = new Checker(StandardChecks.all(), Duration.ofSeconds(5)).run(context).join();
        var with =
                new Checker(StandardChecks.withBlocklists(), Duration.ofSeconds(5))
                        .run(context)
                        .join();

        assertThat(without.step(StepId.DNSBL)).isEmpty();
        assertThat(with.steps().getLast().step()).isEqualTo(StepId.DNSBL);
        assertThat(with.steps()).hasSize(without.steps().size() + 1);
    }

    @Test
    void standard_asksTheWholeCatalogue() {
        var dns = new InMemoryDns();

        run(dns);

        assertThat(dns.asked())
                .filteredOn(q -> q.type() == RrType.A)
                .hasSize(BlocklistCatalogue.standard().size());
    }
}
