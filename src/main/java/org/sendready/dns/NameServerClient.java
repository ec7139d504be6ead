package org.sendready.dns;

import java.util.concurrent.CompletableFuture;

/// Asks one name server directly, without recursion (RD=0), as the authoritative view needs.
public interface NameServerClient {

    /// Asks `server` for `type` at `name`. An answer without the AA bit is
    /// [DnsAnswer.Failure#NOT_AUTHORITATIVE]. Completes like [DnsResolver#query].
    CompletableFuture<DnsAnswer> ask(Server.Endpoint server, DomainName name, RrType type);
}
