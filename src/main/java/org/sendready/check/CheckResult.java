package org.sendready.check;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendready.records.DnsRecord;

/// The result of one step's check.
///
/// @param step which step
/// @param status PASS, WARN, PENDING, FAIL or ERROR
/// @param summary one line for the board, e.g. "SPF passes 192.0.2.10 and 2001:db8::10"
/// @param details further lines: what was asked, what was found, advice
/// @param fix the exact records to publish or change for FAIL/PENDING (and advice-level WARN);
///     empty when nothing needs publishing
/// @param comparisons expected vs live, record by record
/// @param settlesWithin for PENDING/FAIL caused by caches: how long until every resolver sees
///     the current data at the latest (the old record's TTL, or the negative-caching TTL)
public record CheckResult(
        StepId step,
        CheckStatus status,
        String summary,
        List<String> details,
        List<DnsRecord> fix,
        List<RecordComparison> comparisons,
        Optional<Duration> settlesWithin) {

    public CheckResult {
        Objects.requireNonNull(step);
        Objects.requireNonNull(status);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(settlesWithin);
        details = List.copyOf(details);
        fix = List.copyOf(fix);
        comparisons = List.copyOf(comparisons);
    }

    /// A result with only a status and summary, e.g. for a DNS error.
    public static CheckResult of(StepId step, CheckStatus status, String summary) {
        return new CheckResult(
                step, status, summary, List.of(), List.of(), List.of(), Optional.empty());
    }
}
