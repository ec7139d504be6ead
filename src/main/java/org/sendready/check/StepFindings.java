package org.sendready.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.RrType;
import org.sendready.records.DnsRecord;

/// What a check, or part of one, found: problems with their status, detail lines, fix
/// records, comparisons and how long caches may hide a change. Parts found by concurrent
/// queries are merged in a fixed order, then turned into one [CheckResult]; every check builds
/// its result this way, so all steps word their summaries and details by the same rules.
///
/// Not thread-safe: each part is filled by one continuation, and parts are merged only after
/// all of them completed.
final class StepFindings {

    /// Said with every ERROR: the admin should not change records over it.
    static final String DNS_FAULT_ADVICE =
            "This is a DNS fault, not a problem with your records: try again later, or ask"
                    + " another DNS server (--dns, or another resolver in the wizard).";

    private record Problem(CheckStatus status, String line) {}

    private final List<Problem> problems = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private final LinkedHashSet<DnsRecord> fix = new LinkedHashSet<>();
    private final List<RecordComparison> comparisons = new ArrayList<>();
    private Duration settlesWithin;

    /// A problem of `status` (WARN, PENDING, FAIL or ERROR), said in one line for the admin;
    /// the line is also a detail, followed by the `more` detail lines that explain it.
    StepFindings problem(CheckStatus status, String line, String... more) {
        if (status == CheckStatus.PASS) {
            throw new IllegalArgumentException("a problem is worse than PASS: " + line);
        }
        problems.add(new Problem(status, line));
        details.add(line);
        details.addAll(List.of(more));
        return this;
    }

    /// A line saying what was asked and found, or advice.
    StepFindings detail(String line) {
        details.add(line);
        return this;
    }

    StepFindings fix(Collection<DnsRecord> records) {
        fix.addAll(records);
        return this;
    }

    StepFindings fix(DnsRecord record) {
        fix.add(record);
        return this;
    }

    StepFindings compared(RecordComparison comparison) {
        comparisons.add(comparison);
        return this;
    }

    /// Caches may keep what they saw for up to `ttl`; the longest such time is kept.
    StepFindings settlesWithin(Duration ttl) {
        if (settlesWithin == null || ttl.compareTo(settlesWithin) > 0) {
            settlesWithin = ttl;
        }
        return this;
    }

    /// Caches may keep `answer` (records or their absence) for its TTL.
    StepFindings settlesWithin(DnsAnswer answer) {
        return switch (answer) {
            case DnsAnswer.Records records -> settlesWithin(records.ttl());
            case DnsAnswer.NxDomain nx -> settlesWithin(nx.negativeTtl());
            case DnsAnswer.NoData noData -> settlesWithin(noData.negativeTtl());
            case DnsAnswer.Failed failed -> this;
        };
    }

    /// Appends everything `other` found.
    StepFindings add(StepFindings other) {
        problems.addAll(other.problems);
        details.addAll(other.details);
        fix.addAll(other.fix);
        comparisons.addAll(other.comparisons);
        if (other.settlesWithin != null) {
            settlesWithin(other.settlesWithin);
        }
        return this;
    }

    /// The worst status found; PASS when nothing was wrong.
    CheckStatus status() {
        return problems.stream().map(Problem::status).reduce(CheckStatus.PASS, CheckStatus::worst);
    }

    /// How many problems have been found so far.
    int problems() {
        return problems.size();
    }

    /// The parts, once all completed, merged in list order.
    static CompletableFuture<StepFindings> merge(List<CompletableFuture<StepFindings>> parts) {
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
                .thenApply(
                        done -> {
                            var all = new StepFindings();
                            parts.forEach(part -> all.add(part.join()));
                            return all;
                        });
    }

    /// The result: the summary is `passSummary` when nothing was wrong, else the first problem
    /// of the worst status, with a count of all other problems, which stay in the details as
    /// every problem's line does. An ERROR carries no fix and no wait (the records are not at
    /// fault, and nothing is known about them) but advice on the DNS fault; a WARN, PENDING or
    /// FAIL says how long caches may keep the answer that a fix replaces.
    CheckResult result(StepId step, String passSummary) {
        var status = status();
        var summary = passSummary;
        if (status != CheckStatus.PASS) {
            summary =
                    problems.stream()
                            .filter(p -> p.status() == status)
                            .findFirst()
                            .orElseThrow()
                            .line();
            if (problems.size() > 1) {
                summary += " (and " + (problems.size() - 1) + " more, see details)";
            }
        }
        var lines = new ArrayList<>(details);
        if (status == CheckStatus.ERROR) {
            lines.add(DNS_FAULT_ADVICE);
        }
        var waits = status != CheckStatus.PASS && status != CheckStatus.ERROR;
        return new CheckResult(
                step,
                status,
                summary,
                lines,
                status == CheckStatus.ERROR ? List.of() : List.copyOf(fix),
                comparisons,
                waits ? Optional.ofNullable(settlesWithin) : Optional.empty());
    }

    /// The ERROR result for a question DNS could not answer: who was asked and what went
    /// wrong; no fix, since nothing is known about the records.
    static CheckResult dnsError(
            StepId step, RrType type, DomainName name, DnsAnswer.Failed failed) {
        return new StepFindings()
                .problem(
                        CheckStatus.ERROR,
                        "DNS could not answer for "
                                + name
                                + ": "
                                + failed.kind().description()
                                + " (server "
                                + failed.from().display()
                                + ")",
                        AnswerText.of(type, name, failed))
                .result(step, "");
    }
}
