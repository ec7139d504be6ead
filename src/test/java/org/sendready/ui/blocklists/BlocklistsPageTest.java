package org.sendready.ui.blocklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.dns.DomainName;
import org.sendready.dnsbl.BlocklistFile;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.ui.DesktopWiring;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.project.AlertPrompts;
import org.sendready.ui.testing.PageRobot;
import org.sendready.ui.testing.RecordingCopier;
import org.sendready.ui.testing.Screenshot;
import org.sendready.ui.testing.ScriptedFileDialogs;
import org.sendready.ui.testing.UiWait;
import org.sendready.ui.wizard.WizardContext;
import org.sendready.ui.wizard.WizardStep;
import org.sendready.ui.wizard.WizardViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The Blocklists page in the real wizard window, scanning two test blocklists (loaded from a
/// lists file) on a loopback DNS server: a listing with its meaning and removal link, the
/// lists file saved, bad input, and Cancel.
@ExtendWith(ApplicationExtension.class)
class BlocklistsPageTest {
    /// Long enough for a scan on a busy machine.
    private static final long WAIT_SECONDS = 15;

    /// A resolver try that outlasts [#SLOW].
    private static final Duration PATIENT_TRY = Duration.ofSeconds(4);

    /// The server's latency while a test cancels a scan.
    private static final Duration SLOW = Duration.ofSeconds(2);

    /// example.com sent from 45.67.89.10 and a documentation address, which is left out.
    private static final SetupPlan PLAN =
            SetupPlan.start(
                    DomainName.parse("example.com"),
                    List.of(PlanFixtures.host("mail.example.com", "45.67.89.10", "192.0.2.10")),
                    List.of());

    @TempDir static Path settings;
    @TempDir Path folder;

    private final BlocklistsTestDns dns = new BlocklistsTestDns();
    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private final RecordingBrowser browser = new RecordingBrowser();
    private ExecutorService background;
    private DesktopWiring wiring;

    /// For the test that acts while a scan runs: resolvers wait longer than the server's
    /// latency, so the scan is still running when the test clicks.
    private volatile boolean patient;

    @Start
    void start(Stage stage) {
        background = Executors.newVirtualThreadPerTaskExecutor();
        var context =
                new WizardContext(
                        new WizardViewModel(),
                        new UiThreads(Platform::runLater, background),
                        new RecordingCopier(),
                        files,
                        choice -> (patient ? dns.access(PATIENT_TRY) : dns.access()).open(choice),
                        Clock.systemDefaultZone(),
                        settings);
        wiring =
                new DesktopWiring(
                        stage, context, background, List.of(), new AlertPrompts(stage), browser);
        wiring.show();
    }

    @AfterEach
    void stop() {
        dns.close();
        wiring.close();
    }

    private WizardViewModel model() {
        return wiring.context().model();
    }

    private BlocklistsViewModel page() {
        return ((BlocklistsPage) wiring.view().page(WizardStep.BLOCKLISTS)).viewModel();
    }

    /// Opens the page for the plan, asking the test server, with the test lists loaded from
    /// their file through the Load button.
    private void openWithTestLists(FxRobot robot) {
        robot.interact(
                () -> {
                    model().project().set(PLAN);
                    model().dnsProperty().set(dns.choice());
                    model().goTo(WizardStep.BLOCKLISTS);
                });
        files.answer(dns.listsFile(folder));
        new PageRobot(robot).click("#load-lists");
        waitUntil(() -> page().lists().lists().size() == 2);
    }

    private static void waitUntil(BooleanSupplier condition) {
        UiWait.until(WAIT_SECONDS, condition);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String allText(FxRobot robot, String query) {
        return String.join(
                "\n",
                robot.lookup(query + " .label").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList());
    }

    @Test
    void scan_showsTheListingWithItsMeaningAndRemovalLink_andSavesTheListsFile(FxRobot robot)
            throws Exception {
        dns.listAddress();
        openWithTestLists(robot);
        var pages = new PageRobot(robot);

        assertThat(text(robot, "#lists-count"))
                .isEqualTo("2 of 2 lists ticked, from test-lists.json.");
        pages.click("#scan");
        waitUntil(() -> page().reportProperty().get() != null);

        assertThat(text(robot, "#blocklists-summary"))
                .isEqualTo("Listed on 1 of 2 lists: 45.67.89.10 on Test ZEN.");
        assertThat(allText(robot, "#cell-zen-0")).isEqualTo("Listed");
        assertThat(allText(robot, "#cell-dbl-1")).isEqualTo("Not listed");
        assertThat(allText(robot, "#cell-dbl-0"))
                .as("a domain list, an address column")
                .isEqualTo("not asked");
        assertThat(allText(robot, "#listing-zen-0"))
                .contains("45.67.89.10 on Test ZEN: listed")
                .contains("127.0.0.4: XBL: exploited")
                .contains("The list says: Exploited host, see https://zen.test/query/45.67.89.10");
        assertThat(robot.lookup("#listing-dbl-1").tryQuery())
                .as("no card for a clean answer")
                .isEmpty();

        pages.reveal("#blocklists-result");
        Screenshot.write(pages.scene(), "blocklists-listed");
        pages.click("#removal-zen-0");
        assertThat(browser.opened()).containsExactly(URI.create("https://zen.test/remove"));

        var saved = folder.resolve("saved-lists.json");
        files.answer(saved);
        pages.click("#save-lists");
        waitUntil(() -> Files.exists(saved));
        assertThat(BlocklistFile.read(saved))
                .isEqualTo(BlocklistFile.parse(BlocklistsTestDns.LISTS, "test lists"));
        assertThat(text(robot, "#blocklists-message")).startsWith("Saved 2 lists to " + saved);
    }

    @Test
    void scan_showsARefusalAsNoVerdict_withTheAdviceToUseOwnResolver(FxRobot robot) {
        dns.refuseAddress();
        openWithTestLists(robot);

        new PageRobot(robot).click("#scan");
        waitUntil(() -> page().reportProperty().get() != null);

        assertThat(allText(robot, "#cell-zen-0")).isEqualTo("Refused");
        var pages = new PageRobot(robot);
        pages.click("#lists-pane .title");
        pages.top();
        Screenshot.write(pages.scene(), "blocklists-top");
        pages.reveal("#lists-pane");
        Screenshot.write(pages.scene(), "blocklists-lists");
        pages.reveal("#blocklists-result");
        Screenshot.write(pages.scene(), "blocklists-refused");
        assertThat(text(robot, "#blocklists-summary"))
                .isEqualTo(
                        "Not listed on any of the 1 list that answered; 1 refused: use your own"
                                + " resolver.");
        assertThat(allText(robot, "#listing-zen-0"))
                .contains("127.255.255.254: query via a public resolver")
                .contains("A refusal is not a listing")
                .doesNotContain(": listed");
    }

    @Test
    void addTarget_showsTheErrorUnderTheField_andKeepsTheText(FxRobot robot) {
        openWithTestLists(robot);
        var pages = new PageRobot(robot);

        pages.type("#target-input", "192.168.1.10");
        pages.click("#add-target");

        assertThat(shown(robot, "#target-error")).isTrue();
        assertThat(text(robot, "#target-error"))
                .startsWith("Address or domain: 192.168.1.10 is in 192.168.0.0/16");
        assertThat(robot.lookup("#target-input").queryAs(TextField.class).getText())
                .isEqualTo("192.168.1.10");

        robot.interact(() -> robot.lookup("#target-input").queryAs(TextField.class).setText(""));
        pages.type("#target-input", "example.net");
        robot.type(javafx.scene.input.KeyCode.ENTER);

        assertThat(shown(robot, "#target-error")).isFalse();
        assertThat(page().targets().targets()).hasSize(3);
    }

    @Test
    void cancel_stopsTheScan_andLeavingThePageStopsOneToo(FxRobot robot) {
        dns.server().latency(SLOW);
        patient = true;
        openWithTestLists(robot);
        var pages = new PageRobot(robot);

        pages.click("#scan");
        assertThat(shown(robot, "#cancel-scan")).isTrue();
        assertThat(shown(robot, "#scan-progress")).isTrue();
        pages.click("#cancel-scan");

        assertThat(page().busyProperty().get()).isFalse();
        assertThat(text(robot, "#blocklists-message"))
                .isEqualTo("Scan cancelled after 0 of 2 answers; nothing was concluded.");

        pages.click("#scan");
        assertThat(page().busyProperty().get()).isTrue();
        robot.interact(() -> model().goTo(WizardStep.BOUNCES));

        assertThat(page().busyProperty().get()).isFalse();
        assertThat(page().reportProperty().get()).isNull();
    }
}
