package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;
import org.sendready.spf.SpfParser;
import org.sendready.testing.Fault;

/// The SPF check against records served by a real DNS server on 127.0.0.1, with check_host()
/// evaluated for each sending IP of the plan (192.0.2.10 and 2001:db8::10).
class SpfCheckTest {

    private static final SpfCheck CHECK = new SpfCheck();

    private static final String PLANNED = "v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all";

    private static SetupPlan plan(String spf) {
        return PlanFixtures.example().withSpf(SpfParser.parse(spf));
    }

    private static TxtCheckTestDns publishingInstead(String liveSpf) {
        return TxtCheckTestDns.publishingAllBut(PlanFixtures.example(), RecordPurpose.SPF)
                .publish("example.com", TxtCheckTestDns.txtLine("@", 600, liveSpf));
    }

    /// `_s1.example.com` includes `_s2` and so on up to `_s<depth>`: one DNS lookup per level.
    private static String includeChain(int depth) {
        return IntStream.rangeClosed(1, depth)
                .mapToObj(
                        i ->
                                "_s"
                                        + i
                                        + " TXT \"v=spf1 "
                                        + (i < depth
                                                ? "include:_s" + (i + 1) + ".example.com "
                                                : "")
                                        + "~all\"")
                .collect(Collectors.joining("\n"));
    }

