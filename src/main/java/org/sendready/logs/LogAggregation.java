package org.sendready.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/// Counts entries as they stream by; [#result] turns the counts into a [LogAnalysis].
final class LogAggregation {
    /// Postfix's texts for a failed DNS lookup of the recipient domain (smtp(8): "Host or
    /// domain name not found. Name service error for name=... type=MX: Host not found").
    private static final List<String> DNS_FAILURE_TEXTS =
            List.of("Host or domain name not found", "Name service error");

    private final MessageTracker tracker;
    private final DomainTable domains = new DomainTable(DomainTable.MAX_DOMAINS);
    private final ReasonTable reasons = new ReasonTable(ReasonTable.MAX_REASONS);
    private final CodeTable codes = new CodeTable();
    private final HourSeries series = new HourSeries();
    private final List<FileSummary> files = new ArrayList<>();

    private long lines;
    private long postfix;
    private long otherPrograms;
    private long unparsed;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    private long messages;
    private long sent;
    private long forwarded;
    private long deferrals;
    private long deferredMessages;
    private long bounced;
    private long expiredMessages;
    private long expiredRecipients;
    private long removed;

    LogAggregation(int maxOpenMessages, Consumer<MessageLifecycle> lifecycles) {
        this.tracker = new MessageTracker(maxOpenMessages, lifecycles);
    }

    void file(FileSummary summary) {
        files.add(summary);
    }

    void accept(LogEntry entry) {
        lines++;
        if (entry instanceof LogEntry.Timed timed) {
            first = Math.min(first, timed.logSecond());
            last = Math.max(last, timed.logSecond());
        }
        switch (entry) {
            case LogEntry.Delivery delivery -> {
                postfix++;
                delivery(delivery);
            }
            case LogEntry.Accepted accepted -> {
                postfix++;
                if (tracker.get(accepted.queueId()).accept(accepted.sender(), accepted.size())) {
                    messages++;
                }
            }
            case LogEntry.Expired expired -> {
                postfix++;
                expired(expired);
            }
            case LogEntry.Removed gone -> {
                postfix++;
                removed++;
                tracker.remove(gone.queueId());
            }
            case LogEntry.PostfixOther other -> postfix++;
            case LogEntry.OtherProgram other -> otherPrograms++;
            case LogEntry.Unparsed other -> unparsed++;
        }
    }

    private void delivery(LogEntry.Delivery delivery) {
        var message = tracker.get(delivery.queueId());
        boolean firstDeferral = message.deliver(delivery);
        if (delivery.forwarded()) {
            forwarded++;
            return;
        }
        var row = domains.row(delivery.recipientDomain());
        var hour = series.at(delivery.logSecond());
        var status = delivery.status();
        codes.count(delivery.dsn(), status);
        switch (status) {
            case SENT -> {
                sent++;
                row.sent++;
            }
            case DEFERRED -> {
                deferrals++;
                row.deferred++;
                if (firstDeferral) {
                    deferredMessages++;
                }
            }
            case BOUNCED -> {
                bounced++;
                row.bounced++;
            }
            case EXPIRED -> throw new IllegalStateException("Postfix logs no status=expired");
        }
        if (hour != null) {
            hour[status.ordinal()]++;
        }
        if (status != DeliveryStatus.SENT) {
            reasons.count(status, delivery.dsn(), delivery.reason(), delivery.recipient());
            if (isDnsFailure(delivery.reason())) {
                row.dnsFailure(delivery.recipient());
            }
        }
    }

    private void expired(LogEntry.Expired expired) {
        var message = tracker.get(expired.queueId());
        var pending = message.expire();
        if (pending == null) {
            return;
        }
        expiredMessages++;
        var hour = series.at(expired.logSecond());
        if (hour != null) {
            hour[DeliveryStatus.EXPIRED.ordinal()]++;
        }
        for (var recipient : pending) {
            expiredRecipients++;
            domains.row(RecipientDomain.of(recipient)).expired++;
        }
    }

    private static boolean isDnsFailure(String reason) {
        for (var text : DNS_FAILURE_TEXTS) {
            if (reason.contains(text)) {
                return true;
            }
        }
        return false;
    }

    LogAnalysis result() {
        long openAtEnd = tracker.finish();
        return new LogAnalysis(
                files,
                new LineCounts(lines, postfix, otherPrograms, unparsed),
                first == Long.MAX_VALUE
                        ? Optional.empty()
                        : Optional.of(LogClock.toDateTime(first)),
                last == Long.MIN_VALUE ? Optional.empty() : Optional.of(LogClock.toDateTime(last)),
                new StatusCounts(
                        messages,
                        sent,
                        forwarded,
                        deferrals,
                        deferredMessages,
                        bounced,
                        expiredMessages,
                        expiredRecipients,
                        removed),
                domains.stats(),
                codes.counts(),
                reasons.counts(),
                series.buckets(),
                domains.dnsProblems(),
                new LogAnalysis.Limits(tracker.evicted(), openAtEnd, series.folded()));
    }
}
