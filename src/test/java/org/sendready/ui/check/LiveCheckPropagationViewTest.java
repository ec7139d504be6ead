package org.sendready.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.RecordPurpose;
import org.sendready.testing.TestDnsServer;
import org.sendready.ui.DesktopWiring;
import org.sendready.ui.Theme;
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

/// The authoritative view on its own page: a resolver on 127.0.0.1 knows example.com's two
/// name servers on 127.0.0.2 and 127.0.0.3 (same port, which the page is told to use), and the
/// second one lacks the DMARC record.
@ExtendWith(ApplicationExtension.class)
class LiveCheckPropagationViewTest {
    private static final String NAME_SERVERS =
            """
            @ 3600 NS ns2
            ns1 3600 A 127.0.0.2
            ns2 3600 A 127.0.0.3
            """;

    @TempDir static Path settings;

    private final SetupPlan plan = PlanFixtures.example();
    private final List<TestDnsServer> servers =
            TestDnsServer.startOnSamePort(
                    InetAddress.ofLiteral("127.0.0.1"),
                    InetAddress.ofLiteral("127.0.0.2"),
                    InetAddress.ofLiteral("127.0.0.3"));
    private final LiveCheckDns recursive = new LiveCheckDns(servers.get(0));
    private final LiveCheckDns ns1 = new LiveCheckDns(servers.get(1));
    private final LiveCheckDns ns2 = new LiveCheckDns(servers.get(2));
    private ExecutorService background;
    private LiveCheckPage page;

    @Start
    void start(Stage stage) {
        background = Executors.newVirtualThreadPerTaskExecutor();
        var model = new WizardViewModel();
        model.project().set(plan);
        model.dnsProperty().set(new DnsChoice(List.of(recursive.server().endpoint()), true));
        var context =
                new WizardContext(
                        model,
                        new UiThreads(Platform::runLater, background),
                        new RecordingCopier(),
                        new ScriptedFileDialogs(),
                        recursive.access(),
                        Clock.systemDefaultZone(),
                        settings);
        page =
                new LiveCheckPage(
                        context,
                        new LiveCheckTuning(
                                LiveCheckDns.TUNING.deadline(), recursive.server().port()));
        new Theme().apply(); // as the wizard window does
        var scroll = new ScrollPane(page.view());
        scroll.setFitToWidth(true);
        var scene = new Scene(scroll, 840, 780);
        scene.getStylesheets()
                .add(DesktopWiring.class.getResource("sendready.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        // Leaving stops the page's re-check ticker, which would otherwise outlive the closed
        // executor and fail a later test with a RejectedExecutionException.
        WaitForAsyncUtils.asyncFx(page::left).get(10, TimeUnit.SECONDS);
        recursive.close();
        ns1.close();
        ns2.close();
        background.shutdownNow();
    }

    @Test
    void authoritativeMode_showsForEachStepWhichNameServersServeIt(FxRobot robot)
            throws TimeoutException {
        recursive.serve(plan).server().add("example.com", NAME_SERVERS);
        ns1.serve(plan).server().add("example.com", NAME_SERVERS);
        ns2.serveWithout(plan, RecordPurpose.DMARC).server().add("example.com", NAME_SERVERS);

        robot.interact(page::entered);
        WaitForAsyncUtils.waitFor(
                15,
                TimeUnit.SECONDS,
                () ->
                        page.viewModel().reportProperty().get() != null
                                && !page.viewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#propagation").query().isVisible()).isTrue();
        assertThat(robot.lookup("#propagation-verdict-dmarc").queryAs(Label.class).getText())
                .startsWith("1 of 2 serve it correctly");
        assertThat(robot.lookup("#propagation-verdict-spf").queryAs(Label.class).getText())
                .isEqualTo("all agree");
        assertThat(robot.lookup("#dns-preview").query().isDisabled())
                .as("a preview shows the draft, not what the name servers publish")
                .isTrue();
        robot.interact(() -> ((ScrollPane) robot.lookup(".scroll-pane").query()).setVvalue(1.0));
        Screenshot.write(robot.lookup("#live-check").query().getScene(), "check-authoritative");
    }
}
