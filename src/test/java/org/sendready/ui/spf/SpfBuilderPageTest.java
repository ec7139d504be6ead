package org.sendready.ui.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.plan.SetupPlan;
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
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SpfBuilderPageTest {
    private static final String START = "v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all";

    /// Longer than the live resolver's 6 s deadline per query, with room for a busy machine.
    private static final long DNS_WAIT_SECONDS = 15;

    @TempDir static Path settings;

    private final TestDnsServer server = TestDnsServer.start();
    private TestWizard wizard;

    @Start
    void start(Stage stage) {
        wizard = TestWizard.show(stage, settings);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /// Opens the SPF step for example.com, asking only the loopback test server.
    private void openSpfStep(FxRobot robot) {
        robot.interact(
                () ->
                        wizard.open(
                                WizardStep.SPF,
                                SpfBuilderViewModelTest.plan(),
                                new DnsChoice(List.of(server.endpoint()), false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(DNS_WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in " + DNS_WAIT_SECONDS + " s", e);
        }
    }

    private String planned() {
        return wizard.model().project().plan().map(SetupPlan::spf).orElseThrow().format();
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return switch (node) {
            case Label label -> label.getText();
            case TextArea area -> area.getText();
            case TextField field -> field.getText();
            default -> throw new AssertionError(query + " has no text: " + node);
        };
    }

    /// Scrolls the page so that `query` is near the top of the window.
    private static void scrollTo(FxRobot robot, String query) {
        new PageRobot(robot).reveal(query);
    }

    @Test
    void buildingByClicking_addsAPreset_changesAQualifier_reordersByKeyboard_andUpdatesThePlan(
            FxRobot robot) {
        server.zone("google.com", "_spf TXT \"v=spf1 ip4:198.51.100.0/24 ~all\"\n");
        openSpfStep(robot);
        assertThat(text(robot, "#spf-preview")).isEqualTo(START);

        robot.clickOn("#spf-presets").clickOn(SpfPreset.GOOGLE_WORKSPACE.label());
        assertThat(text(robot, "#spf-status")).contains(SpfPreset.CAVEAT);

        robot.clickOn("#spf-row-3 .spf-qualifier").clickOn("~ softfail");
        robot.clickOn("#spf-row-2 .spf-handle");
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP);
        robot.press(KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);

        var expected = "v=spf1 include:_spf.google.com ip4:192.0.2.10 ip6:2001:db8::10 ~all";
        assertThat(text(robot, "#spf-preview")).isEqualTo(expected);
        assertThat(planned()).isEqualTo(expected);
        assertThat(wizard.model().project().dirtyProperty().get()).isTrue();

        waitFor(() -> text(robot, "#spf-gauge-note").contains("counted through every include"));
        assertThat(text(robot, "#spf-gauge-text")).isEqualTo("1 of 10 DNS lookups, 0 of 2 void");
        waitFor(() -> text(robot, "#spf-test-headline").startsWith("pass:"));
        TreeView<?> tree = robot.lookup("#spf-include-tree").query();
        assertThat(tree.getRoot().getChildren().getFirst().getChildren())
                .as("the include's record nests under it")
                .hasSize(1);

        scrollTo(robot, "#spf-preview");
        Screenshot.write(tree.getScene(), "spf-builder");
    }

    @Test
    void deleteKey_removesTheFocusedTerm_andCtrlD_duplicatesIt(FxRobot robot) {
        openSpfStep(robot);

        robot.clickOn("#spf-row-1 .spf-handle").type(KeyCode.DELETE);
        assertThat(planned()).isEqualTo("v=spf1 ip4:192.0.2.10 -all");

        robot.clickOn("#spf-row-0 .spf-handle");
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        assertThat(planned()).isEqualTo("v=spf1 ip4:192.0.2.10 ip4:192.0.2.10 -all");
    }

    @Test
    void draggingAHandle_movesTheTerm(FxRobot robot) {
        openSpfStep(robot);

        Node first = robot.lookup("#spf-row-0").query();
        robot.drag("#spf-row-2 .spf-handle");
        robot.moveTo(first, Pos.TOP_CENTER, new Point2D(0, 3), Motion.DIRECT);
        robot.drop();

        assertThat(planned()).isEqualTo("v=spf1 -all ip4:192.0.2.10 ip6:2001:db8::10");
    }

    @Test
    void invalidAddressInAnIp4Row_showsTheMessage_andLeavesThePlanUnchanged(FxRobot robot) {
        openSpfStep(robot);

        robot.clickOn("#spf-row-0 .spf-value");
        robot.interact(
                () -> robot.lookup("#spf-row-0 .spf-value").queryAs(TextField.class).clear());
        robot.write("mail.example.com");

        assertThat(text(robot, "#spf-row-0 .spf-row-error"))
                .startsWith("ip4 address: 'mail.example.com' is not an IP address");
        assertThat(text(robot, "#spf-record-error")).startsWith("Term 1: ip4 address:");
        assertThat(text(robot, "#spf-preview")).startsWith("v=spf1 ip4:mail.example.com ");
        assertThat(planned()).isEqualTo(START);
        assertThat(text(robot, "#spf-test-explanation")).startsWith("Fix the terms");
        Screenshot.write(robot.lookup("#spf-page").query().getScene(), "spf-invalid-row");
    }

    @Test
    void pastedRecordWithAnError_showsItsPosition_andKeepsTheRows(FxRobot robot) {
        openSpfStep(robot);

        robot.clickOn("#spf-paste").write("v=spf1 ipv4:192.0.2.1 -all");
        robot.clickOn("#spf-parse");

        assertThat(text(robot, "#spf-paste-error")).startsWith("spf: position 8: ");
        assertThat(planned()).isEqualTo(START);

        robot.interact(() -> robot.lookup("#spf-paste").queryAs(TextField.class).clear());
        robot.clickOn("#spf-paste").write("v=spf1 a mx -all").clickOn("#spf-parse");
        assertThat(planned()).isEqualTo("v=spf1 a mx -all");
    }

    @Test
    void fetchLive_loadsTheRecordFromDns(FxRobot robot) {
        server.zone("example.com", "@ TXT \"v=spf1 mx include:_spf.example.net ~all\"\n");
        openSpfStep(robot);

        robot.clickOn("#spf-fetch");

        waitFor(() -> text(robot, "#spf-fetch-status").startsWith("Loaded"));
        assertThat(text(robot, "#spf-preview"))
                .isEqualTo("v=spf1 mx include:_spf.example.net ~all");
        assertThat(planned()).isEqualTo("v=spf1 mx include:_spf.example.net ~all");
    }

    @Test
    void fetchLive_saysSo_whenDnsTimesOut(FxRobot robot) {
        server.zone("example.com", "@ TXT \"v=spf1 mx -all\"\n").fault("example.com", Fault.drop());
        openSpfStep(robot);

        robot.clickOn("#spf-fetch");
        assertThat(robot.lookup("#spf-fetch-cancel").query().isVisible()).isTrue();

        waitFor(() -> text(robot, "#spf-fetch-status").contains("no response in time"));
        assertThat(text(robot, "#spf-fetch-status"))
                .startsWith("Could not fetch the record of example.com")
                .contains(server.endpoint().display());
        assertThat(planned()).isEqualTo(START);
    }

    @Test
    void fetchLive_canBeCancelled(FxRobot robot) {
        server.fault("example.com", Fault.drop());
        openSpfStep(robot);

        robot.clickOn("#spf-fetch").clickOn("#spf-fetch-cancel");

        assertThat(text(robot, "#spf-fetch-status")).startsWith("Fetching cancelled");
        assertThat(robot.lookup("#spf-fetch-cancel").query().isVisible()).isFalse();
    }

    @Test
    void ipTester_saysWhetherAnIpWouldPass(FxRobot robot) {
        openSpfStep(robot);
        waitFor(() -> text(robot, "#spf-test-headline").startsWith("pass:"));
        scrollTo(robot, "#spf-test-ip");

        robot.interact(() -> robot.lookup("#spf-test-ip").queryAs(TextField.class).clear());
        robot.clickOn("#spf-test-ip").write("mail.example.com").clickOn("#spf-test");
        assertThat(text(robot, "#spf-test-ip-error")).startsWith("IP address: 'mail.example.com'");

        robot.interact(() -> robot.lookup("#spf-test-ip").queryAs(TextField.class).clear());
        robot.clickOn("#spf-test-ip").write("198.51.100.7").clickOn("#spf-test");

        waitFor(() -> text(robot, "#spf-test-headline").startsWith("fail:"));
        assertThat(text(robot, "#spf-test-headline"))
                .isEqualTo("fail: 198.51.100.7 may not send as postmaster@example.com");
        assertThat(text(robot, "#spf-test-explanation")).startsWith("Receivers may reject");
        Screenshot.write(robot.lookup("#spf-page").query().getScene(), "spf-ip-tester");
    }
}
