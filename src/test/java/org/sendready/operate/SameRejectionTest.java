package org.sendready.operate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.bounce.BounceClass;
import org.sendready.bounce.BounceParser;
import org.sendready.bounce.BounceProcessor;
import org.sendready.bounce.SuppressionDecision;
import org.sendready.logs.LogAnalyzer;
import org.sendready.logs.LogFixtures;
import org.sendready.logs.LogSource;

/// One receiver's reply, seen once in a Postfix log line and once in the DSN a bounce brings
/// back, blames the same [KnownRejection] and so the same [FixStep]s in `log analyze` and in
/// `bounce process`.
class SameRejectionTest {
    @TempDir Path dir;

    /// Replies as receivers send them, multi-line ones with the code repeated on each line.
    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # dsn  | status   | expected                        | reply
                    # Gmail: no PTR for the sending IP
                    5.7.25 | bounced  | GMAIL_PTR                       | 550-5.7.25 [192.0.2.10] The IP address sending this message does not have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not 550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages 550-5.7.25 from IPs with missing PTR records. 550 5.7.25 https://support.google.com/mail/answer/81126#ip-practices d2e1a72fcca58-7a2b3c4d5e6f7a8b9-gsmtp
                    # Gmail: neither SPF nor DKIM passed
                    5.7.26 | bounced  | GMAIL_UNAUTHENTICATED           | 550-5.7.26 This mail has been blocked because the sender is 550-5.7.26 unauthenticated. Gmail requires all senders to authenticate with 550-5.7.26 either SPF or DKIM. 550 5.7.26 https://support.google.com/mail/answer/81126#authentication a640c23a62f3a-abc123 - gsmtp
                    # Gmail: the DMARC policy, the phrase split by a repeated code
                    5.7.26 | bounced  | GMAIL_DMARC_POLICY              | 550-5.7.26 Unauthenticated email from example.com is not accepted due to 550-5.7.26 domain's DMARC policy. Please contact the administrator of 550-5.7.26 example.com domain if this was a legitimate mail. 550 5.7.26 https://support.google.com/mail/?p=DmarcRejection - gsmtp
                    # Gmail: SPF did not pass, a deferral
                    4.7.27 | deferred | GMAIL_SPF                       | 421-4.7.27 Your email has been rate limited because SPF authentication didn't 421-4.7.27 pass for this message. 421 4.7.27 https://support.google.com/mail/answer/81126 - gsmtp
                    # Microsoft: below the required authentication level
                    5.7.515 | bounced | MICROSOFT_AUTHENTICATION_LEVEL  | 550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. [BN1PEPF00004681.namprd00.prod.outlook.com 2026-11-26T10:00:09.123Z 08DD8AB9C1234567]
                    # Microsoft consumer mail: the IP's network on its block list
                    5.7.1  | bounced  | MICROSOFT_BLOCK_LIST            | 550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.
                    # a Postfix receiver's Spamhaus listing
                    5.7.1  | bounced  | DNS_BLOCKLIST                   | 554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.10
                    # a Postfix receiver: the envelope sender's domain has a null MX
                    5.7.27 | bounced  | RFC7505_NULL_MX                 | 550 5.7.27 <news@example.com>: Sender address rejected: Domain example.com does not accept mail (nullMX)
                    """)
    void logAndBounce_blameTheSameRejection_forTheSameReply(
            String dsn, String status, KnownRejection expected, String reply) throws IOException {
        var fromLog = fromLog(dsn, status, reply);
        var fromBounce = fromBounce(dsn, status, reply);

        assertThat(fromLog).contains(expected);
        assertThat(fromBounce).contains(expected);
        assertThat(fromBounce.orElseThrow().steps()).isEqualTo(fromLog.orElseThrow().steps());
    }

    /// The log path: one message, one delivery attempt, through the analyzer and the diagnosis.
    private Optional<KnownRejection> fromLog(String dsn, String status, String reply)
            throws IOException {
        var attempt =
                "Nov 26 10:00:09 mx1 postfix/smtp[2501]: 8A34B5C7D6: to=<someone@example.net>,"
                        + " relay=mx.example.net[198.51.100.25]:25, delay=1.5,"
                        + " delays=0.1/0/0.6/0.8, dsn="
                        + dsn
                        + ", status="
                        + status
                        + " (host mx.example.net[198.51.100.25] said: "
                        + reply
                        + " (in reply to end of DATA command))";
        var log = dir.resolve("mail.log");
        Files.write(
                log,
                List.of(
                        "Nov 26 10:00:08 mx1 postfix/qmgr[900]: 8A34B5C7D6:"
                                + " from=<news@example.com>, size=15000, nrcpt=1 (queue active)",
                        attempt,
                        "Nov 26 10:00:09 mx1 postfix/qmgr[900]: 8A34B5C7D6: removed"));
        LogFixtures.touch(log);
        var analysis = LogAnalyzer.analyze(List.of(LogSource.of(log, ZoneId.systemDefault())));
        var findings = SetupDiagnosis.of(analysis);
        assertThat(findings).hasSizeLessThanOrEqualTo(1);
        return findings.stream().map(SetupFinding::rejection).findFirst();
    }

    /// The bounce path: an RFC 3464 report whose `Diagnostic-Code` folds the same reply over
    /// several lines, as MTAs write it, through the parser, classifier and processor.
    private static Optional<KnownRejection> fromBounce(String dsn, String status, String reply) {
        var message =
                """
                Return-Path: <>
                From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
                Subject: Undelivered Mail Returned to Sender
                To: news@example.com
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="B"

                --B
                Content-Type: text/plain

                The mail system

                --B
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mail.example.com

                Final-Recipient: rfc822; someone@example.net
                Action: %s
                Status: %s
                Remote-MTA: dns; mx.example.net
                Diagnostic-Code: smtp; %s

                --B--
                """
                        .formatted(
                                status.equals("deferred") ? "delayed" : "failed",
                                dsn,
                                folded(reply));
        var processor =
                new BounceProcessor(
                        new BounceParser(),
                        Optional.empty(),
                        Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
        var judged =
                processor
                        .process("sample.eml", message.getBytes(StandardCharsets.UTF_8))
                        .recipients()
                        .getFirst();
        var classification = judged.bounce().classification();
        if (classification.setupCause().isPresent()
                && classification.bounceClass() == BounceClass.HARD) {
            assertThat(judged.decision()).isEqualTo(SuppressionDecision.OWN_SETUP);
        }
        return classification.setupCause();
    }

    /// `text` folded before 72 columns, continuation lines indented (RFC 5322 section 2.2.3).
    private static String folded(String text) {
        var out = new StringBuilder();
        int column = "Diagnostic-Code: smtp; ".length();
        for (var word : text.split(" ")) {
            if (column + word.length() + 1 > 72) {
                out.append("\n    ");
                column = 4;
            } else if (!out.isEmpty()) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
