package org.sendready.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/// What the parser reads out of a returned message besides its class: the server's words,
/// the token address, the returned message's recipients.
class BounceParserTest {

    private final BounceParser parser = new BounceParser();

    @Test
    void parser_unfoldsTheDiagnosticCode_ofARfc3464Report() {
        var bounce = parser.parse(BounceCorpus.bytes("gmail-5.7.26-dmarc.eml"));

        var outcome = bounce.recipients().getFirst();
        assertThat(outcome.diagnostic())
                .startsWith(
                        "550-5.7.26 Unauthenticated email from example.com is not accepted due to")
                .doesNotContain("\n");
        assertThat(outcome.remoteMta()).contains("gmail-smtp-in.l.google.com");
        assertThat(bounce.returnedRecipients()).containsExactly("friend@gmail.com");
    }

    @Test
    void parser_findsTheTokenAddress_inTheEnvelopeHeaders() {
        var bounce = parser.parse(BounceCorpus.bytes("hard-5.1.1-dsn.eml"));

        assertThat(bounce.tokenAddress())
                .contains("b1.vq2khmgdkara.s5zizoaea63vaeqc@e.example.com");
    }

    @Test
    void parser_showsTheExchangeBlockWithTheCode_whenTheAddressIsNamedTwice() {
        var bounce = parser.parse(BounceCorpus.bytes("microsoft-ndr-5.1.10.eml"));

        assertThat(bounce.recipients().getFirst().diagnostic())
                .isEqualTo(
                        "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound;"
                                + " Recipient not found by SMTP address lookup'");
    }

    @Test
    void parser_readsQmailProse_withTheCodeInParentheses() {
        var bounce = parser.parse(BounceCorpus.bytes("qmail-no-mailbox.eml"));

        assertThat(bounce.recipients().getFirst().diagnostic())
                .isEqualTo("Sorry, no mailbox here by that name. (#5.1.1)");
    }

    @Test
    void parser_findsATokenQuotedInProse_whenNoHeaderCarriesIt() {
        var text =
                new String(BounceCorpus.bytes("qmail-no-mailbox.eml"), StandardCharsets.ISO_8859_1)
                        .replace(
                                "X-Original-To: b1.vxghti6ikara.putzrmeojas2buow@e.example.com\n",
                                "")
                        .replace(
                                "To: b1.vxghti6ikara.putzrmeojas2buow@e.example.com\n",
                                "To: bounces@example.com\n");

        var bounce = parser.parse(text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(bounce.tokenAddress())
                .contains("b1.vxghti6ikara.putzrmeojas2buow@e.example.com");
    }

    @Test
    void parser_readsYahooStyleProse_withABareSmtpReply() {
        var text =
                """
                From: MAILER-DAEMON@yahoo.example
                To: b1.erz2s2txkara.detefc24l47ngnyb@e.example.com
                Subject: Failure Notice

                Sorry, we were unable to deliver your message to the following address.

                <bob@yahoo.example>:
                554: delivery error: dd This user doesn't have a yahoo.example account (bob@yahoo.example) [0] - mta1003.mail.ne1.yahoo.example

                --- Below this line is a copy of the message.
                """;

        var outcome =
                parser.parse(text.getBytes(StandardCharsets.US_ASCII)).recipients().getFirst();

        assertThat(outcome.recipient()).contains("bob@yahoo.example");
        assertThat(outcome.classification().bounceClass()).isEqualTo(BounceClass.HARD);
        assertThat(outcome.classification().status()).isEmpty();
        assertThat(outcome.classification().reason())
                .isEqualTo("SMTP reply 554: permanent failure");
    }

    @Test
    void parser_reportsEachRecipient_ofAMultiRecipientReport() {
        var text =
                """
                From: MAILER-DAEMON@mail.example.com
                To: bounces@example.com
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                Two recipients failed.
                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mail.example.com

                Final-Recipient: rfc822; a@example.net
                Action: failed
                Status: 5.1.1

                Final-Recipient: rfc822; b@example.net
                Action: failed
                Status: 4.4.1
                Diagnostic-Code: X-Postfix; connect to mx.example.net[198.51.100.1]:25: Connection timed out
                --b--
                """;

        var bounce = parser.parse(text.getBytes(StandardCharsets.US_ASCII));

        assertThat(bounce.format()).isEqualTo(BounceFormat.DSN);
        assertThat(bounce.recipients())
                .extracting(
                        r -> r.recipient().orElseThrow() + " " + r.classification().bounceClass())
                .containsExactly("a@example.net HARD", "b@example.net SOFT");
    }

    @Test
    void parser_callsTooLargeMessagesMalformed_withoutParsingThem() {
        var bounce = parser.parse(new byte[BounceParser.MAX_MESSAGE_BYTES + 1]);

        assertThat(bounce.format()).isEqualTo(BounceFormat.MALFORMED);
        assertThat(bounce.recipients().getFirst().classification().reason())
                .startsWith("larger than");
    }
}
