package org.sendready.dnsbl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.ResolverOptions;
import org.sendready.dns.dnsjava.DnsjavaResolver;
import org.sendready.testing.Fault;
import org.sendready.testing.TestDnsServer;

/// The scanner through the live resolver against a DNS server on 127.0.0.1.
class BlocklistScannerLoopbackTest {
    private final TestDnsServer server = TestDnsServer.start();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final DnsjavaResolver dns =
            new DnsjavaResolver(ResolverOptions.servers(List.of(server.endpoint())), executor);

    @AfterEach
    void stop() {
        server.close();
        executor.shutdownNow();
    }

    private static Targets address(String ip) {
        return Targets.of(List.of(IpAddresses.parse(ip, "ip")), List.of());
    }

    @Test
    void scan_keepsTheServerBelowTheBound_whileEveryQueryIsSlow() {
        server.zone("bl.test", "").latency(Duration.ofMillis(100));
        var lists =
                IntStream.range(0, 16).mapToObj(i -> BlocklistScannerTest.ipList("l" + i)).toList();

        var report =
                new BlocklistScanner(dns, 4, Duration.ofSeconds(10))
                        .scan(address("45.67.89.10"), lists)
                        .join();

        assertThat(report.with(ListingStatus.NOT_LISTED)).hasSize(16);
        assertThat(server.maxInFlight()).isBetween(2, 4);
    }

    @Test
    void scan_readsListingsRefusalsAndFailures_fromARealServer() {
        server.zone(
                        "bl.test",
                        """
                        10.89.67.45.l0 A 127.0.0.2
                        10.89.67.45.l0 TXT "listed, see https://bl.test/45.67.89.10"
                        10.89.67.45.l1 A 198.51.100.7
                        """)
                .fault("10.89.67.45.l2.bl.test", Fault.servfail());
        var lists =
                IntStream.range(0, 4).mapToObj(i -> BlocklistScannerTest.ipList("l" + i)).toList();

        var report = new BlocklistScanner(dns).scan(address("45.67.89.10"), lists).join();

        assertThat(report.listings())
                .extracting(l -> l.list().name() + " " + l.status().id())
                .containsExactly("l0 listed", "l1 unexpected", "l2 error", "l3 not-listed");
        assertThat(report.listings().getFirst().outcome())
                .isInstanceOfSatisfying(
                        Outcome.Listed.class,
                        listed ->
                                assertThat(listed.reasons())
                                        .containsExactly(
                                                "listed, see https://bl.test/45.67.89.10"));
    }
}
