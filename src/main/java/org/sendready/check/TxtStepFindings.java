package org.sendready.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.RrType;
import org.sendready.records.DnsRecord;

/// What one run of a check has found so far, gathered into a [CheckResult] at the end.
///
/// Each problem is flagged with its status and a headline; the result's status is the worst
/// flagged, its summary the first headline at that status. Confined to the thread that runs
/// the check's last stage, so it needs no locking.
final class TxtStepFindings {
    private final StepId step;
    private CheckStatus status = CheckStatus.PASS;
    private final List<Headline> headlines = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private final LinkedHashSet<DnsRecord> fix = new LinkedHashSet<>();
    private final List<RecordComparison> comparisons = new ArrayList<>();
    private Duration settlesWithin;

    /// A flagged problem; `line` is its index in [#details].
    private record Headline(CheckStatus status, String text, int line) {}

    TxtStepFindings(StepId step) {
        this.step = step;
    }

    /// Flags a problem: raises the status to at least `problem`; the headline becomes a detail
    /// line too, followed by `more` lines.
    TxtStepFindings flag(CheckStatus problem, String headline, String... more) {
        status = status.worst(problem);
        headlines.add(new Headline(problem, headline, details.size()));
        details.add(headline);
        details.addAll(List.of(more));
        return this;
    }

    /// Adds a line that does not change the status: what was asked and found, or advice.
    TxtStepFindings note(String detail) {
        details.add(detail);
        return this;
    }

    /// Adds records to publish or change.
    TxtStepFindings fix(List<DnsRecord> records) {
        fix.addAll(records);
        return this;
    }

    TxtStepFindings compare(RecordComparison comparison) {
        comparisons.add(comparison);
        return this;
    }

    /// Caches may hold what DNS said for up to `ttl`; the result keeps the longest.
    TxtStepFindings settlesWithin(Duration ttl) {
        if (settlesWithin == null || ttl.compareTo(settlesWithin) > 0) {
            settlesWithin = ttl;
        }
        return this;
    }

    CheckStatus status() {
        return status;
    }

    /// How many problems have been flagged so far.
    int problems() {
        return headlines.size();
    }

    /// The result: `passSummary` when nothing was flagged, else the first headline at the
    /// worst status, with a count of the other problems (a single problem's headline is not
    /// repeated in the details). A wait only matters while the step is not done, so PASS
    /// carries none.
    CheckResult result(String passSummary) {
        var worst = headlines.stream().filter(h -> h.status() == status).findFirst();
        long others = headlines.size() - 1L;
        var summary =
                worst.map(h -> h.text() + (others > 0 ? " (and " + others + " more below)" : ""))
                        .orElse(passSummary);
        var lines = new ArrayList<>(details);
        if (others == 0 && worst.isPresent()) {
            lines.remove(worst.get().line());
        }
        return new CheckResult(
                step,
                status,
                summary,
                lines,
                List.copyOf(fix),
                comparisons,
                status == CheckStatus.PASS ? Optional.empty() : Optional.ofNullable(settlesWithin));
    }

    /// The ERROR result for a question DNS could not answer: who was asked and what went
    /// wrong; no fix, since nothing is known about the records.
    static CheckResult dnsError(
            StepId step, RrType type, DomainName name, DnsAnswer.Failed failed) {
        return new TxtStepFindings(step)
                .flag(
                        CheckStatus.ERROR,
                        "DNS could not answer for "
                                + name
                                + ": "
                                + failed.kind().description()
                                + " (server "
                                + failed.from().display()
                                + ")",
                        AnswerText.of(type, name, failed),
                        "This is a DNS fault, not a mistake in the records: check again later,"
                                + " or ask another server (--dns).")
                .result("");
    }
}
