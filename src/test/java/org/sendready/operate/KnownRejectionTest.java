package org.sendready.operate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KnownRejectionTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // Gmail: no PTR (normalized reason as the log analysis stores it)
                "5.7.25|550-5.7.25 [ip] The IP address sending this message does not have a PTR"
                        + " record setup|GMAIL_PTR",
                // Gmail: temporary PTR variant, code only in the text
                "4.7.0|421-4.7.23 The sending IP does not have a PTR record|GMAIL_PTR",
                // Gmail: SPF did not pass
                "4.7.27|421-4.7.27 Your email has been rate limited because SPF authentication"
                        + " didn't pass|GMAIL_SPF",
                // Gmail: DKIM did not pass
                "5.7.30|550-5.7.30 DKIM authentication didn't pass|GMAIL_DKIM",
                // Gmail: no DMARC record
                "4.7.40|421-4.7.40 The sender's domain has no DMARC policy|GMAIL_DMARC_MISSING",
                // Gmail: From not aligned
                "5.7.32|550-5.7.32 The From header is not aligned with SPF or DKIM|GMAIL_ALIGNMENT",
                // Gmail: DMARC policy
                "5.7.26|550-5.7.26 Unauthenticated email from example.com is not accepted due"
                        + " to domain's DMARC policy|GMAIL_DMARC_POLICY",
                // Gmail: SPF hard fail
                "5.7.26|550-5.7.26 This message fails to pass SPF checks for an SPF record with"
                        + " a hard fail policy (-all)|GMAIL_SPF_HARD_FAIL",
                // Gmail: unauthenticated
                "5.7.26|550-5.7.26 This message does not have authentication information or"
                        + " fails to pass authentication checks (SPF or DKIM)|GMAIL_UNAUTHENTICATED",
                // Gmail: the older temporary variant
                "4.7.0|421-4.7.0 This message does not have authentication information or"
                        + " fails to pass authentication checks|GMAIL_UNAUTHENTICATED",
                // Microsoft: authentication level
                "5.7.515|550 5.7.515 Access denied, sending domain example.com does not meet the"
                        + " required authentication level.|MICROSOFT_AUTHENTICATION_LEVEL",
                // Microsoft: S3150 block list
                "5.7.1|550 5.7.1 Unfortunately, messages from [ip] weren't sent. Please contact"
                        + " your Internet service provider since part of their network is on our"
                        + " block list (S3150).|MICROSOFT_BLOCK_LIST",
                // Exchange Online: Spamhaus
                "5.7.1|550 5.7.1 Service unavailable, Client host [ip] blocked using Spamhaus."
                        + "|MICROSOFT_SPAMHAUS",
                // Exchange Online: banned IP
                "5.7.606|550 5.7.606 Access denied, banned sending IP [ip].|MICROSOFT_BANNED_IP",
                // Yahoo: policy
                "5.7.9|554 5.7.9 Message not accepted for policy reasons.|YAHOO_POLICY",
                // Yahoo: TSS04
                "4.7.0|421 4.7.0 [TSS04] Messages from * temporarily deferred due to unexpected"
                        + " volume or user complaints|YAHOO_REPUTATION",
                // Postfix receiver without reverse DNS
                "4.7.25|450 4.7.25 Client host rejected: cannot find your hostname, [ip]"
                        + "|POSTFIX_UNKNOWN_CLIENT",
                // Postfix receiver with a DNSBL
                "5.7.1|554 5.7.1 Service unavailable; Client host [ip] blocked using"
                        + " zen.spamhaus.org|DNS_BLOCKLIST",
                // RFC 7372 SPF code with policyd-spf's text
                "5.7.23|550 5.7.23 Message rejected due to: Receiver policy|RFC7372_SPF",
                // RFC 7372 DKIM code
                "5.7.20|550 5.7.20 No passing signature|RFC7372_DKIM",
                // RFC 7372 reverse DNS code with no keyword
                "5.7.25|550 5.7.25 Go away|RFC7372_REVERSE_DNS",
                // a keyword alone
                "5.7.1|550 5.7.1 Rejected by DMARC policy for example.com|DMARC_KEYWORD",
                // SPF keyword with a generic code
                "5.7.1|550 5.7.1 SPF fail - not authorized|SPF_KEYWORD"
            })
    void match_findsTheDocumentedCause(String dsn, String reason, KnownRejection expected) {
        assertThat(KnownRejection.match(dsn, reason)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // unknown user: the recipient's problem, not the setup's
                "550 5.1.1 <address>: Recipient address rejected: User unknown",
                // mailbox full
                "452 4.2.2 The email account that you tried to reach is over quota",
                // greylisting
                "450 4.7.1 <address>: Recipient address rejected: Greylisted",
                // a longer code that only starts like a known one
                "550 5.7.15 Something else"
            })
    void match_findsNothing_forCausesOutsideTheSetup(String reason) {
        assertThat(KnownRejection.match("", reason)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        // each fix step names its live check; the blocklist's is the dnsbl check
        "GMAIL_PTR, ptr, ptr",
        "GMAIL_SPF, spf, spf",
        "GMAIL_DKIM, dkim, dkim",
        "GMAIL_DMARC_MISSING, dmarc, dmarc",
        "MICROSOFT_BLOCK_LIST, blocklist, dnsbl"
    })
    void steps_nameTheFixingStep(KnownRejection rejection, String step, String check) {
        assertThat(rejection.steps().getFirst().id()).isEqualTo(step);
        assertThat(rejection.steps().getFirst().check().map(s -> s.id())).contains(check);
    }
}
