package org.sendready.operate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendready.check.StepId;

/// Rejections and deferrals whose cause is the sender's own setup, as receivers word them,
/// each with the steps that fix it: the one catalogue that both the Postfix log analysis
/// ([SetupDiagnosis]) and the bounce classifier (`bounce.FailureClassifier`) consult, so a
/// receiver's reply gets the same cause and the same steps from a log line as from a returned
/// message.
///
/// An entry matches a deferral or bounce when the enhanced status code (the `dsn=` field or
/// the DSN `Status:` field, or a code in the reply text) is one of its codes, if it names any,
/// and the reply contains one of its phrases, if it names any. Phrases are matched
/// case-insensitively, with runs of white space as one space and the reply codes that
/// multi-line replies repeat on each line (RFC 5321 section 4.2) left out, so a log line
/// (which Postfix joins into one line) and a DSN (folded over several) read alike. Entries are
/// tried in declaration order: providers' specific texts first, then RFC 7372 and RFC 7505
/// codes alone, then keywords alone.
///
/// Provider texts change and are rarely published in full by the providers themselves. Each
/// entry therefore matches a code and a short phrase, not a whole quoted reply; the comment
/// above it names where the text is documented and what was not confirmed.
public enum KnownRejection {
    // Gmail: Google Workspace Admin Help "Gmail SMTP errors and codes"
    // (support.google.com/a/answer/3726730). Its 550 5.7.25 text, as quoted at
    // senderreputation.org/bounce-codes/5-7-25: "The IP address sending this message does not
    // have a PTR record setup, or the corresponding forward DNS entry does not point to the
    // sending IP." 4.7.23 for the same cause is as reported at
    // dmarcpal.com/learn/gmail-ptr-reverse-dns-failures-4-7-23-5-7-25 (not seen on Google's
    // page itself), so it is matched only together with "PTR record".
    GMAIL_PTR(
            "Gmail",
            "the sending IP has no PTR record, or its name does not resolve back to the IP",
            List.of(FixStep.PTR),
            List.of("5.7.25", "4.7.25", "4.7.23"),
            List.of("ptr record")),

    // Gmail 4.7.27 / 5.7.27 "SPF did not pass", as summarized at
    // dmarcpal.com/learn/gmail-bulk-sender-error-codes-explained and
    // trustyourinbox.com/kb/troubleshooting/yahoo-554-5-7-9-dmarc; the exact wording was not
    // confirmed, so code + "SPF" only.
    GMAIL_SPF(
            "Gmail",
            "SPF did not pass for the sending IP",
            List.of(FixStep.SPF, FixStep.BOUNCE),
            List.of("4.7.27", "5.7.27"),
            List.of("spf")),

    // Gmail 4.7.30 / 5.7.30 "DKIM did not pass" (same sources as GMAIL_SPF); code + "DKIM".
    GMAIL_DKIM(
            "Gmail",
            "DKIM did not pass",
            List.of(FixStep.DKIM),
            List.of("4.7.30", "5.7.30"),
            List.of("dkim")),

    // Gmail 4.7.31 / 4.7.40 / 5.7.40: no usable DMARC record (dmarcpal.com, as above);
    // code + "DMARC".
    GMAIL_DMARC_MISSING(
            "Gmail",
            "the From domain has no DMARC record with a policy",
            List.of(FixStep.DMARC),
            List.of("4.7.31", "4.7.40", "5.7.40"),
            List.of("dmarc")),

    // Gmail 4.7.32 / 5.7.32: the From domain is not aligned with the SPF or DKIM domain
    // (dmarcpal.com, as above); code + "align".
    GMAIL_ALIGNMENT(
            "Gmail",
            "the From domain is not aligned with the SPF or DKIM domain",
            List.of(FixStep.DKIM, FixStep.DMARC),
            List.of("4.7.32", "5.7.32"),
            List.of("align")),

    // Gmail 550 5.7.26 "Unauthenticated email from domain-name is not accepted due to domain's
    // DMARC policy", as quoted from Google's page by Valimail ("Crack the Code: How to Address
    // Yahoo and Gmail Error Codes", valimail.com/blog/address-yahoo-and-gmail-error-codes).
    GMAIL_DMARC_POLICY(
            "Gmail",
            "the message failed the From domain's DMARC policy",
            List.of(FixStep.DKIM, FixStep.DMARC),
            List.of("5.7.26"),
            List.of("dmarc policy")),

