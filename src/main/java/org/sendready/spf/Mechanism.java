package org.sendready.spf;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.Objects;
import java.util.Optional;
import org.sendready.dns.IpAddresses;

/// The mechanisms of RFC 7208 section 5, each with its typed arguments.
///
/// A `switch` over this sealed type without `default` lets the compiler find every place a
/// new mechanism must be handled.
public sealed interface Mechanism
        permits Mechanism.All,
                Mechanism.Include,
                Mechanism.A,
                Mechanism.Mx,
                Mechanism.Ptr,
                Mechanism.Ip4,
                Mechanism.Ip6,
                Mechanism.Exists {

    /// The mechanism's name in lower case, e.g. `include`.
    String name();

    /// The canonical text after the name, e.g. `:_spf.example.com` or `/24`; empty if none.
    String argument();

    /// RFC 7208 section 4.6.4: `include`, `a`, `mx`, `ptr` and `exists` query DNS and count
    /// against the limit of 10; `all`, `ip4` and `ip6` do not.
    default boolean queriesDns() {
        return switch (this) {
            case Include i -> true;
            case A a -> true;
            case Mx mx -> true;
            case Ptr ptr -> true;
            case Exists exists -> true;
            case All all -> false;
            case Ip4 ip4 -> false;
            case Ip6 ip6 -> false;
        };
    }

    /// The mechanism in canonical text, without a qualifier.
    default String format() {
        return name() + argument();
    }

    /// `all` (RFC 7208 section 5.1): always matches.
    record All() implements Mechanism {
        @Override
        public String name() {
            return "all";
        }

        @Override
        public String argument() {
            return "";
        }
    }

    /// `include:domain` (RFC 7208 section 5.2): matches when that domain's record passes.
    record Include(DomainSpec domain) implements Mechanism {
        public Include {
            Objects.requireNonNull(domain);
        }

        @Override
        public String name() {
            return "include";
        }

        @Override
        public String argument() {
            return ":" + domain.format();
        }
    }

    /// `a[:domain][/ip4-prefix][//ip6-prefix]` (RFC 7208 section 5.3): matches the domain's
    /// A/AAAA addresses; without a domain, the domain being checked.
    record A(Optional<DomainSpec> domain, DualCidr cidr) implements Mechanism {
        public A {
            Objects.requireNonNull(domain);
            Objects.requireNonNull(cidr);
        }

        @Override
        public String name() {
            return "a";
        }

        @Override
        public String argument() {
            return domain.map(d -> ":" + d.format()).orElse("") + cidr.format();
        }
    }

    /// `mx[:domain][/ip4-prefix][//ip6-prefix]` (RFC 7208 section 5.4): matches the addresses
    /// of the domain's mail exchangers.
    record Mx(Optional<DomainSpec> domain, DualCidr cidr) implements Mechanism {
        public Mx {
            Objects.requireNonNull(domain);
            Objects.requireNonNull(cidr);
        }

        @Override
        public String name() {
            return "mx";
        }

        @Override
        public String argument() {
            return domain.map(d -> ":" + d.format()).orElse("") + cidr.format();
        }
    }

    /// `ptr[:domain]` (RFC 7208 section 5.5): matches validated reverse names; the RFC says it
    /// SHOULD NOT be used.
    record Ptr(Optional<DomainSpec> domain) implements Mechanism {
        public Ptr {
            Objects.requireNonNull(domain);
        }

        @Override
        public String name() {
            return "ptr";
        }

        @Override
        public String argument() {
            return domain.map(d -> ":" + d.format()).orElse("");
        }
    }

    /// `ip4:network[/prefix]` (RFC 7208 section 5.6); the prefix defaults to 32.
    record Ip4(Inet4Address address, int prefix) implements Mechanism {
        public Ip4 {
            Objects.requireNonNull(address);
            if (prefix < 0 || prefix > DualCidr.MAX_IP4_PREFIX) {
                throw new IllegalArgumentException("IPv4 prefix length " + prefix + " is not 0-32");
            }
        }

        /// One address, prefix 32.
        public Ip4(Inet4Address address) {
            this(address, DualCidr.MAX_IP4_PREFIX);
        }

        @Override
        public String name() {
            return "ip4";
        }

        @Override
        public String argument() {
            var text = ":" + address.getHostAddress();
            return prefix == DualCidr.MAX_IP4_PREFIX ? text : text + "/" + prefix;
        }
    }

    /// `ip6:network[/prefix]` (RFC 7208 section 5.6); the prefix defaults to 128. The address
    /// is written in RFC 5952 form.
    record Ip6(Inet6Address address, int prefix) implements Mechanism {
        public Ip6 {
            Objects.requireNonNull(address);
            if (prefix < 0 || prefix > DualCidr.MAX_IP6_PREFIX) {
                throw new IllegalArgumentException(
                        "IPv6 prefix length " + prefix + " is not 0-128");
            }
        }

        /// One address, prefix 128.
        public Ip6(Inet6Address address) {
            this(address, DualCidr.MAX_IP6_PREFIX);
        }

        @Override
        public String name() {
            return "ip6";
        }

        @Override
        public String argument() {
            var text = ":" + IpAddresses.format(address);
            return prefix == DualCidr.MAX_IP6_PREFIX ? text : text + "/" + prefix;
        }
    }

    /// `exists:domain` (RFC 7208 section 5.7): matches when the name has an A record; used
    /// with macros.
    record Exists(DomainSpec domain) implements Mechanism {
        public Exists {
            Objects.requireNonNull(domain);
        }

        @Override
        public String name() {
            return "exists";
        }

        @Override
        public String argument() {
            return ":" + domain.format();
        }
    }
}
