package org.sendready.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.operate.KnownRejection;

/// The processor on the written corpus: every message classified as a person reading it
/// would, with the test key checking tokens.
class BounceCorpusTest {

    private final BounceProcessor processor = BounceCorpus.processor(true);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "-",
            textBlock =
                    """
                    # file,                        format,        class,      recipient,          status, cause,              decision,      token
                    # RFC 3464 report, user unknown: the one case that suppresses
                    hard-5.1.1-dsn.eml,            DSN,           HARD,       nobody@example.net, 5.1.1,  -,         SUPPRESS,      valid
                    # Action: delayed, 4.2.2: retried, the address is fine
                    soft-4.2.2-mailbox-full.eml,   DSN,           SOFT,       full@example.org,   4.2.2,  -,         NOT_PERMANENT, valid
                    # Gmail's multi-line 550-5.7.26 naming DMARC: our setup, not the address
                    gmail-5.7.26-dmarc.eml,        DSN,           HARD,       friend@gmail.com,   5.7.26, GMAIL_DMARC_POLICY, OWN_SETUP,     valid
                    # 5.7.25 missing PTR: our setup
                    ptr-5.7.25.eml,                DSN,           HARD,       ptr@example.com,    5.7.25, GMAIL_PTR,          OWN_SETUP,     valid
                    # 5.7.1 with a Spamhaus listing in the text
                    blocklist-5.7.1-spamhaus.eml,  DSN,           HARD,       listed@example.org, 5.7.1,  DNS_BLOCKLIST,      OWN_SETUP,     valid
                    # Exchange prose, the address named twice, the code in the second block
                    microsoft-ndr-5.1.10.eml,      PROVIDER_TEXT, HARD,       gone@example.net,   5.1.10, -,         SUPPRESS,      valid
                    # qmail prose with its (#5.1.1)
                    qmail-no-mailbox.eml,          PROVIDER_TEXT, HARD,       old@example.org,    5.1.1,  -,         SUPPRESS,      valid
                    # out-of-office: delivered, the replying address
                    auto-reply-out-of-office.eml,  AUTO_REPLY,    AUTO_REPLY, reader@example.com, -,      -,         NOT_PERMANENT, valid
                    # a real-looking hard bounce whose token signature was altered
                    forged-5.1.1.eml,              DSN,           HARD,       bob@example.com,    5.1.1,  -,         NOT_VERIFIED,  forged
                    # a report whose boundary never appears: unreadable, nothing trusted
                    malformed-report.eml,          MALFORMED,     UNKNOWN,    -,                  -,      -,         NOT_PERMANENT, none
                    # a person's answer to the Return-Path
                    not-a-bounce.eml,              UNRECOGNIZED,  UNKNOWN,    -,                  -,      -,         NOT_PERMANENT, valid
                    """)
    void processor_classifiesEachCorpusMessage_asWritten(
            String file,
            BounceFormat format,
            BounceClass bounceClass,
            String recipient,
            String status,
            KnownRejection cause,
            SuppressionDecision decision,
            String token) {
        var processed = processor.process(file, BounceCorpus.bytes(file));

        assertThat(processed.bounce().format()).isEqualTo(format);
        assertThat(processed.recipients()).hasSize(1);
        var judged = processed.recipients().getFirst();
        var outcome = judged.bounce();
        assertThat(outcome.classification().bounceClass()).isEqualTo(bounceClass);
        assertThat(outcome.recipient()).isEqualTo(Optional.ofNullable(recipient));
        assertThat(outcome.classification().status().map(StatusCode::toString))
                .isEqualTo(Optional.ofNullable(status));
        assertThat(outcome.classification().setupCause()).isEqualTo(Optional.ofNullable(cause));
        assertThat(judged.decision()).isEqualTo(decision);
        assertThat(tokenName(processed)).isEqualTo(token);
    }

    @Test
    void report_suppressesOnlyVerifiedHardBounces_andNamesTheSetupSteps() {
        var report =
                new BounceProcessor(
                                new BounceParser(),
                                Optional.of(BounceCorpus.signer()),
                                BounceCorpus.NEXT_DAY)
                        .run(MessageFiles.eml(java.util.List.of()));
        assertThat(report.messages()).isEmpty();

        var all = new java.util.ArrayList<ProcessedMessage>();
        for (var file : BounceCorpus.FILES) {
            all.add(processor.process(file, BounceCorpus.bytes(file)));
        }
        var full = new BounceReport(all, true);

        assertThat(full.suppressions())
                .extracting(Suppression::address)
                .containsExactly("nobody@example.net", "gone@example.net", "old@example.org");
        assertThat(full.setupCauses())
                .containsOnlyKeys(
                        KnownRejection.GMAIL_DMARC_POLICY,
                        KnownRejection.GMAIL_PTR,
                        KnownRejection.DNS_BLOCKLIST);
        assertThat(full.countByToken())
                .containsEntry("forged", 1)
                .containsEntry("valid", 9)
                .containsEntry("none", 1);
        assertThat(full.countByClass())
                .containsEntry(BounceClass.HARD, 7)
                .containsEntry(BounceClass.SOFT, 1)
                .containsEntry(BounceClass.AUTO_REPLY, 1)
                .containsEntry(BounceClass.UNKNOWN, 2);
    }

    @Test
    void processorWithoutKey_suppressesEveryHardBounceNotCausedBySetup() {
        var unkeyed = BounceCorpus.processor(false);

        var forged = unkeyed.process("forged", BounceCorpus.bytes("forged-5.1.1.eml"));

        assertThat(forged.token()).isEmpty();
        assertThat(forged.recipients().getFirst().decision())
                .isEqualTo(SuppressionDecision.SUPPRESS);
    }

    @Test
    void processor_refusesAValidTokenMadeForAnotherRecipient() {
        // A real token of nobody@example.net replayed in a bounce that names someone else.
        var replayed =
                new String(
                                BounceCorpus.bytes("hard-5.1.1-dsn.eml"),
                                java.nio.charset.StandardCharsets.ISO_8859_1)
                        .replace("nobody@example.net", "victim@example.net")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        var processed = processor.process("replayed", replayed);

        assertThat(tokenName(processed)).isEqualTo("valid");
        var judged = processed.recipients().getFirst();
        assertThat(judged.tokenMatches()).isFalse();
        assertThat(judged.decision()).isEqualTo(SuppressionDecision.NOT_VERIFIED);
    }

    @Test
    void processor_attributesAForwardedBounce_toTheAddressTheTokenWasMadeFor() {
        // The bounce names the forwarding target; the returned message's To: is our recipient.
        var forwarded =
                new String(
                                BounceCorpus.bytes("hard-5.1.1-dsn.eml"),
                                java.nio.charset.StandardCharsets.ISO_8859_1)
                        .replace(
                                "Final-Recipient: rfc822; nobody@example.net",
                                "Final-Recipient: rfc822; nobody@forward.example")
                        .replace("Original-Recipient: rfc822;nobody@example.net\n", "")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        var judged = processor.process("forwarded", forwarded).recipients().getFirst();

        assertThat(judged.bounce().recipient()).contains("nobody@example.net");
        assertThat(judged.tokenMatches()).isTrue();
        assertThat(judged.decision()).isEqualTo(SuppressionDecision.SUPPRESS);
    }

    @Test
    void processor_judgesATokenExpired_whenOlderThanTheLimit() {
        var later =
                new BounceProcessor(
                        new BounceParser(),
                        Optional.of(BounceCorpus.signer()),
                        java.time.Clock.fixed(
                                java.time.Instant.parse("2026-05-01T00:00:00Z"),
                                java.time.ZoneOffset.UTC));

        var processed = later.process("old", BounceCorpus.bytes("hard-5.1.1-dsn.eml"));

        assertThat(tokenName(processed)).isEqualTo("expired");
        assertThat(processed.recipients().getFirst().decision())
                .isEqualTo(SuppressionDecision.NOT_VERIFIED);
    }

    private static String tokenName(ProcessedMessage processed) {
        return processed
                .token()
                .map(
                        v ->
                                switch (v) {
                                    case TokenVerdict.Valid ignored -> "valid";
                                    case TokenVerdict.Expired ignored -> "expired";
                                    case TokenVerdict.Forged ignored -> "forged";
                                    case TokenVerdict.Malformed ignored -> "malformed";
                                })
                .orElse("none");
    }
}
