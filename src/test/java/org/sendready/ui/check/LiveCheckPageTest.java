package org.sendready.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.check.CheckStatus;
import org.sendready.check.StepId;
import org.sendready.dns.dnsjava.DnsjavaResolver;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.RecordPurpose;
import org.sendready.ui.DesktopWiring;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.testing.PageRobot;
import org.sendready.ui.testing.RecordingCopier;
import org.sendready.ui.testing.Screenshot;
import org.sendready.ui.testing.ScriptedFileDialogs;
import org.sendready.ui.testing.UiWait;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.WizardContext;
import org.sendready.ui.wizard.WizardStep;
import org.sendready.ui.wizard.WizardViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The Live check page in the real wizard window, against loopback DNS servers: the user's
/// journeys from pending to green, a server that drops every query, Cancel, and bad input.
@ExtendWith(ApplicationExtension.class)
class LiveCheckPageTest {
    /// Long enough for a check on a dropped query (its deadline) on a busy machine.
    private static final long WAIT_SECONDS = 15;

    /// For tests that act while a check runs: a dropped query takes this long per try, so a
    /// check on a silent server runs for about two of them, long enough to click.
    private static final Duration PATIENT_TRY = Duration.ofMillis(1500);

    @TempDir static Path settings;

    private final SetupPlan plan = PlanFixtures.example();
    private final LiveCheckDns dns = new LiveCheckDns();
    private final SilentDnsServer silent = new SilentDnsServer();
    private ExecutorService background;
    private DesktopWiring wiring;
    private volatile boolean patient;

    @Start
    void start(Stage stage) {
        background = Executors.newVirtualThreadPerTaskExecutor();
        var context =
                new WizardContext(
                        new WizardViewModel(),
                        new UiThreads(Platform::runLater, background),
                        new RecordingCopier(),
                        new ScriptedFileDialogs(),
                        choice ->
                                patient
                                        ? new DnsjavaResolver(
                                                choice.resolverOptions()
                                                        .withTiming(
                                                                PATIENT_TRY,
                                                                2,
                                                                PATIENT_TRY.multipliedBy(2)),
                                                background)
                                        : dns.access().open(choice),
                        Clock.systemDefaultZone(),
                        settings);
        wiring = new DesktopWiring(stage, context, background, List.of());
        wiring.show();
    }

    @AfterEach
    void stop() throws Exception {
        // Leaving the page stops its re-check ticker, which would otherwise outlive the
        // closed executor and fail a later test with a RejectedExecutionException.
        WaitForAsyncUtils.asyncFx(() -> model().goTo(WizardStep.WELCOME))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        dns.close();
        silent.close();
        wiring.close();
    }

    private WizardViewModel model() {
        return wiring.context().model();
    }

    private LiveCheckViewModel page() {
        return ((LiveCheckPage) wiring.view().page(WizardStep.CHECK)).viewModel();
    }

    /// Opens the Live check for the plan, asking `choice`.
    private void open(FxRobot robot, DnsChoice choice) {
        robot.interact(
                () -> {
                    model().project().set(plan);
                    model().dnsProperty().set(choice);
                    model().goTo(WizardStep.CHECK);
                });
    }

    private static void waitUntil(BooleanSupplier condition) {
        UiWait.until(WAIT_SECONDS, condition);
    }

