package org.sendready.bounce;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendready.operate.KnownRejection;

/// Judges one failed delivery from its RFC 3463 status code, the DSN `Action`, and the
/// diagnostic text (the receiving server's SMTP reply, or a provider's prose).
///
/// The code decides when there is one: class 5 is hard, class 4 soft, except the permanent
/// codes for passing states (a full mailbox, an expired queue lifetime), which are soft.
/// Without a code, the SMTP reply code (`550`, `452`) decides, then the wording. Separately,
/// codes and wording that blame the sender's setup (reverse DNS, SPF, DKIM, DMARC, a null MX,
/// a blocklist) name the [KnownRejection] they match, from the catalogue that `log analyze`
/// uses too.
public final class FailureClassifier {

    /// Wording of a permanent address failure, where a message has no code.
    private static final Pattern HARD_WORDS =
            words(
                    "user unknown|unknown user|no such (user|mailbox|recipient)|mailbox"
                            + " (unavailable|not found|does not exist)|does not exist|recipient"
                            + " (not found|rejected|address rejected)|invalid (recipient|address|mailbox)"
                            + "|address rejected|account (is )?(disabled|deactivated|closed)"
                            + "|no mailbox here|permanent error|doesn't have an? [^ ]+ account");

    /// Wording of a transient failure: the mailbox or server may take mail later.
    private static final Pattern SOFT_WORDS =
            words(
                    "mailbox (is )?full|over ?quota|quota exceeded|insufficient (system )?storage"
                            + "|try again later|temporar(y|ily)|greylist|deferred|delayed"
                            + "|still trying|will (retry|try again)|timed? ?out");

    private static final Pattern SMTP_REPLY = Pattern.compile("(?<!\\d)([45])\\d\\d(?=[ \\-:])");

    private FailureClassifier() {}

    /// Judges a delivery: `action` is the DSN `Action` field when there is one (RFC 3464
    /// section 2.3.3), `status` its `Status` code, `diagnostic` the server's text.
    public static Classification classify(
            Optional<String> action, Optional<StatusCode> status, String diagnostic) {
        var code = status.or(() -> StatusCode.find(diagnostic));
        var cause = setupCause(code, diagnostic);
        var verb = action.map(a -> a.strip().toLowerCase(Locale.ROOT)).orElse("");
        if (verb.equals("delivered") || verb.equals("relayed") || verb.equals("expanded")) {
            return new Classification(
                    BounceClass.UNKNOWN,
                    code,
                    Optional.empty(),
                    "Action: " + verb + " reports a delivery, not a failure");
        }
        if (verb.equals("delayed")) {
            return new Classification(
                    BounceClass.SOFT, code, cause, "Action: delayed; the server is still trying");
        }
        if (code.isPresent()) {
            return byCode(code.get(), cause);
        }
        return byText(diagnostic, cause);
    }

    private static Classification byCode(StatusCode code, Optional<KnownRejection> cause) {
        if (code.codeClass() == 2) {
            return new Classification(
                    BounceClass.UNKNOWN,
                    Optional.of(code),
                    cause,
                    code + ": success, not a failure");
        }
        // RFC 3463 section 3.3 x.2.2 mailbox full, section 3.4 x.3.1 mail system full, section
        // 3.5 x.4.7 delivery time expired: states that pass, whatever class the server chose.
        if (code.is(2, 2) || code.is(3, 1) || code.is(4, 7)) {
            return new Classification(
                    BounceClass.SOFT,
                    Optional.of(code),
                    cause,
                    code + ": a passing state (full mailbox or queue timeout), not a bad address");
        }
        return code.permanent()
                ? new Classification(
                        BounceClass.HARD, Optional.of(code), cause, code + ": permanent failure")
                : new Classification(
                        BounceClass.SOFT, Optional.of(code), cause, code + ": transient failure");
    }

    private static Classification byText(String diagnostic, Optional<KnownRejection> cause) {
        if (SOFT_WORDS.matcher(diagnostic).find()
                && !diagnostic.toLowerCase(Locale.ROOT).contains("permanent error")) {
            return new Classification(
                    BounceClass.SOFT, Optional.empty(), cause, "wording of a transient failure");
        }
        var reply = SMTP_REPLY.matcher(diagnostic);
        if (reply.find()) {
            var permanent = reply.group(1).equals("5");
            return new Classification(
                    permanent ? BounceClass.HARD : BounceClass.SOFT,
                    Optional.empty(),
                    cause,
                    "SMTP reply "
                            + diagnostic.substring(reply.start(), reply.start() + 3)
                            + (permanent ? ": permanent failure" : ": transient failure"));
        }
        if (HARD_WORDS.matcher(diagnostic).find()) {
            return new Classification(
                    BounceClass.HARD, Optional.empty(), cause, "wording of a permanent failure");
        }
        return new Classification(
                BounceClass.UNKNOWN, Optional.empty(), cause, "no status code or known wording");
    }

    /// The sender-side cause: the first entry of the catalogue the log analysis uses too, so a
    /// reply blames the same setup step in a bounce as in a log line.
    static Optional<KnownRejection> setupCause(Optional<StatusCode> code, String diagnostic) {
        return KnownRejection.match(code.map(StatusCode::toString).orElse(""), diagnostic);
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE);
    }
}
