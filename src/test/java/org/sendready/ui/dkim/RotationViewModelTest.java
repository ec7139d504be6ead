package org.sendready.ui.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendready.check.KeyOnServer;
import org.sendready.check.KeyPropagationProbe;
import org.sendready.dkim.DkimSelector;
import org.sendready.dns.AuthoritativeResolver;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.NameServerClient;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.dns.Server;
import org.sendready.plan.DkimKeyRef;
import org.sendready.plan.DkimRotation;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.RotationStage;
import org.sendready.testing.InMemoryDns;
import org.sendready.testing.MovableClock;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.ProjectState;

/// A key rotation walked through with a fake clock and two in-memory name servers.
class RotationViewModelTest {
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final DomainName NEW_OWNER = DomainName.parse("s202611._domainkey.example.com");

    private final MovableClock clock = new MovableClock(T0);
    private final ProjectState project = new ProjectState();
    private final DkimKeyRef oldKey = PlanFixtures.rsaKey("s202605", 1024, Optional.empty());
    private final DkimKeyRef newKey = PlanFixtures.rsaKey("s202611", 1024, Optional.empty());

    private final InMemoryDns recursive =
            new InMemoryDns()
                    .ns("example.com", "ns1.example.com")
                    .ns("example.com", "ns2.example.com")
                    .address("ns1.example.com", "192.0.2.1")
                    .address("ns2.example.com", "192.0.2.2");
    private final InMemoryDns ns1 = new InMemoryDns();
    private final InMemoryDns ns2 = new InMemoryDns();
    private final NameServerClient client =
            (server, name, type) ->
                    Map.of(at("192.0.2.1"), ns1, at("192.0.2.2"), ns2)
                            .get(server)
                            .query(name, type)
                            .thenApply(a -> from(a, server));

    private RotationViewModel model;

    private static Server.Endpoint at(String ip) {
        return new Server.Endpoint(InetAddress.ofLiteral(ip), 53);
    }

    private static DnsAnswer from(DnsAnswer answer, Server server) {
        return switch (answer) {
            case DnsAnswer.Records r -> new DnsAnswer.Records(r.records(), r.ttl(), server);
            case DnsAnswer.NxDomain nx -> new DnsAnswer.NxDomain(nx.negativeTtl(), server);
            case DnsAnswer.NoData nd -> new DnsAnswer.NoData(nd.negativeTtl(), server);
            case DnsAnswer.Failed f -> new DnsAnswer.Failed(f.kind(), server);
        };
    }

    private void publish(InMemoryDns server) {
        server.add(
                new ResourceRecord.Txt(
                        NEW_OWNER, Duration.ofMinutes(5), List.of(newKey.record().format())));
    }

    @BeforeEach
    void start() {
        project.loaded(
                DkimViewModelTest.emptyPlan()
                        .withDkim(
                                List.of(oldKey, newKey),
                                Optional.of(
                                        DkimRotation.start(
                                                oldKey.selector(), newKey.selector(), T0))),
                null);
        model =
                new RotationViewModel(
                        project,
                        DnsChoice::system,
                        UiThreads.direct(),
                        clock,
                        choice ->
                                new KeyPropagationProbe(
                                        new AuthoritativeResolver(recursive, client), client));
    }

