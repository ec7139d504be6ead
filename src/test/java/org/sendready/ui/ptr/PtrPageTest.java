package org.sendready.ui.ptr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.dns.DomainName;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.BindZoneWriter;
import org.sendready.records.PlanRecords;
import org.sendready.testing.Fault;
import org.sendready.testing.TestDnsServer;
import org.sendready.ui.testing.PageRobot;
import org.sendready.ui.testing.Screenshot;
import org.sendready.ui.testing.TestWizard;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.WizardStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PtrPageTest {
    /// "Not a hang": the resolver gives up on a dropped query after its 6 s deadline; the
    /// check's own deadline is 10 s.
    private static final long NEVER_HANGS_SECONDS = 20;

    @TempDir static Path settings;

    private static TestDnsServer server;

    private TestWizard wizard;

    @BeforeAll
    static void startServer() {
        server = TestDnsServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        wizard = TestWizard.show(stage, settings);
    }

    /// A plan of its own per test (its own addresses), its records served by the test server.
    private static SetupPlan served(String domain, String ip) {
        var plan =
                SetupPlan.start(
                        DomainName.parse(domain),
                        List.of(PlanFixtures.host("mail." + domain, ip)),
                        List.of());
        var records = PlanRecords.of(plan);
        for (var zone : records.zones()) {
            server.zone(zone.ascii(), BindZoneWriter.absolute().exportZone(records, zone));
        }
        return plan;
    }

    private PageRobot open(FxRobot robot, SetupPlan plan) {
        robot.interact(
                () ->
                        wizard.open(
                                WizardStep.PTR,
                                plan,
                                new DnsChoice(List.of(server.endpoint()), false)));
        return new PageRobot(robot);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitForStatus(FxRobot robot, String status) throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                NEVER_HANGS_SECONDS,
                TimeUnit.SECONDS,
                () -> status.equals(text(robot, "#ptr-status")));
    }

    @Test
    void page_showsReverseNameCardAndWhoSetsIt(FxRobot robot) {
        open(robot, served("example.com", "45.67.89.10"));

        var entries = robot.lookup("#ptr-entries").queryAs(VBox.class).getChildren();
        assertThat(entries).hasSize(1);
        var labels =
                robot.from(entries.getFirst()).lookup(".label").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList();
        assertThat(labels)
                .contains(
                        "45.67.89.10  →  mail.example.com",
                        "Reverse name 10.89.67.45.in-addr.arpa, in the reverse zone"
                                + " 89.67.45.in-addr.arpa (the zone is a guess: your provider may"
                                + " have cut it differently).",
                        "Ask for: \"Please set the reverse DNS (PTR record) of 45.67.89.10 to"
                                + " mail.example.com.\"");
        assertThat(robot.lookup("#ptr-fcrdns").queryAs(Label.class).getText())
                .contains("forward-confirmed reverse DNS (FCrDNS)");
    }

    @Test
    void checkNow_passes_againstTheTestServer_andColoursNothingElse(FxRobot robot)
            throws TimeoutException {
        var page = open(robot, served("example.com", "45.67.89.10"));

        page.click("#ptr-check");
        waitForStatus(robot, "Pass");

        assertThat(text(robot, "#ptr-summary"))
                .isEqualTo("The sending address has forward-confirmed reverse DNS naming its host");
        List<Node> details = robot.lookup("#ptr-details").queryAs(VBox.class).getChildren();
        assertThat(details).isNotEmpty();
        assertThat(wizard.model().lastReportProperty().get()).isNull();
        assertThat(wizard.model().project().dirtyProperty().get()).isTrue();
        Screenshot.write(page.reveal("#ptr-check").scene(), "ptr-checked");
        Screenshot.write(page.top().scene(), "ptr");
    }

    @Test
    void checkNow_isPending_whenThePtrIsMissing(FxRobot robot) throws TimeoutException {
        var plan = served("example.net", "45.67.89.20");
        server.remove("89.67.45.in-addr.arpa", "20", "PTR");
        var page = open(robot, plan);

        page.click("#ptr-check");
        waitForStatus(robot, "Pending");

        assertThat(text(robot, "#ptr-summary"))
                .isEqualTo(
                        "45.67.89.20 has no reverse DNS (PTR record) yet; it must name"
                                + " mail.example.net");
    }

    @Test
    void dnsTimeout_showsDnsError_notAHang(FxRobot robot) throws TimeoutException {
        var page = open(robot, served("example.org", "45.67.89.30"));
        server.fault("30.89.67.45.in-addr.arpa", Fault.drop());

        page.click("#ptr-check");
        assertThat(robot.lookup("#ptr-cancel").queryAs(Button.class).isVisible())
                .as("a running check can be cancelled")
                .isTrue();
        waitForStatus(robot, "DNS error");

        assertThat(robot.lookup("#ptr-cancel").queryAs(Button.class).isVisible()).isFalse();
        assertThat(robot.lookup("#ptr-check").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void leavingTheStep_cancelsTheRunningCheck(FxRobot robot) {
        var page = open(robot, served("example.info", "45.67.89.40"));
        server.fault("40.89.67.45.in-addr.arpa", Fault.drop());

        page.click("#ptr-check");
        robot.clickOn("#next");

        assertThat(wizard.model().current()).isEqualTo(WizardStep.SPF);
        var ptrPage = (PtrPage) wizard.wiring.view().page(WizardStep.PTR);
        assertThat(ptrPage.viewModel().busyProperty().get()).isFalse();
        assertThat(ptrPage.viewModel().summaryProperty().get()).isEmpty();
    }
}
