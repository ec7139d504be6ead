package org.sendready.dnsbl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.Question;
import org.sendready.dns.RrType;
import org.sendready.dns.Server;
import org.sendready.testing.InMemoryDns;

/// The scanner against in-memory DNS: who is asked what, the bound on queries in flight, and
/// the deadline. [BlocklistScannerLoopbackTest] does the same through a real DNS server.
class BlocklistScannerTest {
    private static final DomainName EXAMPLE = DomainName.parse("example.com");

    /// Generous for a loaded machine, far below the resolver's own 6 s.
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    static Blocklist ipList(String name) {
        return new Blocklist(
                name,
                name,
                DomainName.parse(name + ".bl.test"),
                ListKind.IP,
                false,
                ReturnCodes.rfc5782(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static Targets address(String ip) {
        return Targets.of(List.of(IpAddresses.parse(ip, "ip")), List.of());
    }

    @Test
    void scan_asksEachListThatCoversATarget_andFetchesTheReasonOfAListing() {
        var dns =
                new InMemoryDns()
                        .address("10.89.67.45.zen.spamhaus.org", "127.0.0.4")
                        .txt(
                                "10.89.67.45.zen.spamhaus.org",
                                "https://check.spamhaus.org/query/ip/45.67.89.10");
        var targets =
                Targets.of(
                        List.of(
                                IpAddresses.parse("45.67.89.10", "ip"),
                                IpAddresses.parse("2a0e:1d80::10", "ip")),
                        List.of(EXAMPLE));

        var report =
                new BlocklistScanner(dns)
                        .scan(targets, BlocklistCatalogue.standard())
                        .orTimeout(5, TimeUnit.SECONDS)
                        .join();

        // six IP lists for the IPv4 address, only ZEN covers IPv6, three domain lists
        assertThat(report.listings()).hasSize(6 + 1 + 3);
        assertThat(report.with(ListingStatus.LISTED))
                .singleElement()
                .satisfies(
                        listing -> {
                            assertThat(listing.list().name()).isEqualTo("spamhaus-zen");
                            assertThat(listing.target().display()).isEqualTo("45.67.89.10");
                            assertThat(listing.outcome())
                                    .isEqualTo(
                                            new Outcome.Listed(
                                                    List.of(
                                                            BlocklistCatalogue.spamhausZen()
                                                                    .codes()
                                                                    .meaningsOf(
                                                                            ReturnCodes.address(
                                                                                    127, 0, 0, 4))
                                                                    .getFirst()),
                                                    List.of(),
                                                    List.of(
                                                            "https://check.spamhaus.org/query/ip/45.67.89.10")));
                        });
        assertThat(report.listed()).isTrue();
        assertThat(report.clean()).isFalse();
        assertThat(dns.asked())
                .filteredOn(q -> q.type() == RrType.TXT)
                .containsExactly(
                        new Question(DomainName.parse("10.89.67.45.zen.spamhaus.org"), RrType.TXT));
        assertThat(dns.asked())
                .contains(new Question(DomainName.parse("example.com.dbl.spamhaus.org"), RrType.A))
                .doesNotContain(
                        new Question(DomainName.parse("example.com.zen.spamhaus.org"), RrType.A));
    }

    @Test
    void scan_neverHasMoreQueriesInFlightThanTheBound() {
        var inFlight = new AtomicInteger();
        var most = new AtomicInteger();
        var delayer = CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS);
        DnsResolver slow =
                (name, type) -> {
                    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    return CompletableFuture.supplyAsync(
                            () -> {
                                inFlight.decrementAndGet();
                                return (DnsAnswer)
                                        new DnsAnswer.NxDomain(Duration.ZERO, Server.Source.MEMORY);
                            },
                            delayer);
                };
        var lists = IntStream.range(0, 20).mapToObj(i -> ipList("l" + i)).toList();

        var report =
                new BlocklistScanner(slow, 3, PATIENCE).scan(address("45.67.89.10"), lists).join();

        assertThat(report.with(ListingStatus.NOT_LISTED)).hasSize(20);
        assertThat(most.get()).isEqualTo(3);
    }

    @Test
    void scan_reportsASilentListAsAnError_byTheDeadline_andSendsNoQueuedQuery() {
        var asked = new CopyOnWriteArrayList<DomainName>();
        DnsResolver silent =
                (name, type) -> {
                    asked.add(name);
                    return new CompletableFuture<>();
                };
        var lists = IntStream.range(0, 5).mapToObj(i -> ipList("l" + i)).toList();
        long start = System.nanoTime();

        var report =
                new BlocklistScanner(silent, 1, Duration.ofMillis(300))
                        .scan(address("45.67.89.10"), lists)
                        .orTimeout(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)
                        .join();

        var elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(elapsed).isBetween(Duration.ofMillis(250), Duration.ofSeconds(3));
        assertThat(report.listings())
                .allSatisfy(
                        listing ->
                                assertThat(ListingText.describe(listing.outcome()))
                                        .isEqualTo(
                                                "no verdict: no answer within 300 ms (the"
                                                        + " deadline of the blocklist check)"));
        assertThat(asked).as("one query was in flight; the rest never started").hasSize(1);
        assertThat(report.clean()).isFalse();
    }

    @Test
    void scan_keepsTheListing_whenItsReasonDoesNotComeInTime() {
        var name = DomainName.parse("10.89.67.45.l0.bl.test");
        var answers = new ConcurrentHashMap<RrType, CompletableFuture<DnsAnswer>>();
        answers.put(
                RrType.A,
                new InMemoryDns().address(name.ascii(), "127.0.0.2").query(name, RrType.A));
        answers.put(RrType.TXT, new CompletableFuture<>());
        DnsResolver dns = (asked, type) -> answers.get(type);

        var report =
                new BlocklistScanner(dns, 2, Duration.ofMillis(300))
                        .scan(address("45.67.89.10"), List.of(ipList("l0")))
                        .orTimeout(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)
                        .join();

        assertThat(report.listings())
                .singleElement()
                .satisfies(
                        listing ->
                                assertThat(listing.outcome())
                                        .isInstanceOfSatisfying(
                                                Outcome.Listed.class,
                                                listed -> assertThat(listed.reasons()).isEmpty()));
    }

    @Test
    void scan_completesManyQueries_whenEveryAnswerIsAtHand() {
        var lists = IntStream.range(0, 2000).mapToObj(i -> ipList("l" + i)).toList();

        // every answer completes on the calling thread: the limit loops rather than recursing
        var report =
                new BlocklistScanner(new InMemoryDns(), 1, PATIENCE)
                        .scan(address("45.67.89.10"), lists)
                        .join();

        assertThat(report.with(ListingStatus.NOT_LISTED)).hasSize(2000);
    }

    @Test
    void scan_handsEachListingToProgress_asItIsKnown() {
        var dns = new InMemoryDns().address("10.89.67.45.l1.bl.test", "127.0.0.2");
        var seen = new CopyOnWriteArrayList<Listing>();
        var lists = IntStream.range(0, 3).mapToObj(i -> ipList("l" + i)).toList();

        var report =
                new BlocklistScanner(dns, 2, PATIENCE)
                        .scan(address("45.67.89.10"), lists, seen::add)
                        .join();

        assertThat(seen).containsExactlyInAnyOrderElementsOf(report.listings());
        assertThat(BlocklistScanner.size(address("45.67.89.10"), lists)).isEqualTo(3);
    }

    @Test
    void size_countsOnlyTheListsThatCoverEachTarget() {
        var targets =
                Targets.of(
                        List.of(
                                IpAddresses.parse("45.67.89.10", "ip"),
                                IpAddresses.parse("2a0e:1d80::10", "ip")),
                        List.of(EXAMPLE));

        // six IP lists for the IPv4 address, only ZEN covers IPv6, three domain lists
        assertThat(BlocklistScanner.size(targets, BlocklistCatalogue.standard()))
                .isEqualTo(6 + 1 + 3);
    }

    @Test
    void scan_sendsNoWaitingQuery_onceCancelled() {
        var pending = new CopyOnWriteArrayList<CompletableFuture<DnsAnswer>>();
        DnsResolver held =
                (name, type) -> {
                    var answer = new CompletableFuture<DnsAnswer>();
                    pending.add(answer);
                    return answer;
                };
        var lists = IntStream.range(0, 5).mapToObj(i -> ipList("l" + i)).toList();
        var scan = new BlocklistScanner(held, 1, PATIENCE).scan(address("45.67.89.10"), lists);

        scan.cancel(false);
        // the one query in flight answers; its slot frees, and the four waiting are cancelled
        pending.getFirst().complete(new DnsAnswer.NxDomain(Duration.ZERO, Server.Source.MEMORY));

        assertThat(scan.isCancelled()).isTrue();
        assertThat(pending).as("only the first query was ever sent").hasSize(1);
    }
}
