package org.sendready.dns;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/// What DNS said to one question: records, no such name, no data of that type, or a failure.
///
/// Every case names the server that answered, so a check can say who told it. A `switch` over
/// the cases without `default` makes the compiler point at code that misses one.
public sealed interface DnsAnswer {

    /// The server that answered, or that was asked last when nobody answered.
    Server from();

    /// Records of the asked type. When the name is an alias, the records belong to the end of
    /// the CNAME chain (their owner shows it) and `ttl` is the lowest TTL along the chain.
    record Records(List<ResourceRecord> records, Duration ttl, Server from) implements DnsAnswer {
        public Records {
            records = List.copyOf(records);
            if (records.isEmpty()) {
                throw new IllegalArgumentException("no records; that is NoData");
            }
            requireTtl(ttl);
            Objects.requireNonNull(from);
        }

        /// Records with `ttl` the lowest of theirs.
        public static Records of(List<? extends ResourceRecord> records, Server from) {
            var ttl =
                    records.stream()
                            .map(ResourceRecord::ttl)
                            .min(Comparator.naturalOrder())
                            .orElse(Duration.ZERO);
            return new Records(List.copyOf(records), ttl, from);
        }

        /// The records of one kind, e.g. `recordsOf(ResourceRecord.Txt.class)`.
        public <T extends ResourceRecord> List<T> recordsOf(Class<T> kind) {
            return records.stream().filter(kind::isInstance).map(kind::cast).toList();
        }
    }

    /// RCODE 3, the name does not exist. `negativeTtl` is how long that may be cached:
    /// RFC 2308 section 5, the lower of the SOA's TTL and its MINIMUM field; zero without SOA.
    record NxDomain(Duration negativeTtl, Server from) implements DnsAnswer {
        public NxDomain {
            requireTtl(negativeTtl);
            Objects.requireNonNull(from);
        }
    }

    /// The name exists but has no records of the asked type (RFC 2308 section 2.2).
    record NoData(Duration negativeTtl, Server from) implements DnsAnswer {
        public NoData {
            requireTtl(negativeTtl);
            Objects.requireNonNull(from);
        }
    }

    /// No usable answer: the server failed or refused, or nobody answered in time.
    record Failed(Failure kind, Server from) implements DnsAnswer {
        public Failed {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(from);
        }
    }

    /// Why there is no answer. These are faults of DNS infrastructure, not of the setup.
    enum Failure {
        /// RCODE 2: the server could not answer (often a broken delegation or DNSSEC failure).
        SERVFAIL("the server failed (SERVFAIL)"),
        /// RCODE 5: the server will not answer this question for us.
        REFUSED("the server refused the query (REFUSED)"),
        /// No response before the deadline.
        TIMEOUT("no response in time"),
        /// The query could not be sent or the connection failed (unreachable, refused port).
        NETWORK("the server could not be reached"),
        /// RCODE 1: the server could not read the query.
        FORMERR("the server could not read the query (FORMERR)"),
        /// A server asked directly answered without authority (a lame delegation or a
        /// referral): it does not serve the zone.
        NOT_AUTHORITATIVE("the server does not serve this zone"),
        /// A name server's host name has no address to ask.
        NO_ADDRESS("the name server has no address"),
        /// Anything else: an unexpected RCODE or a malformed response.
        OTHER("unexpected response");

        private final String description;

        Failure(String description) {
            this.description = description;
        }

        /// A short phrase for the user, e.g. "no response in time".
        public String description() {
            return description;
        }
    }

    private static void requireTtl(Duration ttl) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("negative TTL: " + ttl);
        }
    }
}
