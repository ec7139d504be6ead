package org.sendready.bounce;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/// Judges one failed delivery from its RFC 3463 status code, the DSN `Action`, and the
/// diagnostic text (the receiving server's SMTP reply, or a provider's prose).
///
/// The code decides when there is one: class 5 is hard, class 4 soft, except the permanent
/// codes for passing states (a full mailbox, an expired queue lifetime), which are soft.
/// Without a code, the SMTP reply code (`550`, `452`) decides, then the wording. Separately,
/// codes and wording that blame the sender's setup (reverse DNS, SPF, DKIM, DMARC, a
/// blocklist) give a [SetupCause].
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

    private static final Pattern BLOCKLIST_WORDS =
            words(
                    "spamhaus|spamcop|barracuda|sorbs|uceprotect|block ?list|black ?list"
                            + "|\\brbl\\b|dnsbl|blocked using|listed (at|on|in)|on our block");

    private static final Pattern PTR_WORDS =
            words("reverse dns|reverse-dns|rdns|ptr record|reverse (lookup|hostname|mapping)");

    private static final Pattern UNAUTHENTICATED_WORDS =
            words("unauthenticated|not authenticated|authentication (checks|requirements)");

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

    private static Classification byCode(StatusCode code, Optional<SetupCause> cause) {
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

    private static Classification byText(String diagnostic, Optional<SetupCause> cause) {
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

    /// The sender-side cause, from the code first (RFC 7372, RFC 7505), then the wording.
    static Optional<SetupCause> setupCause(Optional<StatusCode> code, String diagnostic) {
        var text = diagnostic.toLowerCase(Locale.ROOT);
        if (code.isPresent() && code.get().subject() == 7) {
            var byCode = byAuthenticationCode(code.get(), text);
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        if (BLOCKLIST_WORDS.matcher(text).find()) {
            return Optional.of(SetupCause.BLOCKLIST);
        }
        if (PTR_WORDS.matcher(text).find()) {
            return Optional.of(SetupCause.PTR);
        }
        if (text.contains("dmarc")) {
            return Optional.of(SetupCause.DMARC);
        }
        if (UNAUTHENTICATED_WORDS.matcher(text).find()) {
            return Optional.of(SetupCause.UNAUTHENTICATED);
        }
        if (text.contains("dkim")) {
            return Optional.of(SetupCause.DKIM);
        }
        if (words("\\bspf\\b|sender policy framework").matcher(text).find()) {
            return Optional.of(SetupCause.SPF);
        }
        return Optional.empty();
    }

    private static Optional<SetupCause> byAuthenticationCode(StatusCode code, String text) {
        return switch (code.detail()) {
            case 20, 21, 22 -> Optional.of(SetupCause.DKIM);
            case 23, 24 -> Optional.of(SetupCause.SPF);
            case 25 -> Optional.of(SetupCause.PTR);
            // Gmail words x.7.26 by what failed: DMARC policy, or neither SPF nor DKIM.
            case 26 ->
                    Optional.of(
                            text.contains("dmarc") ? SetupCause.DMARC : SetupCause.UNAUTHENTICATED);
            // RFC 7505 section 4.2 null MX; some receivers use x.7.27 for an SPF failure.
            case 27 ->
                    Optional.of(
                            text.contains("spf") && !text.contains("null mx")
                                    ? SetupCause.SPF
                                    : SetupCause.NULL_MX);
            // Microsoft: x.7.509 DMARC failed, x.7.515 below the required authentication level.
            case 509 -> Optional.of(SetupCause.DMARC);
            case 515 -> Optional.of(SetupCause.UNAUTHENTICATED);
            default -> Optional.empty();
        };
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE);
    }
}
