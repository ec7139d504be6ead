package org.sendready.ui.bounces;

import java.util.Locale;
import java.util.stream.Stream;
import org.sendready.bounce.JudgedRecipient;
import org.sendready.bounce.ProcessedMessage;
import org.sendready.bounce.StatusCode;
import org.sendready.bounce.SuppressionDecision;
import org.sendready.bounce.TokenVerdict;
import org.sendready.operate.KnownRejection;

/// One row of the results table: a recipient of a processed message, in words.
///
/// @param source the message (`hard.eml`, `new/1.eml`, `INBOX #12`)
/// @param address the recipient, empty when the bounce names none
/// @param bounceClass `hard`, `soft`, `auto-reply`, `unknown`
/// @param status the RFC 3463 code, empty when there is none
/// @param reason which rule decided, and the server's words
/// @param token the token verdict: `valid`, `expired`, `forged`, `malformed`, or empty
/// @param setupCause the id of the known rejection our setup caused (`gmail_ptr`,
///     `dns_blocklist`), empty when the address is at fault
/// @param decision `suppressed` or why it was kept
/// @param suppressed whether the address goes on the suppression list
public record BounceRow(
        String source,
        String address,
        String bounceClass,
        String status,
        String reason,
        String token,
        String setupCause,
        String decision,
        boolean suppressed) {

    static BounceRow of(ProcessedMessage message, JudgedRecipient judged) {
        var bounce = judged.bounce();
        var c = bounce.classification();
        var reason =
                bounce.diagnostic().isEmpty()
                        ? c.reason()
                        : c.reason() + ": " + bounce.diagnostic();
        return new BounceRow(
                message.source(),
                bounce.recipient().orElse(""),
                c.bounceClass().id(),
                c.status().map(StatusCode::toString).orElse(""),
                reason,
                message.token().map(BounceRow::tokenWord).orElse(""),
                c.setupCause().map(KnownRejection::id).orElse(""),
                judged.decision().description(),
                judged.decision() == SuppressionDecision.SUPPRESS);
    }

    /// Whether any field contains `filter` (case-insensitive); every row matches a blank one.
    boolean matches(String filter) {
        var needle = filter.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty()
                || Stream.of(
                                source,
                                address,
                                bounceClass,
                                status,
                                reason,
                                token,
                                setupCause,
                                decision)
                        .anyMatch(field -> field.toLowerCase(Locale.ROOT).contains(needle));
    }

    static String tokenWord(TokenVerdict verdict) {
        return switch (verdict) {
            case TokenVerdict.Valid v -> "valid";
            case TokenVerdict.Expired e -> "expired";
            case TokenVerdict.Forged f -> "forged";
            case TokenVerdict.Malformed m -> "malformed";
        };
    }
}
