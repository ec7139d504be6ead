package org.sendready.dns.dnsjava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendready.dns.AuthoritativeResolver;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsAnswer.Failure;
import org.sendready.dns.DomainName;
import org.sendready.dns.NameServerAnswer;
import org.sendready.dns.PropagationAnswer;
import org.sendready.dns.ResolverOptions;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.testing.Fault;
import org.sendready.testing.TestDnsServer;

/// The authoritative view over real UDP: a resolver on 127.0.0.1 knows the delegation, and
/// two name servers on 127.0.0.2 and 127.0.0.3 (the same port; Linux routes all of 127/8 to
/// loopback) serve the zone, one already updated and one stale.
class PropagationTest {
    private static final String DELEGATION =
            """
            @ 3600 SOA ns1 hostmaster 1 3600 600 86400 300
            @ 3600 NS ns1
            @ 3600 NS ns2
            ns1 A 127.0.0.2
            ns2 A 127.0.0.3
            """;

    private ExecutorService executor;
    private TestDnsServer recursive;
    private TestDnsServer ns1;
    private TestDnsServer ns2;
    private AuthoritativeResolver authoritative;

    @BeforeEach
    void start() throws Exception {
        executor = Executors.newVirtualThreadPerTaskExecutor();
        var servers =
                TestDnsServer.startOnSamePort(
                        InetAddress.ofLiteral("127.0.0.1"),
                        InetAddress.ofLiteral("127.0.0.2"),
                        InetAddress.ofLiteral("127.0.0.3"));
        recursive = servers.get(0).zone("example.com", DELEGATION);
        ns1 = servers.get(1).zone("example.com", DELEGATION + "@ TXT \"v=spf1 mx -all\"");
        ns2 = servers.get(2).zone("example.com", DELEGATION + "@ TXT \"v=spf1 a -all\"");
        var live =
                new DnsjavaResolver(
                        new ResolverOptions(
                                List.of(recursive.endpoint()),
                                Duration.ofMillis(300),
                                2,
                                Duration.ofSeconds(1)),
                        executor);
        authoritative = new AuthoritativeResolver(live, live, recursive.port(), false);
    }

    @AfterEach
    void stop() {
        recursive.close();
        ns1.close();
        ns2.close();
        executor.shutdownNow();
    }

    private PropagationAnswer ask(String name, RrType type) throws Exception {
        return authoritative.query(DomainName.parse(name), type).get(10, TimeUnit.SECONDS);
    }

    @Test
    void query_showsEachNameServersOwnAnswer() throws Exception {
        var answer = (PropagationAnswer.PerServer) ask("example.com", RrType.TXT);

        assertThat(answer.zone()).isEqualTo(DomainName.parse("example.com"));
        assertThat(answer.answers())
                .extracting(NameServerAnswer::host, a -> spf(a.answer()))
                .containsExactly(
                        tuple(DomainName.parse("ns1.example.com"), "v=spf1 mx -all"),
                        tuple(DomainName.parse("ns2.example.com"), "v=spf1 a -all"));
        assertThat(answer.byServer()).containsOnlyKeys(ns1.endpoint(), ns2.endpoint());
    }

    @Test
    void query_findsTheZone_fromANameDeepBelowItsApex() throws Exception {
        ns1.add("example.com", "s1._domainkey TXT \"v=DKIM1; p=new\"");

        var answer = (PropagationAnswer.PerServer) ask("s1._domainkey.example.com", RrType.TXT);

        assertThat(answer.zone()).isEqualTo(DomainName.parse("example.com"));
        assertThat(answer.byServer().get(ns1.endpoint())).isInstanceOf(DnsAnswer.Records.class);
        assertThat(answer.byServer().get(ns2.endpoint())).isInstanceOf(DnsAnswer.NxDomain.class);
    }

    @Test
    void query_reportsTimeout_forASilentNameServer() throws Exception {
        ns2.fault("example.com", Fault.drop());

        var answer = (PropagationAnswer.PerServer) ask("example.com", RrType.TXT);

        assertThat(answer.byServer().get(ns2.endpoint()))
                .isEqualTo(new DnsAnswer.Failed(Failure.TIMEOUT, ns2.endpoint()));
        assertThat(ns1.queries("example.com", "TXT")).isEqualTo(1);
    }

    @Test
    void query_reportsNoZone_whenTheDomainDoesNotExist() throws Exception {
        recursive.zone("net", "");

        var answer = (PropagationAnswer.NoZone) ask("example.net", RrType.TXT);

        assertThat(answer.cause()).isInstanceOf(DnsAnswer.NxDomain.class);
    }

    @Test
    void query_reportsNoAddress_forANameServerWithoutOne() throws Exception {
        recursive.add("example.com", "@ NS ns3");

        var answer = (PropagationAnswer.PerServer) ask("example.com", RrType.TXT);

        assertThat(answer.answers())
                .filteredOn(a -> a.host().equals(DomainName.parse("ns3.example.com")))
                .singleElement()
                .extracting(a -> ((DnsAnswer.Failed) a.answer()).kind())
                .isEqualTo(Failure.NO_ADDRESS);
        assertThat(answer.answers()).hasSize(3);
    }

    private static String spf(DnsAnswer answer) {
        return ((DnsAnswer.Records) answer).recordsOf(ResourceRecord.Txt.class).getFirst().joined();
    }
}