    // Gmail 550 5.7.26 "This message fails to pass SPF checks for an SPF record with a hard fail
    // policy (-all)" (Valimail, as above).
    GMAIL_SPF_HARD_FAIL(
            "Gmail",
            "SPF failed under a -all record",
            List.of(FixStep.SPF, FixStep.BOUNCE),
            List.of("5.7.26"),
            List.of("fails to pass spf")),

    // Gmail 550 5.7.26 "This message does not have authentication information or fails to pass
    // authentication checks (SPF or DKIM)" (Valimail, as above). The 421 4.7.26 and older
    // 421 4.7.0 variants of the same wording are matched on code + keyword only.
    GMAIL_UNAUTHENTICATED(
            "Gmail",
            "neither SPF nor DKIM passed",
            List.of(FixStep.SPF, FixStep.DKIM),
            List.of("5.7.26", "4.7.26", "4.7.0"),
            List.of("unauthenticated", "authentication checks", "authentication information")),

    // Microsoft (Outlook.com, Hotmail, Live): "550 5.7.515 Access denied, sending domain
    // <domain> does not meet the required authentication level." Microsoft Support, "Fix NDR
    // error 550 5.7.515 in Outlook.com" (support.microsoft.com, topic 34cfe8f8-...). The code is
    // Microsoft's own and means only this, so it matches alone (a reply cut short still does).
    MICROSOFT_AUTHENTICATION_LEVEL(
            "Microsoft",
            "the From domain does not pass SPF, DKIM and DMARC as Outlook.com requires",
            List.of(FixStep.SPF, FixStep.DKIM, FixStep.DMARC),
            List.of("5.7.515"),
            List.of()),

    // Exchange Online: "550 5.7.509: Access denied, sending domain [domain] does not pass DMARC
    // verification and has a DMARC policy of reject", as quoted at
    // ourcloudnetwork.com/how-to-fix-error-550-5-7-509-access-denied-in-exchange-online and
    // simplefastwebsites.com/errors/email/smtp-550-5-7-509-m365-does-not-pass-dmarc (not seen
    // on Microsoft's own pages); Microsoft's own code, so it matches alone.
    MICROSOFT_DMARC_REJECT(
            "Microsoft",
            "the message failed the From domain's DMARC policy of reject",
            List.of(FixStep.DKIM, FixStep.DMARC),
            List.of("5.7.509"),
            List.of()),

    // Microsoft consumer mail: "550 5.7.1 Unfortunately, messages from [IP] weren't sent.
    // Please contact your Internet service provider since part of their network is on our block
    // list (S3150)", as quoted at dijitul.uk/live-outlook-hotmail-rejects-emails-550-5-7-1-s3150.
    MICROSOFT_BLOCK_LIST(
            "Microsoft",
            "the sending IP's network is on Microsoft's block list (S3150)",
            List.of(FixStep.BLOCKLIST),
            List.of("5.7.1"),
            List.of("s3150", "on our block list")),

    // Exchange Online Protection: "550 5.7.1 Service unavailable, Client host [x.x.x.x] blocked
    // using Spamhaus" and "550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus
    // (S8001)", as listed at smtp.codes/exchangeonline and smtpfieldmanual.com.
    MICROSOFT_SPAMHAUS(
            "Microsoft",
            "the sending IP or HELO name is listed in Spamhaus",
            List.of(FixStep.BLOCKLIST),
            List.of("5.7.1"),
            List.of("blocked using spamhaus", "listed in spamhaus")),

    // Exchange Online Protection: "550 5.7.606 Access denied, banned sending IP [x.x.x.x]"
    // (smtpfieldmanual.com/spamfilter/exchangeonline).
    MICROSOFT_BANNED_IP(
            "Microsoft",
            "the sending IP is banned by Exchange Online",
            List.of(FixStep.BLOCKLIST),
            List.of("5.7.606"),
            List.of("banned sending ip")),

    // Yahoo: "554 5.7.9: Message not accepted for policy reasons", Yahoo Help SLN7253: the
    // message failed DKIM, SPF or DMARC.
    YAHOO_POLICY(
            "Yahoo",
            "the message failed DKIM, SPF or DMARC",
            List.of(FixStep.SPF, FixStep.DKIM, FixStep.DMARC),
            List.of("5.7.9"),
            List.of("not accepted for policy reasons")),

    // Yahoo: "421 4.7.0 [TSS04] Messages from x.x.x.x temporarily deferred due to unexpected
    // volume or user complaints" (smtp.codes/yahoo; cPanel support article 4403952239511) and
    // "421 4.7.1 [TS03] All messages from x.x.x.x permanently deferred" (Yahoo Help SLN3436):
    // the sending IP's reputation, matched on code + the bracketed marker.
    YAHOO_REPUTATION(
            "Yahoo",
            "Yahoo defers the sending IP for its reputation (volume or complaints)",
            List.of(FixStep.BLOCKLIST),
            List.of("4.7.0", "4.7.1"),
            List.of("[tss04]", "[ts03]")),

