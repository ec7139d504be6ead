package org.sendready.logs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/// Everything one pass over Postfix logs found: totals by status, tables by recipient domain,
/// DSN code and reason (each sorted, busiest first), an hourly series, and DNS failures with
/// likely typos. Times are the log's own wall clock.
///
/// @param first the earliest timestamp of any line
/// @param last the latest timestamp of any line
/// @param hourly outcomes per hour with any, in time order
public record LogAnalysis(
        List<FileSummary> files,
        LineCounts lines,
        Optional<LocalDateTime> first,
        Optional<LocalDateTime> last,
        StatusCounts statuses,
        List<DomainStats> domains,
        List<CodeCount> codes,
        List<ReasonCount> reasons,
        List<TimeBucket> hourly,
        List<DnsProblem> dnsProblems,
        Limits limits) {

    /// What the bounded memory had to give up; all zero for an ordinary log.
    ///
    /// @param evictedMessages lifecycles dropped while still open because too many were open
    /// @param openAtEnd messages still in the queue when the log ended
    /// @param unbucketedAttempts outcomes outside the hourly series' span
    public record Limits(long evictedMessages, long openAtEnd, long unbucketedAttempts) {}

    public LogAnalysis {
        files = List.copyOf(files);
        domains = List.copyOf(domains);
        codes = List.copyOf(codes);
        reasons = List.copyOf(reasons);
        hourly = List.copyOf(hourly);
        dnsProblems = List.copyOf(dnsProblems);
    }

    /// The `count` busiest recipient domains.
    public List<DomainStats> topDomains(int count) {
        return domains.subList(0, Math.min(count, domains.size()));
    }

    /// The `count` recipient domains with the most deferred, bounced or expired recipients.
    public List<DomainStats> topProblemDomains(int count) {
        return domains.stream()
                .filter(d -> d.problems() > 0)
                .sorted(
                        Comparator.comparingLong(DomainStats::problems)
                                .reversed()
                                .thenComparing(DomainStats::domain))
                .limit(count)
                .toList();
    }

    /// The `count` most frequent DSN codes.
    public List<CodeCount> topCodes(int count) {
        return codes.subList(0, Math.min(count, codes.size()));
    }

    /// The `count` most frequent deferral and bounce reasons.
    public List<ReasonCount> topReasons(int count) {
        return reasons.subList(0, Math.min(count, reasons.size()));
    }

    /// The hourly series summed per day.
    public List<TimeBucket> daily() {
        var days = new ArrayList<TimeBucket>();
        LocalDate day = null;
        TimeBucket sum = null;
        for (var hour : hourly) {
            var date = hour.start().toLocalDate();
            if (!date.equals(day)) {
                if (sum != null) {
                    days.add(sum);
                }
                day = date;
                sum = new TimeBucket(date.atStartOfDay(), 0, 0, 0, 0);
            }
            sum = sum.plus(hour);
        }
        if (sum != null) {
            days.add(sum);
        }
        return days;
    }
}