    @Test
    void spfCheck_passesEveryAddress_whenThePlansRecordIsPublished() throws Exception {
        try (var dns = TxtCheckTestDns.publishing(PlanFixtures.example())) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PASS);
            assertThat(result.summary()).isEqualTo("SPF passes 192.0.2.10 and 2001:db8::10");
            assertThat(result.details())
                    .contains(
                            "check_host(192.0.2.10, example.com) = pass (0 of 10 DNS lookups, 0 of"
                                    + " 2 void)");
            assertThat(result.comparisons())
                    .singleElement()
                    .satisfies(c -> assertThat(c.verdict()).isEqualTo(RecordVerdict.OK));
            assertThat(result.fix()).isEmpty();
        }
    }

    @Test
    void spfCheck_passes_whenTheRecordIsSplitIntoStrings() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishingAllBut(PlanFixtures.example(), RecordPurpose.SPF)
                        .publish(
                                "example.com",
                                "@ TXT \"v=spf1 ip4:192.0.2.10 \" \"ip6:2001:db8::10 -all\"")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PASS);
            assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.OK);
        }
    }

    @Test
    void spfCheck_isPendingWithFix_whenNoRecordIsPublished() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishingAllBut(PlanFixtures.example(), RecordPurpose.SPF)) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
            assertThat(result.summary()).isEqualTo("No SPF record at example.com yet");
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.SPF));
            assertThat(result.settlesWithin()).contains(TxtCheckTestDns.NEGATIVE_TTL);
            assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.MISSING);
        }
    }

    @Test
    void spfCheck_isPendingUntilTheTxtSetExpires_whenOnlyOtherTextIsPublished() throws Exception {
        try (var dns = publishingInstead("google-site-verification=abc")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
            assertThat(result.settlesWithin()).contains(Duration.ofSeconds(600));
        }
    }

    @Test
    void spfCheck_offersMergedRecord_whenTwoSpfRecords() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishing(PlanFixtures.example())
                        .publish(
                                "example.com",
                                "@ TXT \"v=spf1 include:_spf.mailer.example ~all\"")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .isEqualTo("Two SPF records: receivers treat this as an error (permerror)");
            var merged = "v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 include:_spf.mailer.example -all";
            assertThat(result.fix())
                    .singleElement()
                    .satisfies(
                            r -> {
                                assertThat(r.data()).isEqualTo(new RecordData.Txt(merged));
                                assertThat(r.owner().ascii()).isEqualTo("example.com");
                            });
            assertThat(result.details()).contains("Merged record: " + merged);
            assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.WRONG);
        }
    }

    @Test
    void spfCheck_offersThePlansRecord_whenItCoversBothPublishedRecords() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishing(PlanFixtures.example())
                        .publish("example.com", "@ TXT \"v=spf1 ip4:192.0.2.10 ~all\"")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.SPF));
            assertThat(result.details())
                    .anyMatch(d -> d.startsWith("The plan's record already holds every term"));
        }
    }

    @Test
    void spfCheck_failsWithPosition_whenTheRecordDoesNotParse() throws Exception {
        try (var dns = publishingInstead("v=spf1 ipv4:192.0.2.10 -all")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .startsWith(
                            "The SPF record is not valid, which receivers treat as an error"
                                    + " (permerror): position 8: unknown mechanism 'ipv4'");
            assertThat(result.details())
                    .containsSubsequence("  v=spf1 ipv4:192.0.2.10 -all", "         ^");
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.SPF));
            assertThat(result.settlesWithin()).contains(Duration.ofSeconds(600));
        }
    }

    @Test
    void spfCheck_fails_whenPublishedAsTheSpfTypeInsteadOfTxt() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishingAllBut(PlanFixtures.example(), RecordPurpose.SPF)
                        .publish("example.com", "@ SPF \"" + PLANNED + "\"")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .isEqualTo(
                            "The SPF record is published with the wrong record type (SPF instead"
                                    + " of TXT)");
            assertThat(result.comparisons().getFirst().mistake().orElseThrow())
                    .contains("obsolete SPF type (99)");
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.SPF));
        }
    }

    @Test
    void spfCheck_warns_whenAnSpfTypeRecordStandsBesideTheTxt() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishing(PlanFixtures.example())
                        .publish("example.com", "@ SPF \"" + PLANNED + "\"")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.WARN);
            assertThat(result.summary())
                    .isEqualTo(
                            "An obsolete SPF-type (99) record is published beside the TXT record");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // softfail: forged mail only marked
                "v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 ~all | The SPF record ends with '~all':"
                        + " forged mail is only marked, not refused",
                // neutral: no statement at all
                "v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 ?all | The SPF record ends with '?all': it"
                        + " says nothing about servers it does not list",
                // pass for everyone, written with and without the sign
                "v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 +all | The SPF record ends with 'all': ANY"
                        + " server on the internet may send mail as this domain",
                // ptr, which RFC 7208 section 5.5 says not to use
                "v=spf1 ptr ip4:192.0.2.10 ip6:2001:db8::10 -all | The SPF record uses the ptr"
                        + " mechanism",
            })
    void spfCheck_warns_whenTheRecordIsRisky(String record, String summary) throws Exception {
        try (var dns = TxtCheckTestDns.publishing(plan(record))) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.WARN);
            assertThat(result.summary()).isEqualTo(summary);
        }
    }

    @Test
    void spfCheck_warnsWithThePlansRecord_whenTheRecordDiffersButPasses() throws Exception {
        var live = "v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 ip4:198.51.100.7 -all";
        try (var dns = publishingInstead(live)) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.WARN);
            assertThat(result.summary())
                    .isEqualTo("The published SPF record differs from the plan's");
            assertThat(result.details()).contains("Published: " + live, "Planned:   " + PLANNED);
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.SPF));
            assertThat(result.settlesWithin()).contains(Duration.ofSeconds(600));
        }
    }

    @Test
    void spfCheck_passes_whenThePlansTermsAreInAnotherOrder() throws Exception {
        try (var dns = publishingInstead("v=spf1 ip6:2001:db8::10 ip4:192.0.2.10 -all")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PASS);
            assertThat(result.details())
                    .contains("The published record has the plan's terms in another order.");
        }
    }

    @Test
    void spfCheck_fails_whenASendingAddressIsNotAuthorised() throws Exception {
        try (var dns = publishingInstead("v=spf1 ip4:192.0.2.10 -all")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .isEqualTo(
                            "SPF does not authorise 2001:db8::10 (result: fail) (and 1 more, see details)");
            assertThat(result.details())
                    .anyMatch(d -> d.startsWith("check_host(2001:db8::10, example.com) = fail"))
                    .anyMatch(d -> d.contains("-all [matched]"));
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.SPF));
        }
    }

    @Test
    void spfCheck_fails_whenLookupsThroughIncludesExceedTen() throws Exception {
        var record = "v=spf1 include:_s1.example.com ip4:192.0.2.10 ip6:2001:db8::10 -all";
        try (var dns =
                TxtCheckTestDns.publishing(plan(record)).publish("example.com", includeChain(11))) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .startsWith(
                            "SPF evaluation for 192.0.2.10 ends in an error receivers blame on the"
                                    + " records (permerror): include:_s11.example.com: more than"
                                    + " 10 DNS-querying terms");
            assertThat(result.details()).anyMatch(d -> d.contains("10 of 10 DNS lookups"));
        }
    }

    @Test
    void spfCheck_warns_whenLookupsThroughIncludesNearTheLimit() throws Exception {
        var record = "v=spf1 include:_s1.example.com ip4:192.0.2.10 ip6:2001:db8::10 -all";
        try (var dns =
                TxtCheckTestDns.publishing(plan(record)).publish("example.com", includeChain(8))) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.WARN);
            assertThat(result.summary())
                    .isEqualTo(
                            "SPF uses 8 of the 10 DNS lookups receivers allow (and 1 more, see details)");
        }
    }

    @Test
    void spfCheck_reportsError_whenTheServerFails() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishing(PlanFixtures.example())
                        .fault("example.com", Fault.servfail())) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
            assertThat(result.summary())
                    .startsWith(
                            "DNS could not answer for example.com: the server failed (SERVFAIL)");
            assertThat(result.fix()).isEmpty();
        }
    }

    @Test
    void spfCheck_reportsErrorWithinDeadline_whenAnIncludeGoesUnanswered() throws Exception {
        var record = "v=spf1 include:_slow.example.com ip4:192.0.2.10 ip6:2001:db8::10 -all";
        try (var dns =
                TxtCheckTestDns.publishing(plan(record)).fault("_slow.example.com", Fault.drop())) {
            long start = System.nanoTime();
            var result = dns.run(CHECK);
            var took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
            assertThat(result.summary())
                    .startsWith(
                            "SPF could not be evaluated for 192.0.2.10: a DNS lookup failed (temperror)");
            assertThat(took).isLessThan(TxtCheckTestDns.DEADLINE.multipliedBy(3));
        }
    }
}
