package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendready.dkim.DkimAlgorithm;
import org.sendready.dkim.DkimKeyFlag;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dkim.DkimPublicKey;
import org.sendready.plan.DkimKeyRef;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.RecordPurpose;
import org.sendready.testing.Fault;

/// The DKIM check against key records served by a real DNS server on 127.0.0.1.
class DkimCheckTest {

    private static final DkimCheck CHECK = new DkimCheck();

    /// One 2048-bit key for the whole class: generating keys is the slow part of these tests.
    private static final SetupPlan PLAN = PlanFixtures.example();

    private static final DkimKeyRef KEY = PLAN.dkimKeys().getFirst();

    private static final String NAME = "s2026._domainkey";

    private static String base64() {
        return KEY.record().publicKey().map(DkimPublicKey::base64).orElseThrow();
    }

    private static TxtCheckTestDns withLiveKey(String value) {
        return TxtCheckTestDns.publishingAllBut(PLAN, RecordPurpose.DKIM)
                .publish("example.com", TxtCheckTestDns.txtLine(NAME, 600, value));
    }

    @Test
    void dkimCheck_passes_whenThePlansKeyIsPublished() throws Exception {
        try (var dns = TxtCheckTestDns.publishing(PLAN)) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PASS);
            assertThat(result.summary()).isEqualTo("DKIM key published for s2026 (RSA, 2048 bits)");
            assertThat(result.comparisons())
                    .singleElement()
                    .satisfies(c -> assertThat(c.verdict()).isEqualTo(RecordVerdict.OK));
            assertThat(result.fix()).isEmpty();
        }
    }

    @Test
    void dkimCheck_isPendingWithFix_whenNoKeyIsPublished() throws Exception {
        try (var dns = TxtCheckTestDns.publishingAllBut(PLAN, RecordPurpose.DKIM)) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
            assertThat(result.summary())
                    .isEqualTo("s2026: no DKIM key at s2026._domainkey.example.com yet");
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.DKIM));
            assertThat(result.settlesWithin()).contains(TxtCheckTestDns.NEGATIVE_TTL);
            assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.MISSING);
        }
    }

    @Test
    void dkimCheck_fails_whenDomainDoubledInHostField() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishingAllBut(PLAN, RecordPurpose.DKIM)
                        .publish(
                                "example.com",
                                TxtCheckTestDns.txtLine(
                                        "s2026._domainkey.example.com.example.com.",
                                        600,
                                        KEY.record().format()))) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .isEqualTo(
                            "s2026: the key is published at the wrong name,"
                                    + " s2026._domainkey.example.com.example.com");
            assertThat(result.comparisons().getFirst().mistake().orElseThrow())
                    .contains("enter only s2026._domainkey as the host");
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.DKIM));
        }
    }

    @Test
    void dkimCheck_fails_whenKeyTruncatedAt255Characters() throws Exception {
        var cut = KEY.record().format().substring(0, 255);
        try (var dns = withLiveKey(cut)) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .isEqualTo(
                            "s2026: the DKIM key is cut off at 255 characters, the most one TXT"
                                    + " string holds");
            assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.WRONG);
            assertThat(result.comparisons().getFirst().mistake().orElseThrow())
                    .startsWith("the DKIM key is cut off at 255 characters");
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.DKIM));
            assertThat(result.settlesWithin()).contains(Duration.ofSeconds(600));
        }
    }

    @Test
    void dkimCheck_fails_whenKeyCutShortOfItsEnd() throws Exception {
        var cut = "v=DKIM1; k=rsa; p=" + base64().substring(0, 300);
        try (var dns = withLiveKey(cut)) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.comparisons().getFirst().mistake().orElseThrow())
                    .startsWith("the DKIM key is cut off after 300 of its " + base64().length());
        }
    }

    @Test
    void dkimCheck_fails_whenStrayQuotesInsideKey() throws Exception {
        var key = base64();
        var pasted = "v=DKIM1; k=rsa; p=" + key.substring(0, 200) + "\" \"" + key.substring(200);
        try (var dns = withLiveKey(pasted)) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.comparisons().getFirst().mistake().orElseThrow())
                    .startsWith(
                            "p= contains stray quotes (without them it is exactly the right key)");
            assertThat(result.comparisons().getFirst().live().getFirst()).contains("\\\" \\\"");
        }
    }

    @Test
    void dkimCheck_fails_whenKeyIsRevoked() throws Exception {
        try (var dns = withLiveKey("v=DKIM1; k=rsa; p=")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary()).isEqualTo("s2026: the key is revoked (p= is empty)");
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.DKIM));
        }
    }

    @Test
    void dkimCheck_failsMentioningRotation_whenAnotherKeyIsPublished() throws Exception {
        var other = PlanFixtures.rsaKey("s2026", 2048, Optional.empty());
        try (var dns = withLiveKey(other.record().format())) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .isEqualTo("s2026: the published key is not this selector's key");
            assertThat(result.details())
                    .anyMatch(
                            d -> d.contains(other.record().publicKey().orElseThrow().fingerprint()))
                    .anyMatch(
                            d ->
                                    d.startsWith(
                                            "After a key rotation, publish the new key under a new selector"));
            assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.WRONG);
        }
    }

    @Test
    void dkimCheck_failsWithParserReason_whenRecordDoesNotParse() throws Exception {
        try (var dns = withLiveKey("v=DKIM1; k=dsa; p=" + base64())) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .startsWith("s2026: the key record is not valid: k=dsa is not a key type");
        }
    }

    @Test
    void dkimCheck_fails_whenRsaKeyIsUnder1024Bits() throws Exception {
        var plan = PLAN.withDkimKeys(List.of(PlanFixtures.rsaKey("s2026", 512, Optional.empty())));
        try (var dns = TxtCheckTestDns.publishing(plan)) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary()).isEqualTo("s2026: the RSA key has only 512 bits");
            assertThat(result.details()).anyMatch(d -> d.contains("RFC 8301 section 3.2"));
        }
    }

    @Test
    void dkimCheck_warns_whenRsaKeyIsUnder2048Bits() throws Exception {
        var plan = PLAN.withDkimKeys(List.of(PlanFixtures.rsaKey("s2026", 1024, Optional.empty())));
        try (var dns = TxtCheckTestDns.publishing(plan)) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.WARN);
            assertThat(result.summary()).isEqualTo("s2026: the RSA key has only 1024 bits");
            assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.OK);
        }
    }

    @Test
    void dkimCheck_warns_whenTestingFlagIsSet() throws Exception {
        try (var dns = withLiveKey(KEY.record().withFlags(Set.of(DkimKeyFlag.TESTING)).format())) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.WARN);
            assertThat(result.summary()).isEqualTo("s2026: the key is in testing mode (t=y)");
            assertThat(result.details()).anyMatch(d -> d.contains("leniently"));
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.DKIM));
            assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.WRONG);
        }
    }

    @Test
    void dkimCheck_passesWithDetail_whenCnameLeadsToTheKey() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishingAllBut(PLAN, RecordPurpose.DKIM)
                        .publish("example.com", NAME + " CNAME s2026.keys.provider.example.")
                        .publish(
                                "provider.example",
                                TxtCheckTestDns.txtLine(
                                        "s2026.keys", 600, KEY.record().format()))) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PASS);
            assertThat(result.details())
                    .anyMatch(
                            d ->
                                    d.equals(
                                            "s2026: s2026._domainkey.example.com is a CNAME to"
                                                    + " s2026.keys.provider.example, where the key"
                                                    + " is served (a provider hosting it)."));
        }
    }

    @Test
    void dkimCheck_isPending_whenCnameTargetHasNoKeyYet() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishingAllBut(PLAN, RecordPurpose.DKIM)
                        .publish("example.com", NAME + " CNAME s2026.keys.provider.example.")
                        .publish("provider.example", "")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
            assertThat(result.summary())
                    .isEqualTo(
                            "s2026: s2026._domainkey.example.com is a CNAME to"
                                    + " s2026.keys.provider.example, which has no key record yet");
        }
    }

    @Test
    void dkimCheck_fails_whenCnameAndTxtShareTheName() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishing(PLAN)
                        .publish("example.com", NAME + " CNAME s2026.keys.provider.example.")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .isEqualTo(
                            "s2026: s2026._domainkey.example.com has a CNAME and a TXT record at"
                                    + " the same name");
            assertThat(result.comparisons().getFirst().mistake().orElseThrow())
                    .contains("RFC 1034 section 3.6.2");
        }
    }

    @Test
    void dkimCheck_fails_whenSelectorHasTwoTxtRecords() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishing(PLAN)
                        .publish("example.com", NAME + " TXT \"v=spf1 -all\"")) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .isEqualTo("s2026: 2 TXT records at s2026._domainkey.example.com");
        }
    }

    @Test
    void dkimCheck_namesTheMissingSelector_whenOneOfTwoIsPublished() throws Exception {
        var second = PlanFixtures.rsaKey("s2027", 2048, Optional.empty());
        var plan = PLAN.withDkimKeys(List.of(KEY, second));
        try (var dns =
                TxtCheckTestDns.publishingAllBut(plan, RecordPurpose.DKIM)
                        .publish(
                                "example.com",
                                TxtCheckTestDns.txtLine(NAME, 600, KEY.record().format()))) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
            assertThat(result.summary())
                    .isEqualTo("s2027: no DKIM key at s2027._domainkey.example.com yet");
            assertThat(result.fix()).containsExactly(dns.records(RecordPurpose.DKIM).get(1));
            assertThat(result.comparisons())
                    .extracting(RecordComparison::verdict)
                    .containsExactly(RecordVerdict.OK, RecordVerdict.MISSING);
        }
    }

    @Test
    void dkimCheck_reportsErrorWithinDeadline_whenServerIsSilent() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishing(PLAN)
                        .fault("s2026._domainkey.example.com", Fault.drop())) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
            assertThat(result.summary())
                    .startsWith(
                            "s2026: DNS could not answer for s2026._domainkey.example.com: no"
                                    + " response in time");
            assertThat(result.fix()).isEmpty();
            assertThat(result.settlesWithin()).isEmpty();
        }
    }

    @Test
    void dkimCheck_reportsError_whenServerFails() throws Exception {
        try (var dns =
                TxtCheckTestDns.publishing(PLAN)
                        .fault("s2026._domainkey.example.com", Fault.servfail())) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
            assertThat(result.summary()).contains("the server failed (SERVFAIL)");
        }
    }

    @Test
    void dkimCheck_passes_whenThePlanRevokesTheSelectorAndItIsRevoked() throws Exception {
        var plan = PLAN.withDkimKeys(List.of(revoked()));
        try (var dns = TxtCheckTestDns.publishing(plan)) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.PASS);
            assertThat(result.summary()).isEqualTo("DKIM key published for s2026 (revoked)");
            assertThat(result.comparisons().getFirst().verdict()).isEqualTo(RecordVerdict.OK);
        }
    }

    @Test
    void dkimCheck_fails_whenThePlanRevokesTheSelectorButTheKeyIsStillPublished() throws Exception {
        var plan = PLAN.withDkimKeys(List.of(revoked()));
        try (var dns =
                TxtCheckTestDns.publishingAllBut(plan, RecordPurpose.DKIM)
                        .publish(
                                "example.com",
                                TxtCheckTestDns.txtLine(NAME, 600, KEY.record().format()))) {
            var result = dns.run(CHECK);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.summary())
                    .isEqualTo("s2026: the key is still published, but the plan revokes it");
            assertThat(result.fix()).isEqualTo(dns.records(RecordPurpose.DKIM));
        }
    }

    private static DkimKeyRef revoked() {
        return new DkimKeyRef(
                KEY.selector(), Optional.empty(), DkimKeyRecord.revoked(DkimAlgorithm.RSA));
    }

    @Test
    void dkimCheck_doesNotApply_whenThePlanHasNoKeys() throws Exception {
        try (var dns = TxtCheckTestDns.publishing(PLAN.withDkimKeys(List.of()))) {
            assertThat(CHECK.appliesTo(dns.context())).isFalse();
        }
    }
}
