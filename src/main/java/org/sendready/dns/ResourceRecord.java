package org.sendready.dns;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// One resource record as read from DNS: owner name, TTL, and typed data.
///
/// These are sendready's own values; the dnsjava adapter converts into them, so nothing above
/// the adapter sees a dnsjava type.
public sealed interface ResourceRecord {

    /// The name the record is attached to (after a CNAME, the alias target).
    DomainName owner();

    /// How long resolvers may cache the record.
    Duration ttl();

    /// The record type.
    RrType type();

    record A(DomainName owner, Duration ttl, Inet4Address address) implements ResourceRecord {
        public A {
            checkCommon(owner, ttl);
            Objects.requireNonNull(address);
        }

        @Override
        public RrType type() {
            return RrType.A;
        }
    }

    record Aaaa(DomainName owner, Duration ttl, Inet6Address address) implements ResourceRecord {
        public Aaaa {
            checkCommon(owner, ttl);
            Objects.requireNonNull(address);
        }

        @Override
        public RrType type() {
            return RrType.AAAA;
        }
    }

    /// RFC 1035 section 3.3.9. An empty `exchange` is the root name `.`: a null MX, by which a
    /// domain declares it accepts no mail (RFC 7505 section 3).
    record Mx(DomainName owner, Duration ttl, int preference, Optional<DomainName> exchange)
            implements ResourceRecord {
        public Mx {
            checkCommon(owner, ttl);
            if (preference < 0 || preference > 0xFFFF) {
                throw new IllegalArgumentException("MX preference out of range: " + preference);
            }
            Objects.requireNonNull(exchange);
        }

        /// True for RFC 7505's null MX (`0 .`).
        public boolean isNullMx() {
            return exchange.isEmpty();
        }

        @Override
        public RrType type() {
            return RrType.MX;
        }
    }

    /// A TXT record as its character-strings (RFC 1035 section 3.3.14), each decoded as UTF-8.
    record Txt(DomainName owner, Duration ttl, List<String> strings) implements ResourceRecord {
        public Txt {
            checkCommon(owner, ttl);
            strings = List.copyOf(strings);
        }

        /// The strings joined without a separator, as SPF (RFC 7208 section 3.3) and DKIM
        /// (RFC 6376 section 3.6.2.2) read a record.
        public String joined() {
            return String.join("", strings);
        }

        @Override
        public RrType type() {
            return RrType.TXT;
        }
    }

    /// The obsolete SPF type 99 (RFC 7208 section 14.1), same data as TXT.
    record Spf(DomainName owner, Duration ttl, List<String> strings) implements ResourceRecord {
        public Spf {
            checkCommon(owner, ttl);
            strings = List.copyOf(strings);
        }

        /// The strings joined without a separator.
        public String joined() {
            return String.join("", strings);
        }

        @Override
        public RrType type() {
            return RrType.SPF;
        }
    }

    record Ptr(DomainName owner, Duration ttl, DomainName target) implements ResourceRecord {
        public Ptr {
            checkCommon(owner, ttl);
            Objects.requireNonNull(target);
        }

        @Override
        public RrType type() {
            return RrType.PTR;
        }
    }

    record Cname(DomainName owner, Duration ttl, DomainName target) implements ResourceRecord {
        public Cname {
            checkCommon(owner, ttl);
            Objects.requireNonNull(target);
        }

        @Override
        public RrType type() {
            return RrType.CNAME;
        }
    }

    record Ns(DomainName owner, Duration ttl, DomainName host) implements ResourceRecord {
        public Ns {
            checkCommon(owner, ttl);
            Objects.requireNonNull(host);
        }

        @Override
        public RrType type() {
            return RrType.NS;
        }
    }

    /// RFC 1035 section 3.3.13. `rname` is the responsible mailbox in presentation form
    /// (`hostmaster.example.com`); it stays text because its first label may contain an
    /// escaped dot. `serial` is unsigned 32-bit.
    record Soa(
            DomainName owner,
            Duration ttl,
            DomainName mname,
            String rname,
            long serial,
            Duration refresh,
            Duration retry,
            Duration expire,
            Duration minimum)
            implements ResourceRecord {
        public Soa {
            checkCommon(owner, ttl);
            Objects.requireNonNull(mname);
            Objects.requireNonNull(rname);
            Objects.requireNonNull(refresh);
            Objects.requireNonNull(retry);
            Objects.requireNonNull(expire);
            Objects.requireNonNull(minimum);
            if (serial < 0 || serial > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("SOA serial out of range: " + serial);
            }
        }

        @Override
        public RrType type() {
            return RrType.SOA;
        }
    }

    /// A record of a known type whose data names cannot be held as [DomainName] (for example a
    /// PTR target with characters host names do not allow). `data` is the RDATA in master-file
    /// form, so a check can still show what is published.
    record Opaque(DomainName owner, Duration ttl, RrType type, String data)
            implements ResourceRecord {
        public Opaque {
            checkCommon(owner, ttl);
            Objects.requireNonNull(type);
            Objects.requireNonNull(data);
        }
    }

    private static void checkCommon(DomainName owner, Duration ttl) {
        Objects.requireNonNull(owner);
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("negative TTL: " + ttl);
        }
    }
}
