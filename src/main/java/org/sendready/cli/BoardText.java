package org.sendready.cli;

import java.io.PrintWriter;
import org.sendready.check.CheckReport;
import org.sendready.check.CheckResult;
import org.sendready.check.CheckStatus;
import org.sendready.check.RecordVerdict;
import org.sendready.check.TtlText;
import org.sendready.records.BindZoneWriter;

/// Prints a check board for a terminal: one line per step, then details and the fix.
final class BoardText {
    private static final int STEP_WIDTH = 7;
    private static final int STATUS_WIDTH = 8;

    private BoardText() {}

    static void print(CheckReport report, String servers, PrintWriter out) {
        out.println("sendready check " + report.domain().unicode() + "  (DNS: " + servers + ")");
        for (var step : report.steps()) {
            out.println(line(step));
            printBody(step, out);
        }
        out.println();
        out.println(
                report.ok()
                        ? "All green: every step is done."
                        : "Not green yet: " + notGreen(report) + ".");
    }

    /// The step's one-line summary, e.g. `  spf     PASS     SPF passes 192.0.2.10`.
    static String line(CheckResult step) {
        return "  "
                + pad(step.step().id(), STEP_WIDTH)
                + " "
                + pad(step.status().name(), STATUS_WIDTH)
                + " "
                + step.summary();
    }

    private static void printBody(CheckResult step, PrintWriter out) {
        // The summary line stands right above; a detail repeating it would only add noise.
        step.details().stream()
                .filter(detail -> !detail.equals(step.summary()))
                .forEach(detail -> out.println("            " + detail));
        for (var comparison : step.comparisons()) {
            if (comparison.verdict() != RecordVerdict.OK) {
                comparison.mistake().ifPresent(m -> out.println("            ! " + m));
            }
        }
        if (!step.fix().isEmpty() && step.status() != CheckStatus.PASS) {
            out.println("            Publish:");
            step.fix().forEach(r -> out.println("              " + BindZoneWriter.line(r)));
        }
        step.settlesWithin()
                .filter(d -> !step.status().isGreen())
                .ifPresent(
                        d ->
                                out.println(
                                        "            Resolvers may keep the old answer for up to "
                                                + TtlText.of(d)
                                                + "; --authoritative asks the name servers directly."));
    }

    private static String notGreen(CheckReport report) {
        return report.steps().stream()
                .filter(s -> !s.status().isGreen())
                .map(s -> s.step().id() + " " + s.status().id())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    /// `text` padded with spaces to `width` columns, for aligned terminal output.
    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
