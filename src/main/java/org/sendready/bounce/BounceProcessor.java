package org.sendready.bounce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/// Reads returned messages from a [MessageSource], judges each recipient, and collects a
/// [BounceReport] with the suppression list.
///
/// A recipient is suppressed only for a hard bounce that the sender's own setup did not
/// cause. With a key, it must also carry a valid Return-Path token made for that recipient:
/// otherwise anyone could get addresses suppressed by mailing forged bounces, or replaying one
/// real token with other addresses. When the bounce names another address than the token's
/// (a forward), the returned message's recipients are searched for the token's address.
public final class BounceProcessor {

    private final BounceParser parser;
    private final Optional<TokenSigner> signer;
    private final Clock clock;

    /// A processor that checks tokens with `signer` when present.
    public BounceProcessor(BounceParser parser, Optional<TokenSigner> signer, Clock clock) {
        this.parser = Objects.requireNonNull(parser);
        this.signer = Objects.requireNonNull(signer);
        this.clock = Objects.requireNonNull(clock);
    }

    /// Reads every message of `source`.
    public BounceReport run(MessageSource source) {
        return run(source, processed -> {});
    }

    /// Reads every message of `source`, telling `progress` about each as it is judged (the
    /// wizard shows them as they come; it runs this off the FX thread).
    public BounceReport run(MessageSource source, Consumer<ProcessedMessage> progress) {
        var messages = new ArrayList<ProcessedMessage>();
        source.read(
                (label, bytes) -> {
                    var processed = process(label, bytes);
                    messages.add(processed);
                    progress.accept(processed);
                    return processed.recognised();
                });
        return new BounceReport(messages, signer.isPresent());
    }

    /// Judges one message.
    public ProcessedMessage process(String source, byte[] message) {
        var bounce = parser.parse(message);
        var today = LocalDate.now(clock);
        Optional<TokenVerdict> verdict =
                signer.flatMap(
                        s ->
                                bounce.tokenAddress()
                                        .flatMap(ReturnPathToken::inAddress)
                                        .map(token -> s.verify(token, today)));
        var judged = new ArrayList<JudgedRecipient>();
        for (var recipient : bounce.recipients()) {
            judged.add(judge(recipient, bounce, verdict));
        }
        return new ProcessedMessage(source, bounce, verdict, judged);
    }

    private JudgedRecipient judge(
            RecipientBounce recipient, ParsedBounce bounce, Optional<TokenVerdict> verdict) {
        var matched = matchToken(recipient, bounce, verdict);
        var classification = matched.classification();
        boolean tokenMatches =
                verdict.orElse(null) instanceof TokenVerdict.Valid valid
                        && matched.recipient()
                                .filter(a -> signer.orElseThrow().madeFor(valid, a))
                                .isPresent();
        SuppressionDecision decision;
        if (classification.bounceClass() != BounceClass.HARD) {
            decision = SuppressionDecision.NOT_PERMANENT;
        } else if (classification.setupCause().isPresent()) {
            decision = SuppressionDecision.OWN_SETUP;
        } else if (matched.recipient().isEmpty()) {
            decision = SuppressionDecision.NO_ADDRESS;
        } else if (signer.isPresent() && !tokenMatches) {
            decision = SuppressionDecision.NOT_VERIFIED;
        } else {
            decision = SuppressionDecision.SUPPRESS;
        }
        return new JudgedRecipient(matched, tokenMatches, decision);
    }

    /// The outcome attributed to the address the token was made for, when the bounce reports
    /// one recipient, names a different address, and the returned message shows the token's.
    private RecipientBounce matchToken(
            RecipientBounce recipient, ParsedBounce bounce, Optional<TokenVerdict> verdict) {
        if (!(verdict.orElse(null) instanceof TokenVerdict.Valid valid)) {
            return recipient;
        }
        var signing = signer.orElseThrow();
        if (bounce.recipients().size() != 1
                || recipient.recipient().filter(a -> signing.madeFor(valid, a)).isPresent()) {
            return recipient;
        }
        List<String> candidates = bounce.returnedRecipients();
        return candidates.stream()
                .filter(a -> signing.madeFor(valid, a))
                .findFirst()
                .map(recipient::withRecipient)
                .orElse(recipient);
    }
}
