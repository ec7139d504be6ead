package org.sendready.check;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.NameServerAnswer;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.Server;
import org.sendready.input.InvalidInput;

/// What one authoritative name server serves for a DKIM selector, judged against the key the
/// plan publishes there.
///
/// @param host the name server's host name from the zone's NS set
/// @param server the address asked
/// @param state whether it serves the key
/// @param ttl how long a resolver may cache this answer: the record's TTL, the negative TTL
///     of "no such record" (RFC 2308 section 5), zero when there was no answer
/// @param served the key record served, when it parses
/// @param summary one line for the user, e.g. "serves the new key"
public record KeyOnServer(
        DomainName host,
        Server server,
        State state,
        Duration ttl,
        Optional<DkimKeyRecord> served,
        String summary) {

    /// The judgement of one server's answer.
    public enum State {
        /// Serves a record publishing the expected key.
        SERVES_KEY,
        /// Serves something else at the name: another key, a revoked key, a record that does
        /// not parse, several records, or a CNAME.
        SERVES_OTHER,
        /// Says the name or its TXT record does not exist.
        NO_RECORD,
        /// Gave no usable answer (timeout, SERVFAIL, not authoritative, ...).
        NO_ANSWER
    }

    public KeyOnServer {
        Objects.requireNonNull(host);
        Objects.requireNonNull(server);
        Objects.requireNonNull(state);
        Objects.requireNonNull(ttl);
        Objects.requireNonNull(served);
        Objects.requireNonNull(summary);
    }

    /// Judges `answer` against `expected`, the record of the key being published.
    public static KeyOnServer judge(NameServerAnswer answer, DkimKeyRecord expected) {
        var host = answer.host();
        var server = answer.server();
        return switch (answer.answer()) {
            case DnsAnswer.Records records -> records(host, server, records, expected);
            case DnsAnswer.NxDomain nx ->
                    new KeyOnServer(
                            host,
                            server,
                            State.NO_RECORD,
                            nx.negativeTtl(),
                            Optional.empty(),
                            "has no such name yet (NXDOMAIN)");
            case DnsAnswer.NoData noData ->
                    new KeyOnServer(
                            host,
                            server,
                            State.NO_RECORD,
                            noData.negativeTtl(),
                            Optional.empty(),
                            "has no TXT record there yet");
            case DnsAnswer.Failed failed ->
                    new KeyOnServer(
                            host,
                            server,
                            State.NO_ANSWER,
                            Duration.ZERO,
                            Optional.empty(),
                            "did not answer: " + failed.kind().description());
        };
    }

    private static KeyOnServer records(
            DomainName host, Server server, DnsAnswer.Records records, DkimKeyRecord expected) {
        var txts = records.recordsOf(ResourceRecord.Txt.class);
        if (txts.isEmpty()) {
            return other(host, server, records.ttl(), Optional.empty(), "serves no TXT record");
        }
        if (txts.size() > 1) {
            return other(
                    host,
                    server,
                    records.ttl(),
                    Optional.empty(),
                    "serves " + txts.size() + " TXT records; a selector needs exactly one");
        }
        DkimKeyRecord live;
        try {
            live = DkimKeyRecord.parse(txts.getFirst().joined());
        } catch (InvalidInput e) {
            return other(
                    host,
                    server,
                    records.ttl(),
                    Optional.empty(),
                    "serves a record that is not a DKIM key: " + e.reason());
        }
        if (live.isRevoked()) {
            return other(host, server, records.ttl(), Optional.of(live), "serves a revoked key");
        }
        var key = expected.publicKey();
        if (key.isEmpty() || !live.publishes(key.get())) {
            return other(
                    host,
                    server,
                    records.ttl(),
                    Optional.of(live),
                    "serves another key ("
                            + live.publicKey().map(k -> k.fingerprint()).orElse("none")
                            + ")");
        }
        return new KeyOnServer(
                host, server, State.SERVES_KEY, records.ttl(), Optional.of(live), "serves the key");
    }

    private static KeyOnServer other(
            DomainName host,
            Server server,
            Duration ttl,
            Optional<DkimKeyRecord> served,
            String summary) {
        return new KeyOnServer(host, server, State.SERVES_OTHER, ttl, served, summary);
    }

    /// How the server reads in a list: `ns1.example.com (192.0.2.1:53)`.
    public String label() {
        return host.ascii() + " (" + server.display() + ")";
    }
}
