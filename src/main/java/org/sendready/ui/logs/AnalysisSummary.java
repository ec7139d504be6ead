package org.sendready.ui.logs;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import org.sendready.logs.LogAnalysis;

/// The sentence above the tiles: how many lines of which kind, the period, and what the
/// analysis could not follow (messages still queued, memory limits).
final class AnalysisSummary {
    private AnalysisSummary() {}

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ENGLISH);

    static String of(LogAnalysis analysis) {
        var lines = analysis.lines();
        var text = new StringBuilder();
        text.append(
                String.format(
                        Locale.ROOT,
                        "Read %s in %s: %,d from Postfix, %,d from other programs, %,d not"
                                + " understood.",
                        SummaryTile.count(lines.total(), "line"),
                        SummaryTile.count(analysis.files().size(), "file"),
                        lines.postfix(),
                        lines.otherPrograms(),
                        lines.unparsed()));
        if (analysis.first().isPresent() && analysis.last().isPresent()) {
            text.append(" From ")
                    .append(MINUTE.format(analysis.first().get()))
                    .append(" to ")
                    .append(MINUTE.format(analysis.last().get()))
                    .append(" (the log's clock).");
        }
        var notes = new ArrayList<String>();
        var limits = analysis.limits();
        if (limits.openAtEnd() > 0) {
            notes.add(
                    SummaryTile.count(limits.openAtEnd(), "message")
                            + " still queued when the log ended");
        }
        if (limits.evictedMessages() > 0) {
            notes.add(
                    SummaryTile.count(limits.evictedMessages(), "message")
                            + " dropped while open (too many at once)");
        }
        if (limits.unbucketedAttempts() > 0) {
            notes.add(
                    SummaryTile.count(limits.unbucketedAttempts(), "outcome")
                            + " outside the time chart's two years");
        }
        if (!notes.isEmpty()) {
            text.append(' ').append(String.join("; ", notes)).append('.');
        }
        return text.toString();
    }
}