    @Test
    void rotation_walksFromPublishingToRevocation_asServersAndTheClockAllow() {
        assertThat(model.stageProperty().get()).isEqualTo(RotationStage.PUBLISH_NEW);
        assertThat(model.stageTextProperty().get())
                .startsWith("Publish the record of s202611")
                .contains("s202605 keeps signing meanwhile");

        publish(ns1);
        model.check();
        assertThat(model.stageProperty().get()).isEqualTo(RotationStage.PUBLISH_NEW);
        assertThat(model.checkSummaryProperty().get())
                .isEqualTo(
                        "Checked Thu 26 Nov 2026, 10:00: 1 of 2 name servers of example.com"
                                + " serve s202611.");
        assertThat(model.servers())
                .extracting(KeyOnServer::state)
                .containsExactly(KeyOnServer.State.SERVES_KEY, KeyOnServer.State.NO_RECORD);

        clock.advance(Duration.ofMinutes(20));
        publish(ns2);
        model.check();
        assertThat(model.stageProperty().get()).isEqualTo(RotationStage.WAIT_PROPAGATION);
        assertThat(model.stageTextProperty().get())
                .contains("since Thu 26 Nov 2026, 10:20")
                .contains("for up to 1 h")
                .contains("safe from Thu 26 Nov 2026, 11:20, in 1 h.");

        clock.advance(Duration.ofMinutes(59));
        model.tick();
        assertThat(model.stageProperty().get()).isEqualTo(RotationStage.WAIT_PROPAGATION);
        model.switchSigner();
        assertThat(project.plan().orElseThrow().dkimRotation().orElseThrow().switched())
                .as("switching before it is safe is refused")
                .isEmpty();

        clock.advance(Duration.ofMinutes(1));
        model.tick();
        assertThat(model.stageProperty().get()).isEqualTo(RotationStage.SWITCH_SIGNER);
        assertThat(model.switchLinesProperty().get().openDkim())
                .contains("example.com:s202611:")
                .doesNotContain("s202605");

        model.switchSigner();
        assertThat(model.stageProperty().get()).isEqualTo(RotationStage.OVERLAP);
        assertThat(project.plan().orElseThrow().signingKeys()).containsExactly(newKey);
        assertThat(model.stageTextProperty().get())
                .contains("Keep s202605 published until Thu 3 Dec 2026, 11:20 (in 7 days)");

        clock.advance(Duration.ofDays(7));
        model.tick();
        assertThat(model.stageProperty().get()).isEqualTo(RotationStage.REVOKE_OLD);
        var revocation = model.revocationProperty().get();
        assertThat(revocation.owner())
                .isEqualTo(DomainName.parse("s202605._domainkey.example.com"));
        assertThat(revocation.data().toString()).contains("v=DKIM1; k=rsa; p=");

        model.revokeOld();
        assertThat(model.stageProperty().get()).isEqualTo(RotationStage.DONE);
        var old = project.plan().orElseThrow().dkimKeys().getFirst();
        assertThat(old.record().isRevoked()).isTrue();
        assertThat(old.record().format()).isEqualTo("v=DKIM1; k=rsa; p=");

        model.finish();
        assertThat(project.plan().orElseThrow().dkimRotation()).isEmpty();
        assertThat(model.stageProperty().get()).isNull();
    }

    @Test
    void check_startsTheWaitOver_whenAServerLosesTheKey() {
        publish(ns1);
        publish(ns2);
        model.check();
        assertThat(model.stageProperty().get()).isEqualTo(RotationStage.WAIT_PROPAGATION);

        ns2.answer(
                NEW_OWNER.ascii(),
                RrType.TXT,
                new DnsAnswer.NxDomain(Duration.ofMinutes(5), at("192.0.2.2")));
        clock.advance(Duration.ofHours(2));
        model.check();

        assertThat(model.stageProperty().get()).isEqualTo(RotationStage.PUBLISH_NEW);
        assertThat(model.servers().get(1).summary()).isEqualTo("has no such name yet (NXDOMAIN)");
    }

    @Test
    void check_saysWhenTheNameServersCannotBeFound() {
        recursive.fail("example.com", RrType.NS, DnsAnswer.Failure.TIMEOUT);

        model.check();

        assertThat(model.checkSummaryProperty().get())
                .contains("the name servers of example.com could not be found");
        assertThat(model.stageProperty().get()).isEqualTo(RotationStage.PUBLISH_NEW);
    }

    @Test
    void cancel_removesTheNewKey_andTheOldOneSignsOn() {
        model.cancel();

        var plan = project.plan().orElseThrow();
        assertThat(plan.dkimKeys()).containsExactly(oldKey);
        assertThat(plan.dkimRotation()).isEmpty();
        assertThat(plan.signingKeys()).containsExactly(oldKey);
        assertThat(model.messageProperty().get().text()).startsWith("Cancelled the rotation");
    }

    @Test
    void revokeOld_isRefused_duringTheOverlap() {
        publish(ns1);
        publish(ns2);
        model.check();
        clock.advance(Duration.ofHours(1));
        model.tick();
        model.switchSigner();
        clock.advance(Duration.ofDays(6));

        model.revokeOld();

        assertThat(project.plan().orElseThrow().dkimKeys().getFirst()).isEqualTo(oldKey);
        assertThat(model.stageProperty().get()).isEqualTo(RotationStage.OVERLAP);
        assertThat(DkimSelector.parse("s202605"))
                .isEqualTo(model.rotationProperty().get().retiring());
    }
}