    // Postfix receivers with reject_unknown_client_hostname or
    // reject_unknown_reverse_client_hostname (postconf(5)) reply "Client host rejected: cannot
    // find your hostname" or "... cannot find your reverse hostname".
    POSTFIX_UNKNOWN_CLIENT(
            "Postfix",
            "the receiver found no (forward-confirmed) reverse DNS name for the sending IP",
            List.of(FixStep.PTR),
            List.of(),
            List.of("cannot find your reverse hostname", "cannot find your hostname")),

    // DNS blocklists in general (RFC 5782): Postfix's default_rbl_reply (postconf(5)) is
    // "Service unavailable; Client host [$rbl_what] blocked using $rbl_domain"; other receivers
    // say "listed at/in/on" a named list. " rbl" starts a word: "garbled" is no blocklist.
    DNS_BLOCKLIST(
            "any receiver",
            "the sending IP is listed on a DNS blocklist",
            List.of(FixStep.BLOCKLIST),
            List.of(),
            List.of(
                    "blocked using",
                    "listed at",
                    "listed in",
                    "listed on",
                    "spamhaus",
                    "spamcop",
                    "barracuda",
                    "sorbs",
                    "uceprotect",
                    "blocklist",
                    "blacklist",
                    "block list",
                    "black list",
                    "on our block",
                    "dnsbl",
                    " rbl")),

    // RFC 7372 section 3.3: X.7.25 "Reverse DNS validation failed".
    RFC7372_REVERSE_DNS(
            "any receiver",
            "reverse DNS validation failed (RFC 7372)",
            List.of(FixStep.PTR),
            List.of("5.7.25", "4.7.25"),
            List.of()),

    // RFC 7372 section 3.2: X.7.23 "SPF validation failed", X.7.24 "SPF validation error".
    // 4.7.23 is left to the wording: Gmail uses it for a missing PTR (GMAIL_PTR above). SPF is
    // checked on the envelope sender, the bounce domain when there is one.
    RFC7372_SPF(
            "any receiver",
            "SPF validation failed (RFC 7372)",
            List.of(FixStep.SPF, FixStep.BOUNCE),
            List.of("5.7.23", "5.7.24", "4.7.24"),
            List.of()),

    // RFC 7372 section 3.1: X.7.20 "No passing DKIM signature found", X.7.21 "No acceptable
    // DKIM signature found", X.7.22 "No valid author-matched DKIM signature found". X stands
    // for either failure class (RFC 3463 section 2).
    RFC7372_DKIM(
            "any receiver",
            "no passing DKIM signature (RFC 7372)",
            List.of(FixStep.DKIM),
            List.of("5.7.20", "5.7.21", "5.7.22", "4.7.20", "4.7.21", "4.7.22"),
            List.of()),

    // RFC 7372 section 3.4: X.7.26 "Multiple authentication checks failed".
    RFC7372_MULTIPLE(
            "any receiver",
            "several authentication checks failed (RFC 7372)",
            List.of(FixStep.SPF, FixStep.DKIM, FixStep.DMARC),
            List.of("5.7.26", "4.7.26"),
            List.of()),

    // RFC 7505 section 4.2: "550 5.7.27 Sender address has null MX": the envelope sender's
    // domain says it takes no mail, so it could not take a bounce either. Gmail's x.7.27 texts
    // name SPF and matched GMAIL_SPF above; 4.7.27 alone is Gmail's (SPF), so only 5.7.27
    // matches here. A null MX of the recipient's domain (556 5.1.10, Postfix's "does not
    // accept mail (nullMX)") is the recipient's problem, so no phrase matches it.
    RFC7505_NULL_MX(
            "any receiver",
            "the envelope sender's domain has a null MX, so it cannot take bounces (RFC 7505)",
            List.of(FixStep.BOUNCE, FixStep.MX),
            List.of("5.7.27"),
            List.of()),

    // Keywords alone, for receivers that use 5.7.1 or no enhanced code at all.
    DMARC_KEYWORD(
            "any receiver",
            "the reply names DMARC",
            List.of(FixStep.DKIM, FixStep.DMARC),
            List.of(),
            List.of("dmarc")),

