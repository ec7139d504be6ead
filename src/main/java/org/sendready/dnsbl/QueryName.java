package org.sendready.dnsbl;

import java.net.InetAddress;
import java.util.Optional;
import org.sendready.dns.DomainName;
import org.sendready.dns.ReverseName;

/// The name asked of a list for a target, as RFC 5782 lays it out.
///
/// - IPv4 (section 2.1): the four octets reversed, then the zone: 192.0.2.99 on
///   `bl.example` is `99.2.0.192.bl.example`, as in `in-addr.arpa`.
/// - IPv6 (section 2.4): the 32 nibbles reversed, then the zone, as in `ip6.arpa`.
/// - Domains (section 2.2): the name itself, in A-labels for an IDN (section 2.2 asks for the
///   name "in the same form as in DNS"), then the zone: `example.com.dbl.example`.
public final class QueryName {
    private QueryName() {}

    /// The name to ask `zone` about `target`; empty when it would be longer than DNS allows
    /// (RFC 1035 section 2.3.4: 253 characters), which only a very long domain can cause.
    public static Optional<DomainName> of(Target target, DomainName zone) {
        var key =
                switch (target) {
                    case Target.Address(var address) -> reversed(address);
                    case Target.Domain(var domain) -> domain.ascii();
                };
        var name = key + "." + zone.ascii();
        if (name.length() > DomainName.MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new DomainName(name));
    }

    /// The reverse-tree labels of `address` without their `in-addr.arpa`/`ip6.arpa` suffix.
    private static String reversed(InetAddress address) {
        var owner = ReverseName.of(address).owner();
        return owner.relativeTo(
                owner.isWithin(ReverseName.IP6_ARPA)
                        ? ReverseName.IP6_ARPA
                        : ReverseName.IN_ADDR_ARPA);
    }
}
