package org.sendready.dns;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.sendready.dns.ResourceRecord.A;
import org.sendready.dns.ResourceRecord.Aaaa;

/// Asks each name server of a name's zone directly, for the propagation view.
///
/// The zone is found through the recursive resolver: the deepest of the name and its
/// ancestors that has an NS set is the zone apex (RFC 1034 section 4.2.1: NS records sit at the
/// top node of a zone). Each NS host is resolved to addresses, and each address is asked with
/// recursion off, all at the same time. Every step is a query with its own deadline, so the
/// whole operation is bounded too.
public final class AuthoritativeResolver {

    /// Names with fewer labels are top-level domains, whose servers are not the zone's.
    static final int MIN_ZONE_LABELS = 2;

    private final DnsResolver recursive;
    private final NameServerClient direct;
    private final int nameServerPort;
    private final boolean ipv6;

    /// Asks name servers on port 53, over IPv4 (IPv6 only for a host without IPv4 address).
    public AuthoritativeResolver(DnsResolver recursive, NameServerClient direct) {
        this(recursive, direct, Server.Endpoint.DNS_PORT, false);
    }

    /// `nameServerPort` is the port name servers are asked on (NS records carry no port; tests
    /// run servers elsewhere); `ipv6` asks each name server's IPv6 addresses as well.
    public AuthoritativeResolver(
            DnsResolver recursive, NameServerClient direct, int nameServerPort, boolean ipv6) {
        this.recursive = Objects.requireNonNull(recursive);
        this.direct = Objects.requireNonNull(direct);
        if (nameServerPort < 1 || nameServerPort > Server.Endpoint.MAX_PORT) {
            throw new IllegalArgumentException("port out of range: " + nameServerPort);
        }
        this.nameServerPort = nameServerPort;
        this.ipv6 = ipv6;
    }

    /// Asks every name server of `name`'s zone for `type` at `name`.
    public CompletableFuture<PropagationAnswer> query(DomainName name, RrType type) {
        return findZone(name)
                .thenCompose(
                        search ->
                                switch (search) {
                                    case ZoneSearch.NotFound(var cause) ->
                                            CompletableFuture.completedFuture(
                                                    new PropagationAnswer.NoZone(cause));
                                    case ZoneSearch.Apex(var zone, var hosts) ->
                                            askAll(zone, hosts, name, type);
                                });
    }

    private sealed interface ZoneSearch {
        record Apex(DomainName zone, List<DomainName> nameServers) implements ZoneSearch {}

        record NotFound(DnsAnswer cause) implements ZoneSearch {}
    }

    /// Asks for the NS set of the name and every ancestor at once, then takes the deepest.
    private CompletableFuture<ZoneSearch> findZone(DomainName name) {
        var candidates = candidates(name);
        return all(candidates.stream().map(c -> recursive.query(c, RrType.NS)).toList())
                .thenApply(
                        answers -> {
                            DnsAnswer last = null;
                            for (int i = 0; i < candidates.size(); i++) {
                                var candidate = candidates.get(i);
                                last = answers.get(i);
                                if (last instanceof DnsAnswer.Failed) {
                                    return new ZoneSearch.NotFound(last);
                                }
                                var hosts = nameServersAt(candidate, last);
                                if (!hosts.isEmpty()) {
                                    return new ZoneSearch.Apex(candidate, hosts);
                                }
                            }
                            return new ZoneSearch.NotFound(last);
                        });
    }

    /// The name and its ancestors, deepest first, down to two labels.
    private static List<DomainName> candidates(DomainName name) {
        var labels = name.labels();
        var candidates = new ArrayList<DomainName>();
        candidates.add(name);
        for (int i = 1; labels.size() - i >= MIN_ZONE_LABELS; i++) {
            candidates.add(new DomainName(String.join(".", labels.subList(i, labels.size()))));
        }
        return candidates;
    }

    /// The NS hosts when `answer` holds NS records owned by `candidate` itself (NS records
    /// reached through a CNAME belong to another zone).
    private static List<DomainName> nameServersAt(DomainName candidate, DnsAnswer answer) {
        if (!(answer instanceof DnsAnswer.Records records)) {
            return List.of();
        }
        return records.recordsOf(ResourceRecord.Ns.class).stream()
                .filter(ns -> ns.owner().equals(candidate))
                .map(ResourceRecord.Ns::host)
                .distinct()
                .sorted()
                .toList();
    }

    private CompletableFuture<PropagationAnswer> askAll(
            DomainName zone, List<DomainName> hosts, DomainName name, RrType type) {
        return all(hosts.stream().map(host -> askHost(host, name, type)).toList())
                .thenApply(
                        perHost ->
                                new PropagationAnswer.PerServer(
                                        zone, perHost.stream().flatMap(List::stream).toList()));
    }

    /// Resolves `host` and asks each of its addresses.
    private CompletableFuture<List<NameServerAnswer>> askHost(
            DomainName host, DomainName name, RrType type) {
        var v4 = recursive.query(host, RrType.A);
        var v6 = recursive.query(host, RrType.AAAA);
        return v4.thenCombine(v6, this::addresses)
                .thenCompose(
                        endpoints ->
                                endpoints.isEmpty()
                                        ? CompletableFuture.completedFuture(
                                                List.of(unreachable(host, v4.join(), v6.join())))
                                        : all(
                                                endpoints.stream()
                                                        .map(e -> askEndpoint(host, e, name, type))
                                                        .toList()));
    }

    private CompletableFuture<NameServerAnswer> askEndpoint(
            DomainName host, Server.Endpoint endpoint, DomainName name, RrType type) {
        return direct.ask(endpoint, name, type)
                .thenApply(answer -> new NameServerAnswer(host, endpoint, answer));
    }

    private static <T> CompletableFuture<List<T>> all(List<CompletableFuture<T>> futures) {
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
    }

    private List<Server.Endpoint> addresses(DnsAnswer a, DnsAnswer aaaa) {
        List<InetAddress> addresses =
                new ArrayList<>(recordsOf(a, ResourceRecord.A.class).map(A::address).toList());
        if (ipv6 || addresses.isEmpty()) {
            recordsOf(aaaa, ResourceRecord.Aaaa.class).map(Aaaa::address).forEach(addresses::add);
        }
        return addresses.stream()
                .map(address -> new Server.Endpoint(address, nameServerPort))
                .toList();
    }

    private static <T extends ResourceRecord> Stream<T> recordsOf(DnsAnswer answer, Class<T> kind) {
        return answer instanceof DnsAnswer.Records records
                ? records.recordsOf(kind).stream()
                : Stream.empty();
    }

    /// A host without address: the lookup's own failure if it failed, else NO_ADDRESS.
    private static NameServerAnswer unreachable(DomainName host, DnsAnswer a, DnsAnswer aaaa) {
        var failure =
                a instanceof DnsAnswer.Failed failed
                        ? failed
                        : aaaa instanceof DnsAnswer.Failed failed
                                ? failed
                                : new DnsAnswer.Failed(DnsAnswer.Failure.NO_ADDRESS, a.from());
        return new NameServerAnswer(host, failure.from(), failure);
    }
}