    // "Not authenticated" also covers a relay refusing mail without SMTP AUTH: still the
    // sender's setup, so the address is not blamed.
    UNAUTHENTICATED_KEYWORD(
            "any receiver",
            "the reply says the message was not authenticated (neither SPF nor DKIM passed)",
            List.of(FixStep.SPF, FixStep.DKIM),
            List.of(),
            List.of(
                    "unauthenticated",
                    "not authenticated",
                    "authentication checks",
                    "authentication requirements")),

    SPF_KEYWORD(
            "any receiver",
            "the reply names SPF",
            List.of(FixStep.SPF, FixStep.BOUNCE),
            List.of(),
            List.of("spf", "sender policy framework")),

    DKIM_KEYWORD(
            "any receiver",
            "the reply names DKIM",
            List.of(FixStep.DKIM),
            List.of(),
            List.of("dkim")),

    REVERSE_DNS_KEYWORD(
            "any receiver",
            "the reply names reverse DNS",
            List.of(FixStep.PTR),
            List.of(),
            List.of(
                    "reverse dns",
                    "reverse-dns",
                    "ptr record",
                    "rdns",
                    "reverse lookup",
                    "reverse hostname",
                    "reverse mapping"));

    /// A reply code with its enhanced code (`550-5.7.26`, `550 5.7.26`): a multi-line reply
    /// repeats the reply code on every line (RFC 5321 section 4.2), and servers that send
    /// enhanced codes (RFC 2034) repeat those too.
    private static final Pattern REPLY_CODE =
            Pattern.compile(
                    "(?<![\\d.])[245]\\d\\d[- ][245]\\.\\d{1,3}\\.\\d{1,3}(?![\\d.]\\d|\\d)");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String provider;
    private final String cause;
    private final List<FixStep> steps;
    private final List<String> codes;
    private final List<String> phrases;

    KnownRejection(
            String provider,
            String cause,
            List<FixStep> steps,
            List<String> codes,
            List<String> phrases) {
        this.provider = provider;
        this.cause = cause;
        this.steps = List.copyOf(steps);
        this.codes = List.copyOf(codes);
        this.phrases = List.copyOf(phrases);
    }

    /// The first entry that explains a deferral or bounce with enhanced code `dsn` ("" if
    /// none) and reply text `reason`: a log's normalized reason, or a DSN's `Diagnostic-Code`.
    public static Optional<KnownRejection> match(String dsn, String reason) {
        String text = reason.toLowerCase(Locale.ROOT);
        String words = words(text);
        for (var rejection : values()) {
            if (rejection.matches(dsn, text, words)) {
                return Optional.of(rejection);
            }
        }
        return Optional.empty();
    }

    /// The lower-case reply as phrases see it: without repeated reply codes, white space as
    /// single spaces, and a space at each end so that a phrase may start a word.
    private static String words(String lowerReason) {
        var noCodes = REPLY_CODE.matcher(lowerReason).replaceAll(" ");
        return " " + SPACES.matcher(noCodes).replaceAll(" ").strip() + " ";
    }

    private boolean matches(String dsn, String lowerReason, String words) {
        if (!codes.isEmpty() && codes.stream().noneMatch(c -> hasCode(dsn, lowerReason, c))) {
            return false;
        }
        return phrases.isEmpty() || phrases.stream().anyMatch(words::contains);
    }

    /// `code` is the `dsn=` field, or stands in the reason as a whole code (not as the start
    /// of a longer one: `5.7.1` is not in `5.7.15`).
    private static boolean hasCode(String dsn, String reason, String code) {
        if (dsn.equals(code)) {
            return true;
        }
        int from = 0;
        while (true) {
            int at = reason.indexOf(code, from);
            if (at < 0) {
                return false;
            }
            int after = at + code.length();
            boolean startOk = at == 0 || !isCodeChar(reason.charAt(at - 1));
            boolean endOk = after == reason.length() || !isCodeChar(reason.charAt(after));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean isCodeChar(char c) {
        return Character.isDigit(c) || c == '.';
    }

    /// The lower-case id used in JSON and in the wizard (`gmail_ptr`, `dns_blocklist`, ...),
    /// the same for `log analyze` and `bounce process`.
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /// Who words it this way: a provider's name, or "any receiver".
    public String provider() {
        return provider;
    }

    /// The cause in a few words.
    public String cause() {
        return cause;
    }

    /// The steps that fix it, most direct first.
    public List<FixStep> steps() {
        return steps;
    }

    /// The live checks (`sendready check` steps) of [#steps()], in the same order.
    public List<StepId> checks() {
        return steps.stream().flatMap(step -> step.check().stream()).distinct().toList();
    }
}
