package org.sendready.check;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dns.AuthoritativeResolver;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.NameServerClient;
import org.sendready.dns.PropagationAnswer;
import org.sendready.dns.RrType;
import org.sendready.dns.Server;

/// Asks every authoritative name server of a selector's zone for its key record, and for the
/// zone's SOA (whose negative TTL says how long "no such key" may be cached), all directly and
/// at the same time: the observation behind a key rotation's "safe to switch".
public final class KeyPropagationProbe {
    private final AuthoritativeResolver authoritative;
    private final NameServerClient client;

    public KeyPropagationProbe(AuthoritativeResolver authoritative, NameServerClient client) {
        this.authoritative = Objects.requireNonNull(authoritative);
        this.client = Objects.requireNonNull(client);
    }

    /// What each name server serves at `owner` (a `selector._domainkey.domain` name), judged
    /// against `expected`. Completes like the DNS queries it makes: bounded, never
    /// exceptionally for DNS faults.
    public CompletableFuture<KeyPropagation> probe(DomainName owner, DkimKeyRecord expected) {
        return authoritative
                .query(owner, RrType.TXT)
                .thenCompose(
                        answer ->
                                switch (answer) {
                                    case PropagationAnswer.NoZone noZone ->
                                            CompletableFuture.completedFuture(
                                                    new KeyPropagation.NoZone(noZone.cause()));
                                    case PropagationAnswer.PerServer perServer ->
                                            soa(perServer)
                                                    .thenApply(
                                                            soa ->
                                                                    KeyPropagation.of(
                                                                            perServer, soa,
                                                                            expected));
                                });
    }

    private CompletableFuture<List<DnsAnswer>> soa(PropagationAnswer.PerServer perServer) {
        var asked =
                perServer.answers().stream()
                        .map(a -> a.server())
                        .filter(Server.Endpoint.class::isInstance)
                        .map(Server.Endpoint.class::cast)
                        .distinct()
                        .map(endpoint -> client.ask(endpoint, perServer.zone(), RrType.SOA))
                        .toList();
        return CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new))
                .thenApply(done -> asked.stream().map(CompletableFuture::join).toList());
    }
}
