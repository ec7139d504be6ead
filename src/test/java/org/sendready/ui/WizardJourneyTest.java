package org.sendready.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.check.CheckStatus;
import org.sendready.check.StepId;
import org.sendready.dns.DomainName;
import org.sendready.plan.ProjectFile;
import org.sendready.records.PlanRecords;
import org.sendready.testing.TestDnsServer;
import org.sendready.ui.testing.PageRobot;
import org.sendready.ui.testing.Screenshot;
import org.sendready.ui.testing.TestWizard;
import org.sendready.ui.testing.UiWait;
import org.sendready.ui.wizard.WizardStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The whole wizard as a new user walks it, without a terminal: a new project, the domain and
/// its server typed in, SPF built by clicking, a DKIM key generated and saved, the records
/// exported to a zone-file snippet, that snippet served by a DNS server, and the live check
/// turning every step green.
@ExtendWith(ApplicationExtension.class)
class WizardJourneyTest {
    /// Key generation and a check on a machine busy with other tests.
    private static final long WAIT_SECONDS = 30;

    @TempDir static Path settings;
    @TempDir Path work;

    private final TestDnsServer dns = TestDnsServer.start();
    private TestWizard wizard;

    @Start
    void start(Stage stage) {
        wizard = TestWizard.show(stage, settings);
    }

    @AfterEach
    void stopDns() {
        dns.close();
    }

    @Test
    void newUser_goesFromLaunchToAnAllGreenBoard_againstTheExportedRecords(FxRobot robot)
            throws Exception {
        var page = new PageRobot(robot);

        robot.clickOn("#new-project");
        assertThat(wizard.model().current()).isEqualTo(WizardStep.DOMAIN);
        page.type("#domain", "example.com")
                .type("#host-name-1", "mail.example.com")
                .type("#host-addresses-1", "192.0.2.10, 2001:db8::10");
        robot.clickOn("#next");
        assertThat(wizard.model().current()).isEqualTo(WizardStep.PTR);
        robot.clickOn("#next");

        // SPF: the sending IPs are pre-filled; add an a term by clicking and move it to the
        // front by keyboard.
        assertThat(text(robot, "#spf-preview"))
                .isEqualTo("v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all");
        robot.clickOn("#spf-add").clickOn("#spf-add-A");
        assertThat(text(robot, "#spf-preview"))
                .as("a new term goes before all, where it can still match")
                .isEqualTo("v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 a -all");
        robot.clickOn("#spf-row-2 .spf-handle");
        for (int i = 0; i < 2; i++) {
            robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        }
        assertThat(text(robot, "#spf-preview"))
                .isEqualTo("v=spf1 a ip4:192.0.2.10 ip6:2001:db8::10 -all");
        robot.clickOn("#next");

        // DKIM: generate an RSA key and save its private half.
        assertThat(wizard.model().current()).isEqualTo(WizardStep.DKIM);
        page.click("#dkim-generate");
        waitFor(() -> robot.lookup("#dkim-fingerprint").tryQuery().isPresent());
        var keyFile = work.resolve("s.private");
        wizard.files.answer(keyFile);
        page.click("#dkim-save");
        waitFor(
                () ->
                        Files.exists(keyFile)
                                && text(robot, "#dkim-key-file").equals(keyFile.toString()));
        assertThat(Files.getPosixFilePermissions(keyFile))
                .containsExactlyInAnyOrder(
                        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        robot.clickOn("#next"); // DMARC, as suggested: p=none to start with
        robot.clickOn("#next"); // Bounce domain: optional, skipped
        robot.clickOn("#next");

        // Review and export: save the BIND snippet with absolute names.
        assertThat(wizard.model().current()).isEqualTo(WizardStep.REVIEW);
        page.click("#open-export");
        var dialog = exportDialog();
        robot.clickOn(
                robot.from(dialog.getScene().getRoot())
                        .lookup("BIND zone snippet, absolute names")
                        .<Node>query());
        var snippet = work.resolve("example.com.zone");
        wizard.files.answer(snippet);
        robot.clickOn(robot.from(dialog.getScene().getRoot()).lookup("#export-save").<Node>query());
        waitFor(() -> Files.exists(snippet));
        robot.type(KeyCode.ESCAPE);

        // The admin publishes the snippet; here a DNS server serves exactly that file.
        publish(Files.readString(snippet));

        robot.clickOn("#next");
        assertThat(wizard.model().current()).isEqualTo(WizardStep.CHECK);
        robot.clickOn("#dns-custom");
        robot.clickOn("#dns-servers");
        robot.write(dns.endpoint().display());
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#check-banner").tryQuery().map(Node::isVisible).orElse(false));

        assertThat(text(robot, "#check-banner-title"))
                .isEqualTo("Everything is published and correct");
        var report = wizard.model().lastReportProperty().get();
        assertThat(report.steps())
                .extracting(r -> r.step())
                .contains(StepId.HOST, StepId.PTR, StepId.SPF, StepId.DKIM, StepId.DMARC);
        assertThat(report.steps()).allSatisfy(r -> assertThat(r.status().isGreen()).isTrue());
        for (var step : List.of(WizardStep.DOMAIN, WizardStep.SPF, WizardStep.DKIM)) {
            assertThat(wizard.model().status(step)).map(CheckStatus::isGreen).contains(true);
        }
        Screenshot.write(robot.lookup("#live-check").query().getScene(), "journey-green");

        // And the project is a file the command line reads.
        var project = work.resolve("example.com" + ProjectFile.EXTENSION);
        wizard.files.answer(project);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S)
                .release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> Files.exists(project));
        assertThat(ProjectFile.load(project))
                .isEqualTo(wizard.model().project().plan().orElseThrow());
    }

    /// Serves each record of the snippet in the zone its owner name falls in (the forward zone
    /// and the reverse zones of the plan).
    private void publish(String snippet) {
        var plan = wizard.model().project().plan().orElseThrow();
        var zones =
                new ArrayList<>(
                        PlanRecords.of(plan).zones().stream().map(DomainName::ascii).toList());
        zones.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, StringBuilder> byZone = new LinkedHashMap<>();
        StringBuilder current = null;
        for (var line : snippet.lines().toList()) {
            if (line.isBlank() || line.startsWith(";") || line.startsWith("$")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) { // a long TXT record's next line
                current.append(line).append('\n');
                continue;
            }
            var owner = line.substring(0, line.indexOf(' ')).replaceFirst("\\.$", "");
            var zone =
                    zones.stream()
                            .filter(z -> owner.equals(z) || owner.endsWith("." + z))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no zone for " + line));
            current = byZone.computeIfAbsent(zone, z -> new StringBuilder());
            current.append(line).append('\n');
        }
        assertThat(byZone).containsKeys("example.com", "2.0.192.in-addr.arpa");
        byZone.forEach((zone, text) -> dns.zone(zone, text.toString()));
    }

    private static Stage exportDialog() {
        return UiWait.exportDialog();
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label label ? label.getText() : ((TextInputControl) node).getText();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
