package org.sendready.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.operate.KnownRejection;

/// The rules that turn a status code, an action and a server's words into a class and a
/// setup cause (an entry of the catalogue the log analysis shares).
class FailureClassifierTest {

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            textBlock =
                    """
                    # action  | status | diagnostic                                                        | class   | cause (a KnownRejection)
                    # RFC 3463 class 5: permanent
                    failed    | 5.1.1  | 550 5.1.1 user unknown                                            | HARD    | -
                    # class 4: transient
                    failed    | 4.4.1  | connect to mx.example.net: Connection timed out                    | SOFT    | -
                    # x.2.2 mailbox full is soft even in class 5
                    failed    | 5.2.2  | 552 5.2.2 mailbox full                                            | SOFT    | -
                    # x.4.7 the queue gave up: the address may be fine
                    failed    | 5.4.7  | delivery time expired                                             | SOFT    | -
                    # a delay report is soft whatever its code
                    delayed   | 5.0.0  | still trying                                                      | SOFT    | -
                    # a success report is no failure
                    delivered | 2.0.0  | 250 ok                                                            | UNKNOWN | -
                    # no Status field: the code in the diagnostic counts
                    failed    | -      | smtp; 550 5.1.1 <x@example.net> rejected                          | HARD    | -
                    # no enhanced code: the SMTP reply
                    -         | -      | 450 mailbox busy                                                  | SOFT    | -
                    # no code at all: the wording
                    -         | -      | Sorry, no such user here                                          | HARD    | -
                    -         | -      | the recipient is over quota                                       | SOFT    | -
                    -         | -      | something went wrong                                              | UNKNOWN | -
                    # RFC 7372: x.7.25 reverse DNS, in Gmail's words
                    failed    | 5.7.25 | The IP address sending this message does not have a PTR record    | HARD    | GMAIL_PTR
                    # RFC 7372: x.7.23 SPF
                    failed    | 5.7.23 | The message was rejected because of SPF violation                 | HARD    | RFC7372_SPF
                    # RFC 7372: x.7.20 DKIM
                    failed    | 5.7.20 | No passing DKIM signature found                                   | HARD    | RFC7372_DKIM
                    # Gmail x.7.26 without DMARC in the words: unauthenticated
                    failed    | 5.7.26 | This mail has been blocked because the sender is unauthenticated  | HARD    | GMAIL_UNAUTHENTICATED
                    # Gmail x.7.26 naming DMARC
                    failed    | 5.7.26 | Unauthenticated email is not accepted due to domain's DMARC policy | HARD    | GMAIL_DMARC_POLICY
                    # RFC 7505: x.7.27 null MX of the sender
                    failed    | 5.7.27 | Sender address has null MX                                        | HARD    | RFC7505_NULL_MX
                    # Microsoft x.7.515: below the required authentication level
                    failed    | 5.7.515 | Access denied, sending domain does not meet the required level   | HARD    | MICROSOFT_AUTHENTICATION_LEVEL
                    # 5.7.1 is only a policy code; the words name the blocklist
                    failed    | 5.7.1  | Client host [192.0.2.10] blocked using zen.spamhaus.org           | HARD    | DNS_BLOCKLIST
                    # transient greylisting with a reverse DNS complaint
                    failed    | 4.7.1  | Client host rejected: cannot find your reverse hostname           | SOFT    | POSTFIX_UNKNOWN_CLIENT
                    # Microsoft x.7.509: DMARC reject
                    failed    | 5.7.509 | Access denied, sending domain does not pass DMARC verification | HARD  | MICROSOFT_DMARC_REJECT
                    # no code, the words say unauthenticated: soft by the wording, still our setup
                    -         | -      | Message deferred: sender not authenticated, try again later      | SOFT    | UNAUTHENTICATED_KEYWORD
                    # the recipient's domain has a null MX: the address is at fault, not our setup
                    failed    | 5.1.10 | 556 5.1.10 Domain example.net does not accept mail (nullMX)       | HARD    | -
                    # a plain policy refusal blames nothing of ours
                    failed    | 5.7.1  | Message rejected as spam by content filter                        | HARD    | -
                    """)
    void classifier_judges_byCodeThenWording(
            String action,
            String status,
            String diagnostic,
            BounceClass expected,
            KnownRejection cause) {
        var result =
                FailureClassifier.classify(
                        Optional.ofNullable(action),
                        Optional.ofNullable(status).flatMap(StatusCode::parse),
                        diagnostic);

        assertThat(result.bounceClass()).isEqualTo(expected);
        assertThat(result.setupCause()).isEqualTo(Optional.ofNullable(cause));
    }
}
