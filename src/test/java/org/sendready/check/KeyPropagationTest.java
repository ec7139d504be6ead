package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dkim.DkimSelector;
import org.sendready.dns.AuthoritativeResolver;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.NameServerClient;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.dns.Server;
import org.sendready.plan.DkimRotation;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.RotationStage;
import org.sendready.testing.InMemoryDns;

/// The "safe to switch" observation of a key rotation, over two in-memory name servers of
/// example.com asked directly, with a fake clock (plain instants).
class KeyPropagationTest {
    private static final DomainName ZONE = DomainName.parse("example.com");
    private static final String OWNER = "s202611._domainkey.example.com";
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final Duration PLAN_TTL = Duration.ofHours(1);

    private final DkimKeyRecord newKey =
            PlanFixtures.rsaKey("s202611", 1024, Optional.empty()).record();
    private final DkimKeyRecord otherKey =
            PlanFixtures.rsaKey("s202611", 1024, Optional.empty()).record();

    private final InMemoryDns recursive =
            new InMemoryDns()
                    .ns("example.com", "ns1.example.com")
                    .ns("example.com", "ns2.example.net")
                    .address("ns1.example.com", "192.0.2.1")
                    .address("ns2.example.net", "192.0.2.2");
    private final InMemoryDns ns1 = new InMemoryDns().add(soa(Duration.ofMinutes(30)));
    private final InMemoryDns ns2 = new InMemoryDns().add(soa(Duration.ofMinutes(30)));

    private final NameServerClient direct =
            (server, name, type) -> {
                var zone =
                        Map.of(
                                        at("192.0.2.1"), ns1,
                                        at("192.0.2.2"), ns2)
                                .get(server);
                return zone.query(name, type).thenApply(answer -> fromServer(answer, server));
            };

    private final KeyPropagationProbe probe =
            new KeyPropagationProbe(
                    new AuthoritativeResolver(recursive, direct, 5353, false), direct);

    private final DkimRotation rotation =
            DkimRotation.start(DkimSelector.parse("s202605"), DkimSelector.parse("s202611"), T0);

    private static Server.Endpoint at(String ip) {
        return new Server.Endpoint(InetAddress.ofLiteral(ip), 5353);
    }

    private static ResourceRecord.Soa soa(Duration minimum) {
        return new ResourceRecord.Soa(
                ZONE,
                Duration.ofHours(2),
                DomainName.parse("ns1.example.com"),
                "hostmaster.example.com",
                1,
                Duration.ofHours(1),
                Duration.ofMinutes(10),
                Duration.ofDays(7),
                minimum);
    }

    /// The in-memory answer as if `server` gave it.
    private static DnsAnswer fromServer(DnsAnswer answer, Server server) {
        return switch (answer) {
            case DnsAnswer.Records r -> new DnsAnswer.Records(r.records(), r.ttl(), server);
            case DnsAnswer.NxDomain nx -> new DnsAnswer.NxDomain(nx.negativeTtl(), server);
            case DnsAnswer.NoData nd -> new DnsAnswer.NoData(nd.negativeTtl(), server);
            case DnsAnswer.Failed f -> new DnsAnswer.Failed(f.kind(), server);
        };
    }

    private static void publish(InMemoryDns server, DkimKeyRecord record, Duration ttl) {
        server.add(new ResourceRecord.Txt(DomainName.parse(OWNER), ttl, List.of(record.format())));
    }

    private KeyPropagation observe() {
        return probe.probe(DomainName.parse(OWNER), newKey).join();
    }

    @Test
    void probe_seesTheKeyEverywhere_whenBothServersServeIt() {
        publish(ns1, newKey, PLAN_TTL);
        publish(ns2, newKey, PLAN_TTL);

        var seen = (KeyPropagation.PerServer) observe();

        assertThat(seen.zone()).isEqualTo(ZONE);
        assertThat(seen.everywhere()).isTrue();
        assertThat(seen.servers())
                .extracting(KeyOnServer::label)
                .containsExactly(
                        "ns1.example.com (192.0.2.1:5353)", "ns2.example.net (192.0.2.2:5353)");
        assertThat(seen.servers()).allMatch(s -> s.summary().equals("serves the key"));
    }

    @Test
    void probe_namesTheServerStillWithoutTheKey() {
        publish(ns1, newKey, PLAN_TTL);

        var seen = (KeyPropagation.PerServer) observe();

        assertThat(seen.everywhere()).isFalse();
        assertThat(seen.missingSomewhere()).isTrue();
        var stale = seen.servers().get(1);
        assertThat(stale.state()).isEqualTo(KeyOnServer.State.NO_RECORD);
        assertThat(stale.summary()).isEqualTo("has no such name yet (NXDOMAIN)");
        assertThat(stale.ttl()).isEqualTo(InMemoryDns.NEGATIVE_TTL);
    }

    @Test
    void probe_readsTheNegativeTtl_asTheLowerOfSoaTtlAndMinimum() {
        publish(ns1, newKey, PLAN_TTL);
        publish(ns2, newKey, PLAN_TTL);

        var seen = (KeyPropagation.PerServer) observe();

        assertThat(seen.negativeTtl()).isEqualTo(Duration.ofMinutes(30));
    }

