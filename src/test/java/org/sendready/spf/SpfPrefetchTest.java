package org.sendready.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendready.dns.ResolverOptions;
import org.sendready.dns.dnsjava.DnsjavaResolver;
import org.sendready.testing.Fault;
import org.sendready.testing.TestDnsServer;

/// Prefetching against a real server on 127.0.0.1 whose every answer takes [#ROUND_TRIP]: a
/// record costs about as many round trips as its include depth, and evaluates exactly as
/// sequential evaluation does.
class SpfPrefetchTest {

    /// The delay the server adds to every answer: one round trip.
    private static final Duration ROUND_TRIP = Duration.ofMillis(100);

    private static final String CLIENT = "192.0.2.10";

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    /// One timed evaluation and the most queries the server had in flight at once.
    private record Run(SpfEvaluation evaluation, Duration elapsed, int maxInFlight) {}

    private Run run(String zone, List<String> slowNames, boolean prefetch) {
        try (var server = TestDnsServer.start().zone("example.com", zone)) {
            var resolver =
                    new DnsjavaResolver(
                            ResolverOptions.servers(List.of(server.endpoint())), executor);
            var evaluator =
                    new SpfEvaluator(
                            resolver, SpfEvaluator.Options.defaults().withPrefetch(prefetch));
            var request = new SpfRequest(InetAddress.ofLiteral(CLIENT), "alice@example.com", "");
            evaluator.evaluate(request); // warm up: class loading, sockets
            slowNames.forEach(name -> server.fault(name, Fault.delay(ROUND_TRIP)));
            long start = System.nanoTime();
            var evaluation = evaluator.evaluate(request);
            var elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Run(evaluation, elapsed, server.maxInFlight());
        }
    }

    @Test
    void prefetch_costsTwoRoundTrips_forFourIncludes() {
        var zone =
                """
                @   TXT "v=spf1 include:a.example.com include:b.example.com include:c.example.com include:d.example.com -all"
                a   TXT "v=spf1 ip4:198.51.100.1"
                b   TXT "v=spf1 ip4:198.51.100.2"
                c   TXT "v=spf1 ip4:198.51.100.3"
                d   TXT "v=spf1 ip4:192.0.2.0/24"
                """;
        var slow =
                List.of(
                        "example.com",
                        "a.example.com",
                        "b.example.com",
                        "c.example.com",
                        "d.example.com");
        var prefetched = run(zone, slow, true);
        var sequential = run(zone, slow, false);

        assertThat(prefetched.evaluation().result()).isEqualTo(SpfResult.PASS);
        assertThat(prefetched.evaluation()).isEqualTo(sequential.evaluation());
        // the four include targets were asked together
        assertThat(prefetched.maxInFlight()).isGreaterThanOrEqualTo(4);
        assertThat(sequential.maxInFlight()).isEqualTo(1);
        // 2 round trips (the record, then the includes at once), not 5
        assertThat(sequential.elapsed()).isGreaterThanOrEqualTo(ROUND_TRIP.multipliedBy(5));
        assertThat(prefetched.elapsed()).isLessThan(ROUND_TRIP.multipliedBy(4));
    }

    @Test
    void prefetch_followsNestedIncludes_asTheyArrive() {
        var zone =
                """
                @   TXT "v=spf1 include:a.example.com include:b.example.com include:c.example.com ~all"
                a   TXT "v=spf1 include:a2.example.com"
                a2  TXT "v=spf1 mx:m.example.com"
                m   MX  10 mx.example.com.
                mx  A   198.51.100.9
                b   TXT "v=spf1 include:b2.example.com"
                b2  TXT "v=spf1 a:h.example.com"
                h   A   198.51.100.8
                c   TXT "v=spf1 include:c2.example.com"
                c2  TXT "v=spf1 exists:%{i}.e.example.com"
                """;
        var slow =
                List.of(
                        "example.com",
                        "a.example.com",
                        "a2.example.com",
                        "m.example.com",
                        "mx.example.com",
                        "b.example.com",
                        "b2.example.com",
                        "h.example.com",
                        "c.example.com",
                        "c2.example.com",
                        "192.0.2.10.e.example.com");
        var prefetched = run(zone, slow, true);
        var sequential = run(zone, slow, false);

        assertThat(prefetched.evaluation().result()).isEqualTo(SpfResult.SOFTFAIL);
        assertThat(prefetched.evaluation().lookups()).isEqualTo(9);
        assertThat(prefetched.evaluation().voidLookups()).isEqualTo(1);
        assertThat(prefetched.evaluation()).isEqualTo(sequential.evaluation());
        // sequentially 11 round trips; prefetched the depth: record, includes, their
        // includes, their terms, the mail exchanger's address
        assertThat(sequential.elapsed()).isGreaterThanOrEqualTo(ROUND_TRIP.multipliedBy(11));
        assertThat(prefetched.elapsed()).isLessThan(ROUND_TRIP.multipliedBy(7));
    }
}
