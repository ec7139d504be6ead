package org.sendready.dns;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/// Asks one authoritative name server directly for names in its zone, and another resolver
/// for everything else. Running the checks once through each of a zone's name servers shows
/// which of them already serves the new records.
public final class ZoneDirectResolver implements DnsResolver {
    private final NameServerClient client;
    private final Server.Endpoint server;
    private final DomainName zone;
    private final DnsResolver elsewhere;

    public ZoneDirectResolver(
            NameServerClient client,
            Server.Endpoint server,
            DomainName zone,
            DnsResolver elsewhere) {
        this.client = Objects.requireNonNull(client);
        this.server = Objects.requireNonNull(server);
        this.zone = Objects.requireNonNull(zone);
        this.elsewhere = Objects.requireNonNull(elsewhere);
    }

    @Override
    public CompletableFuture<DnsAnswer> query(DomainName name, RrType type) {
        return name.isWithin(zone) ? client.ask(server, name, type) : elsewhere.query(name, type);
    }
}
