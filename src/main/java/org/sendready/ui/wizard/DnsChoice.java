package org.sendready.ui.wizard;

import java.util.List;
import org.sendready.dns.ResolverOptions;
import org.sendready.dns.Server;

/// Which DNS the wizard asks: the system's resolvers, or the servers the user typed, and
/// whether the live check also asks each authoritative name server of the zone.
///
/// @param servers the resolvers to ask; empty for the system's
/// @param authoritative whether the live check goes to each of the zone's name servers
public record DnsChoice(List<Server.Endpoint> servers, boolean authoritative) {
    public DnsChoice {
        servers = List.copyOf(servers);
    }

    public static DnsChoice system() {
        return new DnsChoice(List.of(), false);
    }

    public ResolverOptions resolverOptions() {
        return servers.isEmpty() ? ResolverOptions.system() : ResolverOptions.servers(servers);
    }
}
