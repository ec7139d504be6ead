package org.sendready.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.sendready.testing.InMemoryDns;

/// The zone search and fan-out, over an in-memory recursive resolver and a fake name server
/// client that answers with the address it was asked at.
class AuthoritativeResolverTest {
    private final InMemoryDns recursive =
            new InMemoryDns()
                    .ns("example.com", "ns1.example.com")
                    .ns("example.com", "ns2.dns.example")
                    .address("ns1.example.com", "192.0.2.1")
                    .address("ns1.example.com", "2001:db8::1")
                    .address("ns2.dns.example", "192.0.2.2")
                    .ns("sub.example.com", "ns.sub.example.com")
                    .address("ns.sub.example.com", "192.0.2.9")
                    .address("ns.sub.example.com", "2001:db8::9");

    private final List<Server.Endpoint> asked = new CopyOnWriteArrayList<>();

    private final NameServerClient direct =
            (server, name, type) -> {
                asked.add(server);
                return CompletableFuture.completedFuture(
                        new DnsAnswer.NoData(Duration.ZERO, server));
            };

    private PropagationAnswer query(boolean ipv6, String name) {
        return new AuthoritativeResolver(recursive, direct, 5353, ipv6)
                .query(DomainName.parse(name), RrType.TXT)
                .join();
    }

    private static Server.Endpoint at(String ip) {
        return new Server.Endpoint(InetAddress.ofLiteral(ip), 5353);
    }

    @Test
    void query_asksEveryIpv4AddressOfEveryNameServer_onTheGivenPort() {
        var answer = (PropagationAnswer.PerServer) query(false, "_dmarc.example.com");

        assertThat(answer.zone()).isEqualTo(DomainName.parse("example.com"));
        assertThat(answer.byServer()).containsOnlyKeys(at("192.0.2.1"), at("192.0.2.2"));
        assertThat(asked).containsExactlyInAnyOrder(at("192.0.2.1"), at("192.0.2.2"));
    }

    @Test
    void query_asksIpv6AddressesToo_whenAskedTo() {
        var answer = (PropagationAnswer.PerServer) query(true, "example.com");

        assertThat(answer.byServer())
                .containsOnlyKeys(at("192.0.2.1"), at("2001:db8::1"), at("192.0.2.2"));
    }

    @Test
    void query_takesTheDeepestZone_whenASubdomainIsDelegated() {
        var answer = (PropagationAnswer.PerServer) query(false, "www.sub.example.com");

        assertThat(answer.zone()).isEqualTo(DomainName.parse("sub.example.com"));
        assertThat(answer.byServer()).containsOnlyKeys(at("192.0.2.9"));
    }

    @Test
    void query_usesIpv6_whenANameServerHasNoIpv4() {
        recursive.ns("v6.test", "ns.v6.test").address("ns.v6.test", "2001:db8::6");

        var answer = (PropagationAnswer.PerServer) query(false, "v6.test");

        assertThat(answer.byServer()).containsOnlyKeys(at("2001:db8::6"));
    }

    @Test
    void query_stopsWithTheFailure_whenTheZoneSearchFails() {
        recursive.fail("example.com", RrType.NS, DnsAnswer.Failure.SERVFAIL);

        var answer = (PropagationAnswer.NoZone) query(false, "_dmarc.example.com");

        assertThat(answer.cause())
                .isEqualTo(new DnsAnswer.Failed(DnsAnswer.Failure.SERVFAIL, Server.Source.MEMORY));
        assertThat(asked).isEmpty();
    }

    @Test
    void query_neverAsksTopLevelDomainServers() {
        recursive.ns("com", "a.gtld-servers.net");

        assertThat(query(false, "missing.com")).isInstanceOf(PropagationAnswer.NoZone.class);
        assertThat(recursive.asked()).noneMatch(q -> q.name().ascii().equals("com"));
    }
}
