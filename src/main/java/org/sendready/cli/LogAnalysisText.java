package org.sendready.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sendready.logs.LogAnalysis;
import org.sendready.logs.TimeBucket;
import org.sendready.operate.FixStep;
import org.sendready.operate.SetupFinding;

/// The tables `log analyze` prints: totals, setup problems with their fix step, DNS failures
/// with likely typos, then domains, codes, reasons and the days (hours for a short log).
final class LogAnalysisText {
    private LogAnalysisText() {}

    /// A log spanning at most this many hours is shown per hour, a longer one per day.
    static final int MAX_HOURLY_ROWS = 48;

    /// Reasons are cut here in tables, so rows fit a wide terminal; JSON has them whole.
    static final int REASON_COLUMNS = 110;

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    static void print(PrintWriter out, LogAnalysis analysis, List<SetupFinding> findings, int top) {
        var lines = analysis.lines();
        out.printf(
                Locale.ROOT,
                "Read %d file(s), %,d lines: %,d Postfix, %,d other programs, %,d unparsed%n",
                analysis.files().size(),
                lines.total(),
                lines.postfix(),
                lines.otherPrograms(),
                lines.unparsed());
        if (analysis.first().isPresent() && analysis.last().isPresent()) {
            out.printf(
                    "Period: %s to %s (the log's clock)%n",
                    MINUTE.format(analysis.first().get()), MINUTE.format(analysis.last().get()));
        }
        var s = analysis.statuses();
        out.println();
        out.println("Status");
        row(out, "sent (delivered)", s.sent(), "recipients");
        row(
                out,
                "deferred",
                s.deferredMessages(),
                "messages, " + count(s.deferrals()) + " deferrals");
        row(out, "bounced", s.bounced(), "recipients");
        row(
                out,
                "expired",
                s.expiredMessages(),
                "messages, " + count(s.expiredRecipients()) + " recipients");
        if (s.forwarded() > 0) {
            row(out, "forwarded", s.forwarded(), "recipients (not counted as sent)");
        }
        row(out, "messages", s.messages(), "queued, " + count(s.removed()) + " removed");
        setup(out, findings);
        dns(out, analysis, top);
        domains(out, analysis, top);
        codes(out, analysis, top);
        reasons(out, analysis, top);
        series(out, analysis);
        var limits = analysis.limits();
        if (limits.evictedMessages() > 0 || limits.unbucketedAttempts() > 0) {
            out.println();
            out.printf(
                    Locale.ROOT,
                    "Limits: %,d messages dropped while open (too many at once), %,d outcomes"
                            + " outside the hourly series%n",
                    limits.evictedMessages(),
                    limits.unbucketedAttempts());
        }
    }

    private static void setup(PrintWriter out, List<SetupFinding> findings) {
        out.println();
        if (findings.isEmpty()) {
            out.println("Setup problems: none found in the deferrals and bounces");
            return;
        }
        out.println("Setup problems (deferrals and bounces caused by your setup)");
        for (var f : findings) {
            var steps =
                    f.steps().stream()
                            .map(FixStep::id)
                            .collect(Collectors.joining(", ", "fix step: ", ""));
            out.printf(
                    Locale.ROOT,
                    "  %-10s %,9d  %s: %s%n",
                    f.steps().getFirst().id(),
                    f.attempts(),
                    f.rejection().provider(),
                    f.rejection().cause());
            out.printf("  %-10s %9s  %s; e.g. to %s:%n", "", "", steps, f.exampleRecipient());
            out.printf("  %-10s %9s  %s%n", "", "", cut(f.exampleReason()));
        }
    }

    private static void dns(PrintWriter out, LogAnalysis analysis, int top) {
        var problems = analysis.dnsProblems();
        if (problems.isEmpty()) {
            return;
        }
        out.println();
        out.println("Recipient domains that fail DNS");
        for (var p : problems.subList(0, Math.min(top, problems.size()))) {
            out.printf(
                    Locale.ROOT,
                    "  %-30s %,9d failures%s%n",
                    p.domain(),
                    p.failures(),
                    p.likelyTypoOf().map(t -> "  likely a typo of " + t).orElse(""));
            out.println("    " + String.join(", ", p.recipients()));
        }
    }

    private static void domains(PrintWriter out, LogAnalysis analysis, int top) {
        out.println();
        out.printf(
                Locale.ROOT,
                "%-32s %10s %10s %10s %10s%n",
                "Recipient domains (top " + top + ")",
                "sent",
                "deferred",
                "bounced",
                "expired");
        for (var d : analysis.topDomains(top)) {
            out.printf(
                    Locale.ROOT,
                    "  %-30s %,10d %,10d %,10d %,10d%n",
                    d.domain().isEmpty() ? "(local)" : d.domain(),
                    d.sent(),
                    d.deferred(),
                    d.bounced(),
                    d.expired());
        }
    }

    private static void codes(PrintWriter out, LogAnalysis analysis, int top) {
        out.println();
        out.printf(
                Locale.ROOT,
                "%-32s %10s %10s %10s%n",
                "DSN codes (top " + top + ")",
                "sent",
                "deferred",
                "bounced");
        for (var c : analysis.topCodes(top)) {
            out.printf(
                    Locale.ROOT,
                    "  %-30s %,10d %,10d %,10d%n",
                    c.dsn().isEmpty() ? "(none)" : c.dsn(),
                    c.sent(),
                    c.deferred(),
                    c.bounced());
        }
    }

    private static void reasons(PrintWriter out, LogAnalysis analysis, int top) {
        var reasons = analysis.topReasons(top);
        if (reasons.isEmpty()) {
            return;
        }
        out.println();
        out.println("Reasons (top " + top + ")");
        for (var r : reasons) {
            out.printf(
                    Locale.ROOT,
                    "  %,9d  %-8s %-7s %s%n",
                    r.count(),
                    r.status().id(),
                    r.dsn(),
                    cut(r.reason()));
        }
    }

    private static void series(PrintWriter out, LogAnalysis analysis) {
        var hourly = analysis.hourly();
        if (hourly.isEmpty()) {
            return;
        }
        boolean byHour =
                Duration.between(hourly.getFirst().start(), hourly.getLast().start()).toHours()
                        < MAX_HOURLY_ROWS;
        List<TimeBucket> rows = byHour ? hourly : analysis.daily();
        out.println();
        out.printf(
                Locale.ROOT,
                "%-32s %10s %10s %10s %10s%n",
                byHour ? "Per hour" : "Per day",
                "sent",
                "deferred",
                "bounced",
                "expired");
        for (var b : rows) {
            out.printf(
                    Locale.ROOT,
                    "  %-30s %,10d %,10d %,10d %,10d%n",
                    byHour ? MINUTE.format(b.start()) : b.start().toLocalDate().toString(),
                    b.sent(),
                    b.deferred(),
                    b.bounced(),
                    b.expired());
        }
    }

    private static void row(PrintWriter out, String label, long value, String unit) {
        out.printf(Locale.ROOT, "  %-18s %,12d  %s%n", label, value, unit);
    }

    private static String cut(String reason) {
        return reason.length() <= REASON_COLUMNS
                ? reason
                : reason.substring(0, REASON_COLUMNS - 3) + "...";
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
