package org.sendready.check;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.PropagationAnswer;
import org.sendready.dns.ResourceRecord;
import org.sendready.plan.DkimRotation;

/// Whether a DKIM key is served identically by every authoritative name server of its zone, and
/// how long resolvers may keep an older answer for its name: what decides when a key rotation
/// may switch the signer ([DkimRotation]).
public sealed interface KeyPropagation {

    /// Each name server's answer, and the zone's negative-caching TTL.
    ///
    /// @param zone the zone the selector's name is in
    /// @param servers one judgement per name server address
    /// @param negativeTtl how long a resolver may cache "no such record" for a name in the
    ///     zone: RFC 2308 section 5, the lower of the SOA record's TTL and its MINIMUM field,
    ///     the highest over the servers; zero when no SOA was served
    record PerServer(DomainName zone, List<KeyOnServer> servers, Duration negativeTtl)
            implements KeyPropagation {
        public PerServer {
            Objects.requireNonNull(zone);
            Objects.requireNonNull(negativeTtl);
            servers = List.copyOf(servers);
        }

        /// True when every server serves the key, all with the same record.
        public boolean everywhere() {
            return !servers.isEmpty()
                    && servers.stream().allMatch(s -> s.state() == KeyOnServer.State.SERVES_KEY)
                    && servers.stream().map(KeyOnServer::served).distinct().count() == 1;
        }

        /// True when a server positively answers with something other than the key (nothing,
        /// another key): the key is not published everywhere, whatever failed to answer.
        public boolean missingSomewhere() {
            var answering =
                    servers.stream().filter(s -> s.state() != KeyOnServer.State.NO_ANSWER).toList();
            return answering.stream().anyMatch(s -> s.state() != KeyOnServer.State.SERVES_KEY)
                    || answering.stream().map(KeyOnServer::served).distinct().count() > 1;
        }

        /// How long a resolver may still hold an older answer for the name once every server
        /// serves the key: the longest of `planTtl` (what the plan publishes DKIM records
        /// with), the zone's negative TTL (a cached "no such key" from before the record
        /// existed) and every TTL these answers carry.
        public Duration cacheTtl(Duration planTtl) {
            return Stream.concat(
                            Stream.of(planTtl, negativeTtl), servers.stream().map(KeyOnServer::ttl))
                    .max(Duration::compareTo)
                    .orElseThrow();
        }
    }

    /// The zone's name servers could not be found; `cause` is the answer that stopped the
    /// search.
    record NoZone(DnsAnswer cause) implements KeyPropagation {
        public NoZone {
            Objects.requireNonNull(cause);
        }
    }

    /// Judges the per-server TXT answers at the selector's name against `expected`;
    /// `soaAnswers` are the servers' answers for the zone's SOA record.
    static PerServer of(
            PropagationAnswer.PerServer txt, List<DnsAnswer> soaAnswers, DkimKeyRecord expected) {
        var servers = txt.answers().stream().map(a -> KeyOnServer.judge(a, expected)).toList();
        var negativeTtl =
                soaAnswers.stream()
                        .filter(DnsAnswer.Records.class::isInstance)
                        .map(DnsAnswer.Records.class::cast)
                        .flatMap(r -> r.recordsOf(ResourceRecord.Soa.class).stream())
                        .map(KeyPropagation::negativeTtl)
                        .max(Duration::compareTo)
                        .orElse(Duration.ZERO);
        return new PerServer(txt.zone(), servers, negativeTtl);
    }

    /// RFC 2308 section 5: a negative answer is cached for the lower of the SOA's own TTL and
    /// its MINIMUM field.
    private static Duration negativeTtl(ResourceRecord.Soa soa) {
        return soa.ttl().compareTo(soa.minimum()) < 0 ? soa.ttl() : soa.minimum();
    }

    /// The rotation after this observation of its new key at `now`: the first time every server
    /// serves it starts the wait for caches ([DkimRotation#seenEverywhere]); a server
    /// answering without it starts the wait over ([DkimRotation#notEverywhere]). Servers that
    /// do not answer, or no name servers at all, prove nothing either way: the rotation stays
    /// as it was. `planTtl` is the plan's DKIM TTL.
    default DkimRotation advance(DkimRotation rotation, Instant now, Duration planTtl) {
        return switch (this) {
            case NoZone noZone -> rotation;
            case PerServer perServer when perServer.everywhere() ->
                    rotation.seenEverywhere(
                            new DkimRotation.Propagated(now, perServer.cacheTtl(planTtl)));
            case PerServer perServer when perServer.missingSomewhere() -> rotation.notEverywhere();
            case PerServer perServer -> rotation;
        };
    }
}
