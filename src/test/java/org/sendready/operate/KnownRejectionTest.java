package org.sendready.operate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendready.check.StepId;

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
                // Microsoft: x.7.515 alone, the reply cut short
                "5.7.515|550 5.7.515 Access denied, sending domain example.com does not meet"
                        + "|MICROSOFT_AUTHENTICATION_LEVEL",
                // Exchange Online: DMARC reject
                "5.7.509|550 5.7.509: Access denied, sending domain example.com does not pass"
                        + " DMARC verification and has a DMARC policy of reject"
                        + "|MICROSOFT_DMARC_REJECT",
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
                // a DNSBL named only by "RBL" as a word
                "5.7.1|550 5.7.1 RBL: message rejected, see the list's site|DNS_BLOCKLIST",
                // SORBS, another list
                "5.7.1|554 5.7.1 Rejected: your IP is in SORBS DUHL|DNS_BLOCKLIST",
                // RFC 7372 SPF code with policyd-spf's text
                "5.7.23|550 5.7.23 Message rejected due to: Receiver policy|RFC7372_SPF",
                // RFC 7372 DKIM code
                "5.7.20|550 5.7.20 No passing signature|RFC7372_DKIM",
                // RFC 7372 DKIM code, deferred
                "4.7.22|451 4.7.22 No valid author-matched signature|RFC7372_DKIM",
                // RFC 7372 multiple checks, deferred
                "4.7.26|451 4.7.26 Too many checks failed, try again later|RFC7372_MULTIPLE",
                // RFC 7505 null MX of the envelope sender
                "5.7.27|550 5.7.27 Sender address has null MX|RFC7505_NULL_MX",
                // RFC 7372 reverse DNS code with no keyword
                "5.7.25|550 5.7.25 Go away|RFC7372_REVERSE_DNS",
                // a keyword alone
                "5.7.1|550 5.7.1 Rejected by DMARC policy for example.com|DMARC_KEYWORD",
                // SPF keyword with a generic code
                "5.7.1|550 5.7.1 SPF fail - not authorized|SPF_KEYWORD",
                // unauthenticated, with a generic code
                "5.7.1|550 5.7.1 Email rejected: sender is unauthenticated|UNAUTHENTICATED_KEYWORD",
                // a phrase split by the code a multi-line reply repeats (a DSN keeps them)
                "5.7.26|550-5.7.26 This message fails to 550-5.7.26 pass SPF checks for an SPF"
                        + " record with a hard fail policy (-all)|GMAIL_SPF_HARD_FAIL",
                // a phrase split over folded lines
                "|550 5.7.1 Service unavailable, Client host [ip] blocked\\n    using Spamhaus"
                        + "|MICROSOFT_SPAMHAUS",
                // reverse DNS in other words
                "5.7.1|550 5.7.1 No reverse mapping for your address|REVERSE_DNS_KEYWORD"
            })
    void match_findsTheDocumentedCause(String dsn, String reason, KnownRejection expected) {
        assertThat(KnownRejection.match(dsn == null ? "" : dsn, reason.replace("\\n", "\n")))
                .contains(expected);
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
                "550 5.7.15 Something else",
                // the recipient's domain has a null MX: the address is at fault
                "556 5.1.10 <address>: Recipient address rejected: Domain example.com does not"
                        + " accept mail (nullMX)",
                // "rbl" inside a word is no blocklist
                "554 5.6.0 Message garbled in transit",
                // Gmail's 4.7.27 without its SPF wording: not taken for a null MX
                "421 4.7.27 Try again later"
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
        "MICROSOFT_BLOCK_LIST, blocklist, dnsbl",
        // a null MX: the bounce domain first, then the MX of the domain
        "RFC7505_NULL_MX, bounce, bounce"
    })
    void steps_nameTheFixingStep(KnownRejection rejection, String step, String check) {
        assertThat(rejection.steps().getFirst().id()).isEqualTo(step);
        assertThat(rejection.steps().getFirst().check().map(s -> s.id())).contains(check);
    }

    @ParameterizedTest
    @EnumSource(KnownRejection.class)
    void checks_listALiveCheckForEveryStep(KnownRejection rejection) {
        assertThat(rejection.steps()).isNotEmpty();
        assertThat(rejection.checks())
                .containsExactlyElementsOf(
                        rejection.steps().stream()
                                .map(step -> step.check().orElseThrow())
                                .toList());
    }

    @ParameterizedTest
    @CsvSource({
        // SPF is checked on the envelope sender: the SPF step, then the bounce domain's
        "GMAIL_SPF, spf bounce",
        // a null MX: the bounce domain's MX, then the domain's own
        "RFC7505_NULL_MX, bounce mx",
        // DMARC: an aligned DKIM signature first, then the record
        "MICROSOFT_DMARC_REJECT, dkim dmarc",
        // a blocklist: the dnsbl check
        "DNS_BLOCKLIST, dnsbl"
    })
    void checks_areTheStepsLiveChecks_inOrder(KnownRejection rejection, String checks) {
        assertThat(rejection.checks().stream().map(StepId::id)).containsExactly(checks.split(" "));
    }

    @Test
    void id_isTheLowerCaseName() {
        assertThat(KnownRejection.GMAIL_PTR.id()).isEqualTo("gmail_ptr");
        assertThat(KnownRejection.RFC7505_NULL_MX.id()).isEqualTo("rfc7505_null_mx");
    }
}
