package org.sendready.bounce;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendready.operate.KnownRejection;

/// Everything one run of the processor found: each message, and the totals and suppression
/// list derived from them.
///
/// @param messages every message read, in order
/// @param tokensChecked whether a key was given, so tokens were verified
public record BounceReport(List<ProcessedMessage> messages, boolean tokensChecked) {

    public BounceReport {
        messages = List.copyOf(messages);
    }

    /// The addresses to stop sending to, each once (the first report wins), in order.
    public List<Suppression> suppressions() {
        var byAddress = new LinkedHashMap<String, Suppression>();
        for (var message : messages) {
            for (var judged : message.recipients()) {
                if (judged.decision() != SuppressionDecision.SUPPRESS) {
                    continue;
                }
                var bounce = judged.bounce();
                var address = bounce.recipient().orElseThrow();
                byAddress.putIfAbsent(
                        address.toLowerCase(Locale.ROOT),
                        new Suppression(
                                address,
                                bounce.classification().status(),
                                bounce.diagnostic(),
                                message.source()));
            }
        }
        return List.copyOf(byAddress.values());
    }

    /// Recipient outcomes per class.
    public Map<BounceClass, Integer> countByClass() {
        var counts = new EnumMap<BounceClass, Integer>(BounceClass.class);
        for (var value : BounceClass.values()) {
            counts.put(value, 0);
        }
        for (var message : messages) {
            for (var judged : message.recipients()) {
                counts.merge(judged.bounce().classification().bounceClass(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /// Failures the sender's own setup caused, per known rejection (in catalogue order), with
    /// the messages that showed each.
    public Map<KnownRejection, List<String>> setupCauses() {
        var causes = new EnumMap<KnownRejection, List<String>>(KnownRejection.class);
        for (var message : messages) {
            for (var judged : message.recipients()) {
                judged.bounce()
                        .classification()
                        .setupCause()
                        .ifPresent(
                                cause ->
                                        causes.computeIfAbsent(cause, c -> new ArrayList<>())
                                                .add(message.source()));
            }
        }
        return causes;
    }

    /// Messages per token verdict: `valid`, `expired`, `forged`, `malformed`, and `none` for
    /// messages without a token (all `none` when no key was given).
    public Map<String, Integer> countByToken() {
        var counts = new LinkedHashMap<String, Integer>();
        for (var name : List.of("valid", "expired", "forged", "malformed", "none")) {
            counts.put(name, 0);
        }
        for (var message : messages) {
            var name =
                    message.token()
                            .map(
                                    verdict ->
                                            switch (verdict) {
                                                case TokenVerdict.Valid v -> "valid";
                                                case TokenVerdict.Expired e -> "expired";
                                                case TokenVerdict.Forged f -> "forged";
                                                case TokenVerdict.Malformed m -> "malformed";
                                            })
                            .orElse("none");
            counts.merge(name, 1, Integer::sum);
        }
        return counts;
    }

    /// Messages per format.
    public Map<BounceFormat, Integer> countByFormat() {
        var counts = new EnumMap<BounceFormat, Integer>(BounceFormat.class);
        for (var value : BounceFormat.values()) {
            counts.put(value, 0);
        }
        for (var message : messages) {
            counts.merge(message.bounce().format(), 1, Integer::sum);
        }
        return counts;
    }
}
