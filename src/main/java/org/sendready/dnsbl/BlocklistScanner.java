package org.sendready.dnsbl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;

/// Asks every list about every target it covers, concurrently but bounded, and by a deadline.
///
/// One A query per list and target (RFC 5782 section 2.1), and for a listing one TXT query
/// for the list's reason (section 2.1: "a TXT record that describes the reason"). At most
/// `maxInFlight` queries run at once, so a dozen lists times a few addresses never floods the
/// resolver (public lists count queries per resolver, and some refuse bursts). Whatever
/// happens, the report is complete by `deadline`: a list that has not answered by then is an
/// ERROR, a query still waiting for its turn is never sent, and a reason that has not come
/// is left out of an otherwise complete listing.
public final class BlocklistScanner {

    /// Eight queries in flight: two rounds cover the nine default lists for one address, and a
    /// typical plan (two addresses, a domain) finishes in three or four round trips, while a
    /// resolver sees no more than a mail server's own DNSBL checks of one connection send.
    public static final int DEFAULT_MAX_IN_FLIGHT = 8;

    /// Below the board's deadline of 10 s (`Checker.DEFAULT_DEADLINE`), so a slow list is
    /// reported as that list's ERROR rather than the whole step timing out; above one
    /// resolver query's 6 s (`ResolverOptions.DEFAULT_DEADLINE`), so a slow list can still
    /// answer after a retry.
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(8);

    private final DnsResolver dns;
    private final int maxInFlight;
    private final Duration deadline;

    public BlocklistScanner(DnsResolver dns) {
        this(dns, DEFAULT_MAX_IN_FLIGHT, DEFAULT_DEADLINE);
    }

    public BlocklistScanner(DnsResolver dns, int maxInFlight, Duration deadline) {
        this.dns = Objects.requireNonNull(dns);
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1: " + maxInFlight);
        }
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive: " + deadline);
        }
        this.maxInFlight = maxInFlight;
        this.deadline = deadline;
    }

    /// Looks up each target on each list that covers it. The future completes by the deadline
    /// (plus scheduling), never exceptionally for DNS faults.
    public CompletableFuture<DnsblReport> scan(Targets targets, List<Blocklist> lists) {
        return scan(targets, lists, listing -> {});
    }

    /// As [#scan(Targets, List)], handing each listing to `progress` as soon as it is known
    /// (on whichever thread completed it), so a caller can show how far the scan got.
    /// Cancelling the returned future stops the scan: no query still waiting for its turn is
    /// sent, and no TXT query for a reason is started.
    public CompletableFuture<DnsblReport> scan(
            Targets targets, List<Blocklist> lists, Consumer<Listing> progress) {
        Objects.requireNonNull(progress);
        var run =
                new Run(new ConcurrencyLimit(maxInFlight), System.nanoTime() + deadline.toNanos());
        var listings = new ArrayList<CompletableFuture<Listing>>();
        for (var target : targets.targets()) {
            for (var list : lists) {
                if (list.covers(target)) {
                    listings.add(
                            run.listing(target, list)
                                    .thenApply(
                                            listing -> {
                                                progress.accept(listing);
                                                return listing;
                                            }));
                }
            }
        }
        var report =
                CompletableFuture.allOf(listings.toArray(CompletableFuture[]::new))
                        .thenApply(
                                done ->
                                        new DnsblReport(
                                                targets,
                                                lists,
                                                listings.stream()
                                                        .map(CompletableFuture::join)
                                                        .toList()));
        report.whenComplete(
                (done, failure) -> {
                    if (report.isCancelled()) {
                        run.cancel();
                    }
                });
        return report;
    }

    /// How many listings a scan of `targets` on `lists` yields: one per target and list that
    /// covers it, the A queries it sends at least.
    public static int size(Targets targets, List<Blocklist> lists) {
        int size = 0;
        for (var target : targets.targets()) {
            for (var list : lists) {
                if (list.covers(target)) {
                    size++;
                }
            }
        }
        return size;
    }

    /// One scan: its limit on queries in flight, its deadline (a `System.nanoTime` value), and
    /// the queries it submitted, so that cancelling the scan cancels those still waiting.
    private final class Run {
        private final ConcurrencyLimit limit;
        private final long endNanos;
        private final Queue<CompletableFuture<DnsAnswer>> queries = new ConcurrentLinkedQueue<>();
        private volatile boolean cancelled;

        Run(ConcurrencyLimit limit, long endNanos) {
            this.limit = limit;
            this.endNanos = endNanos;
        }

        /// Submits a query; once the scan is cancelled, a query is cancelled at once, which
        /// the limit never sends.
        private CompletableFuture<DnsAnswer> ask(DomainName name, RrType type) {
            var answer = limit.submit(() -> dns.query(name, type));
            queries.add(answer);
            if (cancelled) {
                answer.cancel(false);
            }
            return answer;
        }

        void cancel() {
            cancelled = true;
            queries.forEach(query -> query.cancel(false));
        }

        CompletableFuture<Listing> listing(Target target, Blocklist list) {
            var query = QueryName.of(target, list.zone());
            if (query.isEmpty()) {
                return CompletableFuture.completedFuture(
                        new Listing(
                                target,
                                list,
                                query,
                                new Outcome.Failed(
                                        "the name to ask would be longer than DNS allows",
                                        List.of())));
            }
            var name = query.get();
            var answer = ask(name, RrType.A);
            var outcome =
                    byDeadline(
                            answer,
                            answer.thenApply(a -> ListingReader.read(list, a)),
                            new Outcome.Failed(
                                    "no answer within "
                                            + ListingText.duration(deadline)
                                            + " (the deadline of the blocklist check)",
                                    List.of()));
            return outcome.thenCompose(o -> withReasons(o, name))
                    .thenApply(o -> new Listing(target, list, Optional.of(name), o));
        }

        /// A listing with the list's TXT reasons, when they come before the deadline.
        private CompletableFuture<Outcome> withReasons(Outcome outcome, DomainName name) {
            if (!(outcome instanceof Outcome.Listed listed)) {
                return CompletableFuture.completedFuture(outcome);
            }
            var answer = ask(name, RrType.TXT);
            return byDeadline(answer, answer.thenApply(BlocklistScanner::texts), List.<String>of())
                    .thenApply(listed::withReasons);
        }

        /// `derived` (computed from `query`), or `late` once the deadline passes; then `query`
        /// is cancelled, so the limit never sends it if it still waits for a slot.
        private <T> CompletableFuture<T> byDeadline(
                CompletableFuture<DnsAnswer> query, CompletableFuture<T> derived, T late) {
            long remaining = Math.max(0, endNanos - System.nanoTime());
            var bounded = derived.completeOnTimeout(late, remaining, TimeUnit.NANOSECONDS);
            bounded.whenComplete((value, failure) -> query.cancel(false));
            return bounded;
        }
    }

    private static List<String> texts(DnsAnswer answer) {
        return answer instanceof DnsAnswer.Records records
                ? records.recordsOf(ResourceRecord.Txt.class).stream()
                        .map(ResourceRecord.Txt::joined)
                        .toList()
                : List.of();
    }
}
