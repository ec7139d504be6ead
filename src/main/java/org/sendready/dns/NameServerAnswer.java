package org.sendready.dns;

import java.util.Objects;

/// One name server's answer in the authoritative view: the server's host name from the zone's
/// NS set, the address asked, and what it said.
///
/// When the host's address could not be found, `server` is the resolver that was asked for
/// it and `answer` is a [DnsAnswer.Failed] ([DnsAnswer.Failure#NO_ADDRESS] or the lookup's own
/// failure).
public record NameServerAnswer(DomainName host, Server server, DnsAnswer answer) {
    public NameServerAnswer {
        Objects.requireNonNull(host);
        Objects.requireNonNull(server);
        Objects.requireNonNull(answer);
    }
}
