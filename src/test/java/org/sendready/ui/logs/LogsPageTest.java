package org.sendready.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.dns.DomainName;
import org.sendready.logs.DeliveryStatus;
import org.sendready.logs.DomainStats;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.ui.testing.PageRobot;
import org.sendready.ui.testing.Screenshot;
import org.sendready.ui.testing.TestWizard;
import org.sendready.ui.wizard.WizardStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LogsPageTest {
    @TempDir static Path settings;
    @TempDir Path logs;

    private TestWizard wizard;

    @Start
    void start(Stage stage) {
        wizard = TestWizard.show(stage, settings);
    }

    private PageRobot open(FxRobot robot) {
        robot.interact(() -> wizard.model().goTo(WizardStep.LOGS));
        return new PageRobot(robot);
    }

    /// Chooses the fixture logs (the rotated .gz and the current RFC 3339 log) and analyzes.
    private PageRobot analyzed(FxRobot robot) throws TimeoutException {
        var page = open(robot);
        wizard.files.answerMany(LogsFixture.rfc3339(logs), LogsFixture.classicGz(logs));
        page.click("#log-add");
        waitFor(() -> files(robot).getItems().size() == 2);
        page.click("#log-analyze");
        waitFor(() -> robot.lookup("#log-results").query().isVisible());
        return page;
    }

    @Test
    void journey_analyze_showsTilesChartsAndTable_thenFilters(FxRobot robot) throws Exception {
        var page = analyzed(robot);

        assertThat(files(robot).getItems())
                .extracting(LogFile::name)
                .containsExactly("mail.log.1.gz", "mail.log");
        assertThat(tileCount(robot, "sent")).isEqualTo("2");
        assertThat(tileCount(robot, "bounced")).isEqualTo("2");
        assertThat(chart(robot, "#log-chart-time").getData().getFirst().getData()).hasSize(24);
        assertThat(chart(robot, "#log-chart-domains").getData().getFirst().getData()).hasSize(5);
        assertThat(chart(robot, "#log-chart-reasons").getData().getFirst().getData()).hasSize(4);
        assertThat(robot.lookup("#log-typo-hot-mail-com").queryAs(Label.class).getText())
                .startsWith("Likely a typo of hotmail.com");
        assertThat(domainTable(robot).getItems()).hasSize(5);
        Screenshot.write(page.reveal("#log-results").scene(), "logs-analyzed");

        page.type("#log-filter", "gm");
        assertThat(domainTable(robot).getItems())
                .extracting(DomainStats::domain)
                .containsExactly("gmail.com", "gmial.com");
        robot.interact(
                () ->
                        robot.lookup("#log-status-filter")
                                .<ComboBox<DeliveryStatus>>query()
                                .setValue(DeliveryStatus.BOUNCED));
        assertThat(domainTable(robot).getItems())
                .extracting(DomainStats::domain)
                .containsExactly("gmail.com");
        assertThat(robot.lookup("#log-row-count").queryAs(Label.class).getText())
                .isEqualTo("1 of 5 rows");

        robot.interact(
                () ->
                        robot.lookup("#log-status-filter")
                                .<ComboBox<DeliveryStatus>>query()
                                .setValue(null));
        page.click("#log-mode-reasons");
        assertThat(robot.lookup("#log-table-reasons").queryAs(TableView.class).getItems())
                .extracting(row -> ((ReasonRow) row).reason().exampleRecipient())
                .containsExactlyInAnyOrder("carol@gmail.com", "grace@gmial.com");
        Screenshot.write(page.reveal("#log-mode-reasons").scene(), "logs-filtered");
    }

    @Test
    void fixInSpf_withAPlan_opensTheSpfStep(FxRobot robot) throws Exception {
        var page = analyzed(robot);
        robot.interact(() -> wizard.model().project().set(plan()));

        page.click("#fix-spf-1");

        assertThat(wizard.model().current()).isEqualTo(WizardStep.SPF);
    }

    @Test
    void fixInSpf_withoutAPlan_explains_andOffersTheDomainStep(FxRobot robot) throws Exception {
        var page = analyzed(robot);

        page.click("#fix-spf-1");

        assertThat(wizard.model().current()).isEqualTo(WizardStep.LOGS);
        assertThat(robot.lookup("#log-fix-message").queryAs(Label.class).getText())
                .startsWith("The SPF step works on a setup plan, and there is none yet.");
        page.click("#log-start-plan");
        assertThat(wizard.model().current()).isEqualTo(WizardStep.DOMAIN);
    }

    @Test
    void aFileGoneBeforeAnalyze_isNamedInTheError(FxRobot robot) throws Exception {
        var page = open(robot);
        var log = LogsFixture.rfc3339(logs);
        wizard.files.answerMany(log);
        page.click("#log-add");
        waitFor(() -> files(robot).getItems().size() == 1);
        Files.delete(log);

        page.click("#log-analyze");

        waitFor(() -> robot.lookup("#log-error").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#log-error").queryAs(Label.class).getText())
                .isEqualTo("FILE: " + log + " does not exist");
        assertThat(robot.lookup("#log-results").query().isVisible()).isFalse();
    }

    @Test
    void cancelledDialog_addsNothing_andAnalyzeStaysOff(FxRobot robot) {
        var page = open(robot);
        wizard.files.cancel();

        page.click("#log-add");

        assertThat(files(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#log-analyze").query().isDisabled()).isTrue();
        assertThat(wizard.files.titlesAsked()).containsExactly("Postfix log files");
    }

    @Test
    void removingAFile_takesItOffTheList(FxRobot robot) throws Exception {
        var page = open(robot);
        wizard.files.answerMany(LogsFixture.rfc3339(logs), LogsFixture.classicGz(logs));
        page.click("#log-add");
        waitFor(() -> files(robot).getItems().size() == 2);

        robot.interact(() -> files(robot).getSelectionModel().select(0));
        page.click("#log-remove");

        assertThat(files(robot).getItems()).extracting(LogFile::name).containsExactly("mail.log");
    }

    private static ListView<LogFile> files(FxRobot robot) {
        return robot.lookup("#log-files").queryListView();
    }

    @SuppressWarnings("unchecked")
    private static TableView<DomainStats> domainTable(FxRobot robot) {
        return robot.lookup("#log-table-domains").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static XYChart<?, ?> chart(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(XYChart.class);
    }

    private static String tileCount(FxRobot robot, String status) {
        VBox tile = robot.lookup("#tile-" + status).query();
        Node count = tile.lookup(".log-tile-count");
        return ((Label) count).getText();
    }

    private static SetupPlan plan() {
        return SetupPlan.start(
                DomainName.parse("example.com"),
                List.of(PlanFixtures.host("mail.example.com", "192.0.2.10")),
                List.of());
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
