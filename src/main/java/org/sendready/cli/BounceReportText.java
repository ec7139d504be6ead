package org.sendready.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendready.bounce.BounceClass;
import org.sendready.bounce.BounceFormat;
import org.sendready.bounce.BounceReport;
import org.sendready.bounce.JudgedRecipient;
import org.sendready.bounce.ProcessedMessage;
import org.sendready.bounce.StatusCode;
import org.sendready.bounce.TokenVerdict;
import org.sendready.check.StepId;

/// The bounce report for a terminal: one line per message, the suppression list, the setup
/// steps to fix, and the totals.
final class BounceReportText {

    private BounceReportText() {}

    static String write(BounceReport report, Optional<Path> csv) {
        var text = new StringBuilder();
        for (var message : report.messages()) {
            for (var judged : message.recipients()) {
                text.append(line(message, judged)).append('\n');
            }
        }
        if (!report.messages().isEmpty()) {
            text.append('\n');
        }
        text.append("Messages: ").append(report.messages().size());
        var formats = listed(report.countByFormat(), BounceFormat::id);
        text.append(formats.isEmpty() ? "" : " (" + formats + ")").append('\n');
        text.append("Recipients: ")
                .append(listed(report.countByClass(), BounceClass::id))
                .append('\n');
        text.append("Tokens: ");
        if (report.tokensChecked()) {
            text.append(
                    report.countByToken().entrySet().stream()
                            .filter(e -> e.getValue() > 0)
                            .map(e -> e.getValue() + " " + e.getKey())
                            .collect(Collectors.joining(", ")));
        } else {
            text.append("not checked (no --key): every hard bounce counts, forged ones too");
        }
        text.append('\n');
        var suppressions = report.suppressions();
        text.append("Suppressed: ")
                .append(suppressions.size())
                .append(suppressions.size() == 1 ? " address" : " addresses");
        csv.ifPresent(file -> text.append(", written to ").append(file));
        text.append('\n');
        if (csv.isEmpty()) {
            for (var s : suppressions) {
                text.append("  ").append(s.address());
                s.status().ifPresent(code -> text.append("  ").append(code));
                text.append('\n');
            }
        }
        var causes = report.setupCauses();
        if (!causes.isEmpty()) {
            text.append("Caused by our own setup (the addresses are fine; fix, then resend):\n");
            causes.forEach(
                    (cause, sources) -> {
                        text.append("  ")
                                .append(cause.id())
                                .append(" (")
                                .append(cause.provider())
                                .append("): ")
                                .append(cause.cause());
                        text.append(" (")
                                .append(sources.size())
                                .append(sources.size() == 1 ? " bounce)" : " bounces)")
                                .append('\n');
                        text.append("    fix: ").append(fix(cause.checks())).append('\n');
                    });
        }
        return text.toString();
    }

    /// Where to fix a cause: `sendready check, steps dkim, dmarc`.
    private static String fix(List<StepId> steps) {
        if (steps.equals(List.of(StepId.DNSBL))) {
            return "sendready dnsbl (or sendready check --dnsbl)";
        }
        return (steps.size() == 1 ? "sendready check, step " : "sendready check, steps ")
                + steps.stream().map(StepId::id).collect(Collectors.joining(", "));
    }

    private static String line(ProcessedMessage message, JudgedRecipient judged) {
        var bounce = judged.bounce();
        var c = bounce.classification();
        var parts = new StringBuilder(message.source()).append(": ");
        parts.append(c.bounceClass().id());
        c.status().map(StatusCode::toString).ifPresent(code -> parts.append(' ').append(code));
        bounce.recipient().ifPresent(address -> parts.append(' ').append(address));
        c.setupCause()
                .ifPresent(cause -> parts.append(" [our setup: ").append(cause.id()).append(']'));
        message.token()
                .ifPresent(
                        verdict -> parts.append(" (token ").append(tokenWord(verdict)).append(')'));
        parts.append(" - ").append(judged.decision().description());
        return parts.toString();
    }

    private static String tokenWord(TokenVerdict verdict) {
        return switch (verdict) {
            case TokenVerdict.Valid v -> "valid";
            case TokenVerdict.Expired e -> "expired";
            case TokenVerdict.Forged f -> "forged";
            case TokenVerdict.Malformed m -> "malformed";
        };
    }

    /// `7 hard, 1 soft`: the non-zero counts.
    private static <K> String listed(Map<K, Integer> counts, Function<K, String> id) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + id.apply(e.getKey()))
                .collect(Collectors.joining(", "));
    }
}
