package org.sendready.plan;

import java.net.InetAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// A server that sends the domain's mail: the name it greets with (HELO/EHLO), which its
/// PTR records must name, and the addresses it sends from.
public record SendingHost(DomainName hostname, List<InetAddress> addresses) {

    public SendingHost {
        Objects.requireNonNull(hostname);
        if (addresses.isEmpty()) {
            throw new InvalidInput(
                    "ip", "host " + hostname + " has no address; give at least one IPv4 or IPv6");
        }
        if (new LinkedHashSet<>(addresses).size() != addresses.size()) {
            throw new InvalidInput("ip", "host " + hostname + " lists the same address twice");
        }
        addresses = List.copyOf(addresses);
    }
}
