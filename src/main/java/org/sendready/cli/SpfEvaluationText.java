package org.sendready.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sendready.spf.DnsLookup;
import org.sendready.spf.SpfEvaluation;
import org.sendready.spf.SpfRecord;
import org.sendready.spf.SpfTrace;

/// The text `spf eval` prints: the result, the explanation, the counts, and the trace drawn as
/// an indented tree (each include or redirect one level deeper than its term).
final class SpfEvaluationText {

    /// Spaces per tree level.
    private static final String INDENT = "  ";

    private SpfEvaluationText() {}

    static void print(PrintWriter out, SpfEvaluation evaluation) {
        out.println("Result: " + evaluation.result().id());
        out.println("Explanation: " + evaluation.explanation().orElse("(none)"));
        out.printf(
                Locale.ROOT,
                "DNS lookups: %d of %d, void lookups: %d of %d%n",
                evaluation.lookups(),
                SpfRecord.MAX_DNS_TERMS,
                evaluation.voidLookups(),
                SpfEvaluation.MAX_VOID_LOOKUPS);
        out.println("Trace:");
        trace(out, evaluation.trace(), INDENT);
    }

    private static void trace(PrintWriter out, SpfTrace trace, String indent) {
        out.printf(
                Locale.ROOT,
                "%s%s: %s (%d %s, %d void)%n",
                indent,
                trace.domain(),
                trace.result().id(),
                trace.lookups(),
                trace.lookups() == 1 ? "lookup" : "lookups",
                trace.voidLookups());
        var inner = indent + INDENT;
        trace.record().ifPresent(record -> out.println(inner + "record: " + record));
        queries(out, trace.queries(), inner);
        out.println(inner + "why: " + trace.detail());
        for (var term : trace.terms()) {
            out.println(
                    inner + term.term() + "  [" + term.outcome().label() + "] " + term.detail());
            queries(out, term.queries(), inner + INDENT);
            term.child().ifPresent(child -> trace(out, child, inner + INDENT));
        }
    }

    private static void queries(PrintWriter out, List<DnsLookup> lookups, String indent) {
        for (var lookup : lookups) {
            out.println(indent + "dns " + lookup);
        }
    }
}