    @ParameterizedTest
    @CsvSource({
        "3600, 1800, 300, 3600", // the plan's TTL is the longest
        "300, 7200, 300, 7200", // the record was published with a longer TTL than planned
        "300, 300, 10800, 7200", // negative caching: SOA TTL (2 h) caps a long MINIMUM
    })
    void advance_startsTheWait_withTheLongestTtlOfAnOlderAnswer(
            long planSeconds, long recordSeconds, long soaMinimumSeconds, long waitSeconds) {
        ns1.add(soa(Duration.ofSeconds(soaMinimumSeconds)));
        publish(ns1, newKey, Duration.ofSeconds(recordSeconds));
        publish(ns2, newKey, Duration.ofSeconds(recordSeconds));

        var next = observe().advance(rotation, T0, Duration.ofSeconds(planSeconds));

        assertThat(next.propagated())
                .contains(new DkimRotation.Propagated(T0, Duration.ofSeconds(waitSeconds)));
        assertThat(next.stage(T0.plusSeconds(waitSeconds - 1)))
                .isEqualTo(RotationStage.WAIT_PROPAGATION);
        assertThat(next.stage(T0.plusSeconds(waitSeconds))).isEqualTo(RotationStage.SWITCH_SIGNER);
    }

    @Test
    void advance_startsTheWaitOver_whenAServerServesAnotherKey() {
        publish(ns1, newKey, PLAN_TTL);
        publish(ns2, newKey, PLAN_TTL);
        var seen = observe().advance(rotation, T0, PLAN_TTL);
        // ns2's zone is rolled back to a version with another key
        var rolledBack = new InMemoryDns().add(soa(Duration.ofMinutes(30)));
        publish(rolledBack, otherKey, PLAN_TTL);

        var later =
                new KeyPropagationProbe(
                                new AuthoritativeResolver(
                                        recursive, swap(at("192.0.2.2"), rolledBack), 5353, false),
                                swap(at("192.0.2.2"), rolledBack))
                        .probe(DomainName.parse(OWNER), newKey)
                        .join();

        var perServer = (KeyPropagation.PerServer) later;
        assertThat(perServer.servers().get(1).summary()).startsWith("serves another key (SHA256:");
        var next = later.advance(seen, T0.plus(Duration.ofHours(3)), PLAN_TTL);
        assertThat(next.propagated()).isEmpty();
        assertThat(next.stage(T0.plus(Duration.ofHours(3)))).isEqualTo(RotationStage.PUBLISH_NEW);
    }

    @Test
    void advance_changesNothing_whenAServerDoesNotAnswer() {
        publish(ns1, newKey, PLAN_TTL);
        publish(ns2, newKey, PLAN_TTL);
        var seen = observe().advance(rotation, T0, PLAN_TTL);
        ns2.fail(OWNER, RrType.TXT, DnsAnswer.Failure.TIMEOUT);

        var later = observe();

        assertThat(((KeyPropagation.PerServer) later).servers().get(1).summary())
                .isEqualTo("did not answer: no response in time");
        assertThat(later.advance(seen, T0.plus(PLAN_TTL), PLAN_TTL)).isEqualTo(seen);
        assertThat(later.advance(rotation, T0, PLAN_TTL))
                .as("a server that did not answer proves nothing")
                .isEqualTo(rotation);
    }

    @Test
    void advance_changesNothing_whenTheZoneHasNoNameServers() {
        var lonely = new InMemoryDns();
        var noZone =
                new KeyPropagationProbe(
                                new AuthoritativeResolver(lonely, direct, 5353, false), direct)
                        .probe(DomainName.parse(OWNER), newKey)
                        .join();

        assertThat(noZone).isInstanceOf(KeyPropagation.NoZone.class);
        assertThat(noZone.advance(rotation, T0, PLAN_TTL)).isEqualTo(rotation);
    }

    @Test
    void everywhere_isFalse_whenTheServersServeTheKeyWithDifferentTags() {
        publish(ns1, newKey, PLAN_TTL);
        publish(ns2, newKey.withNotes("rotated"), PLAN_TTL);

        var seen = (KeyPropagation.PerServer) observe();

        assertThat(seen.servers()).allMatch(s -> s.state() == KeyOnServer.State.SERVES_KEY);
        assertThat(seen.everywhere()).isFalse();
        assertThat(seen.missingSomewhere()).isTrue();
    }

    @Test
    void judge_callsARevokedRecordAnotherAnswer() {
        ns1.add(
                new ResourceRecord.Txt(
                        DomainName.parse(OWNER),
                        PLAN_TTL,
                        List.of(DkimKeyRecord.revoked(newKey.algorithm()).format())));

        var first = ((KeyPropagation.PerServer) observe()).servers().getFirst();

        assertThat(first.state()).isEqualTo(KeyOnServer.State.SERVES_OTHER);
        assertThat(first.summary()).isEqualTo("serves a revoked key");
    }

    /// [#direct], but `server` answers from `zone`.
    private NameServerClient swap(Server.Endpoint server, InMemoryDns zone) {
        return (asked, name, type) ->
                asked.equals(server)
                        ? zone.query(name, type).thenApply(a -> fromServer(a, asked))
                        : direct.ask(asked, name, type);
    }
}
