package org.sendready.ui.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.dkim.DkimKeyFiles;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dkim.DkimSelector;
import org.sendready.dkim.PemKeyReader;
import org.sendready.dns.DomainName;
import org.sendready.plan.DkimKeyRef;
import org.sendready.plan.RotationStage;
import org.sendready.testing.MovableClock;
import org.sendready.testing.TestDnsServer;
import org.sendready.ui.Theme;
import org.sendready.ui.common.DnsAccess;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.testing.RecordingCopier;
import org.sendready.ui.testing.Screenshot;
import org.sendready.ui.testing.ScriptedFileDialogs;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.WizardContext;
import org.sendready.ui.wizard.WizardViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// A key rotation on the DKIM page, start to finish, with a fake clock: a resolver on
/// 127.0.0.1 knows the delegation of example.com, whose name servers on 127.0.0.2 and
/// 127.0.0.3 (the same port) are asked directly for the new key.
@ExtendWith(ApplicationExtension.class)
class DkimRotationPageTest {
    private static final long WAIT_SECONDS = 60;

    private static final String DELEGATION =
            """
            @ 3600 SOA ns1 hostmaster 1 3600 600 86400 300
            @ 3600 NS ns1
            @ 3600 NS ns2
            ns1 A 127.0.0.2
            ns2 A 127.0.0.3
            """;

    @TempDir static Path settings;
    @TempDir static Path keys;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private final WizardViewModel wizard = new WizardViewModel();
    private List<TestDnsServer> servers;
    private DkimPage page;

    @Start
    void start(Stage stage) throws Exception {
        servers =
                TestDnsServer.startOnSamePort(
                        InetAddress.ofLiteral("127.0.0.1"),
                        InetAddress.ofLiteral("127.0.0.2"),
                        InetAddress.ofLiteral("127.0.0.3"));
        servers.forEach(s -> s.zone("example.com", DELEGATION));
        wizard.dnsProperty().set(new DnsChoice(List.of(servers.getFirst().endpoint()), false));
        var keyFile =
                Files.copy(
                        DkimViewModelTest.fixture("rsa2048-pkcs1.pem"),
                        keys.resolve("s202605.private"));
        var oldKey =
                new DkimKeyRef(
                        DkimSelector.parse("s202605"),
                        Optional.of(keyFile),
                        DkimKeyRecord.of(PemKeyReader.read(keyFile).publicKey()));
        wizard.project().loaded(DkimViewModelTest.emptyPlan().withDkimKeys(List.of(oldKey)), null);
        var context =
                new WizardContext(
                        wizard,
                        new UiThreads(Platform::runLater, background),
                        new RecordingCopier(),
                        new ScriptedFileDialogs(),
                        DnsAccess.on(background),
                        clock,
                        settings);
        page = new DkimPage(context, servers.getFirst().port());
        var area = new ScrollPane(page.view());
        area.setId("page-area");
        area.setFitToWidth(true);
        var scene = new Scene(area, 1120, 780);
        scene.getStylesheets().add(Theme.class.getResource("sendready.css").toExternalForm());
        new Theme().apply();
        stage.setScene(scene);
        stage.show();
        page.entered();
    }

    @AfterEach
    void stop() {
        servers.forEach(TestDnsServer::close);
        background.shutdownNow();
    }

    private static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in " + WAIT_SECONDS + " s", e);
        }
    }

    private RotationStage stage() {
        return page.model().rotation().stageProperty().get();
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label label ? label.getText() : ((TextInputControl) node).getText();
    }

    /// The name servers publish the plan's record of `selector`, as the admin would.
    private void publish(String selector) {
        var plan = wizard.project().plan().orElseThrow();
        var key =
                plan.dkimKeys().stream()
                        .filter(k -> k.selector().ascii().equals(selector))
                        .findFirst()
                        .orElseThrow();
        var line =
                DkimKeyFiles.zoneFileText(
                        key.selector().ownerName(DomainName.parse("example.com")), key.record());
        servers.subList(1, 3).forEach(s -> s.add("example.com", line));
    }

    private void checkServers(FxRobot robot) {
        var before = text(robot, "#dkim-check-summary");
        DkimPageTest.click(robot, "#dkim-check-servers");
        waitFor(() -> !text(robot, "#dkim-check-summary").equals(before));
    }

    @Test
    void rotation_switchesOnlyWhenEveryServerServesTheKey_andRevokesAfterTheOverlap(FxRobot robot) {
        DkimPageTest.click(robot, "#dkim-key-s202605 #dkim-rotate");
        waitFor(() -> stage() == RotationStage.PUBLISH_NEW);
        assertThat(robot.lookup("#dkim-key-s202611").tryQuery()).isPresent();
        assertThat(text(robot, "#dkim-rotation-stage")).startsWith("Publish the record of s202611");

        checkServers(robot);
        assertThat(text(robot, "#dkim-check-summary"))
                .contains("0 of 2 name servers of example.com serve s202611");
        assertThat(stage()).isEqualTo(RotationStage.PUBLISH_NEW);

        publish("s202611");
        checkServers(robot);
        assertThat(stage()).isEqualTo(RotationStage.WAIT_PROPAGATION);
        assertThat(text(robot, "#dkim-rotation-stage"))
                .contains("switching the signer is safe from Thu 26 Nov 2026, 11:00");
        assertThat(robot.lookup("#dkim-switch").tryQuery()).isEmpty();

        clock.advance(Duration.ofHours(1));
        checkServers(robot);
        assertThat(stage()).isEqualTo(RotationStage.SWITCH_SIGNER);
        assertThat(text(robot, "#dkim-switch-opendkim"))
                .contains("example.com:s202611:")
                .doesNotContain("s202605");
        DkimPageTest.reveal(robot, "#dkim-rotation");
        Screenshot.write(robot.lookup("#dkim-rotation").query().getScene(), "dkim-rotation");

        DkimPageTest.click(robot, "#dkim-switch");
        assertThat(stage()).isEqualTo(RotationStage.OVERLAP);
        assertThat(text(robot, "#dkim-mta-opendkim")).contains("s202611").doesNotContain("s202605");

        clock.advance(Duration.ofDays(7));
        robot.interact(page::entered);
        assertThat(stage()).isEqualTo(RotationStage.REVOKE_OLD);
        assertThat(
                        robot.lookup("#dkim-revocation .record-value")
                                .queryAllAs(TextInputControl.class))
                .anySatisfy(v -> assertThat(v.getText()).isEqualTo("v=DKIM1; k=rsa; p="));
        DkimPageTest.reveal(robot, "#dkim-rotation");
        Screenshot.write(robot.lookup("#dkim-rotation").query().getScene(), "dkim-rotation-revoke");

        DkimPageTest.click(robot, "#dkim-revoke");
        assertThat(stage()).isEqualTo(RotationStage.DONE);
        var old = wizard.project().plan().orElseThrow().dkimKeys().getFirst();
        assertThat(old.record().isRevoked()).isTrue();

        DkimPageTest.click(robot, "#dkim-finish");
        assertThat(wizard.project().plan().orElseThrow().dkimRotation()).isEmpty();
        assertThat(robot.lookup("#dkim-rotation").query().isVisible()).isFalse();
        assertThat(text(robot, "#dkim-key-s202605 .dkim-role")).isEqualTo("Revoked");
    }
}
