package org.sendready.dnsbl;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;

/// What is looked up on blocklists: a sending address or a domain.
public sealed interface Target {

    /// How a report shows it: `192.0.2.10`, `2001:db8::10`, `example.com`.
    String display();

    /// The kind of list that lists it.
    ListKind kind();

    /// A sending IP address, IPv4 or IPv6.
    record Address(InetAddress address) implements Target {
        public Address {
            Objects.requireNonNull(address);
        }

        public boolean isIpv6() {
            return address instanceof Inet6Address;
        }

        @Override
        public String display() {
            return IpAddresses.format(address);
        }

        @Override
        public ListKind kind() {
            return ListKind.IP;
        }
    }

    /// A domain, e.g. the domain mail is sent from, held as A-labels.
    record Domain(DomainName name) implements Target {
        public Domain {
            Objects.requireNonNull(name);
        }

        @Override
        public String display() {
            return name.ascii();
        }

        @Override
        public ListKind kind() {
            return ListKind.DOMAIN;
        }
    }
}