    private void waitForBoard() {
        waitUntil(() -> page().reportProperty().get() != null && !page().busyProperty().get());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void board_turnsAllGreenWithTheEndBanner_whenTheServerServesThePlan(FxRobot robot) {
        dns.serve(plan);

        open(robot, dns.choice());
        waitForBoard();

        assertThat(shown(robot, "#check-banner")).isTrue();
        assertThat(text(robot, "#check-banner-title"))
                .isEqualTo("Everything is published and correct");
        assertThat(robot.lookup(".check-next-steps .label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("p=quarantine"));
        assertThat(text(robot, "#check-status-spf")).isIn("Pass", "Warning");
        assertThat(model().status(WizardStep.SPF)).map(CheckStatus::isGreen).contains(true);
        assertThat(text(robot, "#countdown")).contains("automatic re-check stopped");
        Screenshot.write(robot.lookup("#live-check").query().getScene(), "check-green");
    }

    @Test
    void board_showsPendingRowsWithFixes_thenTurnsGreenAfterPublishingAndF5(FxRobot robot) {
        dns.serve(plan, record -> false);

        open(robot, dns.choice());
        waitForBoard();

        assertThat(text(robot, "#check-status-host")).isEqualTo("Pending");
        assertThat(shown(robot, "#check-banner")).isFalse();
        assertThat(text(robot, "#countdown")).startsWith("Next check in ");
        robot.clickOn("#check-expand-host");
        assertThat(robot.lookup("#check-row-host .record-card").queryAll()).hasSize(2);
        Screenshot.write(robot.lookup("#live-check").query().getScene(), "check-pending");

        dns.serve(plan);
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> page().allGreenProperty().get());

        assertThat(text(robot, "#check-status-host")).isIn("Pass", "Warning");
        assertThat(robot.lookup("#check-expand-host").query().isVisible())
                .as("the row the user opened stays open")
                .isTrue();
        waitUntil(() -> robot.lookup(".notification-bar").tryQuery().isPresent());
        assertThat(robot.lookup(".notification-bar .title").queryAs(Label.class).getText())
                .endsWith("are green");
    }

    @Test
    void droppedQueries_becomeErrorRows_whileThePageStaysUsable(FxRobot robot) {
        patient = true;
        open(robot, silent.choice());
        waitUntil(() -> page().busyProperty().get());

        assertThat(shown(robot, "#cancel-check")).isTrue();
        assertThat(robot.lookup("#recheck").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#auto-recheck");
        assertThat(page().autoRecheckProperty().get())
                .as("the page answers clicks while DNS is silent")
                .isFalse();

        waitForBoard();

        assertThat(text(robot, "#check-status-spf")).isEqualTo("DNS error");
        assertThat(text(robot, "#check-headline")).contains("DNS did not answer");
        assertThat(robot.lookup("#recheck").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#check-expand-host");
        assertThat(robot.lookup("#check-row-host .check-detail").queryAllAs(Label.class))
                .anySatisfy(
                        l -> assertThat(l.getText()).contains("not a problem with your records"));
        Screenshot.write(robot.lookup("#live-check").query().getScene(), "check-error");
    }

    @Test
    void cancel_stopsTheCheck_andAnotherServerCanBeAskedRightAway(FxRobot robot) {
        dns.serve(plan);
        patient = true;
        open(robot, silent.choice());
        waitUntil(() -> page().busyProperty().get());

        robot.clickOn("#cancel-check");

        assertThat(page().busyProperty().get()).isFalse();
        assertThat(text(robot, "#check-status-line")).startsWith("Check cancelled");
        assertThat(page().reportProperty().get()).isNull();

        var field = robot.lookup("#dns-servers").queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(dns.server().endpoint().display()).type(KeyCode.ENTER);
        waitUntil(() -> page().allGreenProperty().get());

        assertThat(model().dnsProperty().get()).isEqualTo(dns.choice());
    }

    @Test
    void serversField_showsWhatIsWrongInline_andKeepsTheText(FxRobot robot) {
        dns.serve(plan);
        open(robot, dns.choice());
        waitForBoard();

        var field = robot.lookup("#dns-servers").queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write("dns.example.net");

        assertThat(shown(robot, "#dns-servers-error")).isTrue();
        assertThat(text(robot, "#dns-servers-error"))
                .startsWith("DNS servers: 'dns.example.net' is not an IP address");
        assertThat(field.getText()).isEqualTo("dns.example.net");
        assertThat(model().dnsProperty().get()).isEqualTo(dns.choice());

        robot.interact(field::clear);
        robot.clickOn(field).write(dns.server().endpoint().display());
        assertThat(shown(robot, "#dns-servers-error")).isFalse();
        assertThat(field.getPseudoClassStates())
                .noneMatch(p -> p.getPseudoClassName().equals("danger"));
    }

    @Test
    void blocklists_addAFailingRowLinkingToTheBlocklistsPage_whenTheDomainIsListed(FxRobot robot) {
        dns.serve(plan);
        dns.server()
                .zone("dbl.spamhaus.org", "example.com A 127.0.1.2")
                .zone("multi.surbl.org", "")
                .zone("multi.uribl.com", "");
        open(robot, dns.choice());
        waitForBoard();
        assertThat(robot.lookup("#check-row-dnsbl").tryQuery()).isEmpty();

        robot.clickOn("#check-blocklists");
        waitUntil(
                () ->
                        page().reportProperty().get().step(StepId.DNSBL).isPresent()
                                && !page().busyProperty().get());

        assertThat(text(robot, "#check-status-dnsbl")).isEqualTo("Fail");
        assertThat(text(robot, "#check-summary-dnsbl"))
                .startsWith("Listed: example.com on Spamhaus DBL");
        assertThat(model().status(WizardStep.CHECK)).contains(CheckStatus.FAIL);
        assertThat(model().status(WizardStep.BLOCKLISTS)).contains(CheckStatus.FAIL);
        Screenshot.write(robot.lookup("#live-check").query().getScene(), "check-dnsbl");

        new PageRobot(robot).click("#check-goto-dnsbl");

        assertThat(model().current()).isEqualTo(WizardStep.BLOCKLISTS);
    }

    @Test
    void goToStep_opensTheStepThatSetsUpTheRecords(FxRobot robot) {
        dns.serveWithout(plan, RecordPurpose.SPF);
        open(robot, dns.choice());
        waitForBoard();

        robot.clickOn("#check-goto-host");

        assertThat(model().current()).isEqualTo(WizardStep.DOMAIN);
    }
}
