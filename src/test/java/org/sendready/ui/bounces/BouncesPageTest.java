package org.sendready.ui.bounces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.bounce.BounceCorpus;
import org.sendready.ui.testing.PageRobot;
import org.sendready.ui.testing.Screenshot;
import org.sendready.ui.testing.TestWizard;
import org.sendready.ui.wizard.WizardStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BouncesPageTest {
    @TempDir Path settings;
    @TempDir Path work;

    private TestWizard wizard;

    @Start
    void start(Stage stage) {
        wizard = TestWizard.show(stage, settings, BounceCorpus.NEXT_DAY, List.of());
    }

    private PageRobot open(FxRobot robot, boolean withPlan) {
        robot.interact(
                () -> {
                    if (withPlan) {
                        wizard.open(WizardStep.BOUNCES, BouncesCorpusFiles.plan());
                    } else {
                        wizard.model().goTo(WizardStep.BOUNCES);
                    }
                });
        return new PageRobot(robot);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(FxRobot robot, String query, String start)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, query).startsWith(start));
    }

    private static String tile(FxRobot robot, String id) {
        return robot.lookup("#bounces-tile-" + id + " .tile-value").queryAs(Label.class).getText();
    }

    @Test
    void journey_corpusFiles_processed_fixedInDmarc_andExported(FxRobot robot)
            throws TimeoutException, IOException {
        var page = open(robot, true);
        wizard.files.answerMany(BouncesCorpusFiles.emlFiles().toArray(Path[]::new));
        page.click("#bounces-choose-eml");
        assertThat(text(robot, "#bounces-chosen")).startsWith("11 .eml files in ");

        page.click("#bounces-process");
        waitUntil(robot, "#bounces-status", "Processed 11 messages.");

        assertThat(tile(robot, "hard")).isEqualTo("7");
        assertThat(tile(robot, "soft")).isEqualTo("1");
        assertThat(tile(robot, "auto-reply")).isEqualTo("1");
        assertThat(tile(robot, "unknown")).isEqualTo("2");
        assertThat(tile(robot, "suppressed")).isEqualTo("4");
        var table = robot.lookup("#bounces-table").<BounceRow>queryTableView();
        assertThat(table.getItems()).hasSize(11);
        assertThat(robot.lookup("#bounces-problems").queryAs(VBox.class).getChildren()).hasSize(3);
        Screenshot.write(page.reveal("#bounces-tiles").scene(), "bounces-processed");
        Screenshot.write(page.reveal("#bounces-filter").scene(), "bounces-processed-table");

        page.type("#bounces-filter", "friend@");
        assertThat(table.getItems())
                .extracting(BounceRow::address)
                .containsExactly("friend@gmail.com");

        var csv = work.resolve("suppressions.csv");
        wizard.files.answer(csv);
        page.click("#bounces-export-csv");
        waitUntil(robot, "#bounces-export-status", "Saved the suppression list (CSV)");
        assertThat(Files.readAllLines(csv))
                .hasSize(5)
                .first()
                .isEqualTo("address,status,diagnostic,source");
        assertThat(wizard.files.titlesAsked())
                .containsExactly(
                        "Choose returned messages (.eml)", "Save the suppression list (CSV)");

        page.click("#bounces-fix-gmail_dmarc_policy-dmarc");
        assertThat(wizard.model().current()).isEqualTo(WizardStep.DMARC);
    }

    @Test
    void fixWithoutAPlan_explainsWhyTheStepDoesNotOpen(FxRobot robot) throws TimeoutException {
        var page = open(robot, false);
        wizard.files.answerMany(BouncesCorpusFiles.emlFiles().toArray(Path[]::new));
        page.click("#bounces-choose-eml").click("#bounces-process");
        waitUntil(robot, "#bounces-status", "Processed 11 messages.");

        page.click("#bounces-fix-gmail_ptr-ptr");

        assertThat(wizard.model().current()).isEqualTo(WizardStep.BOUNCES);
        assertThat(text(robot, "#bounces-fix-message"))
                .startsWith("Reverse DNS (PTR) works on a project, and none is open");
    }

    @Test
    void badKeyFile_isShown_andProcessingStillRunsWithoutIt(FxRobot robot)
            throws TimeoutException, IOException {
        var page = open(robot, false);
        wizard.files.answer(BouncesCorpusFiles.privateFile(work, "not.key", "hello\n"));

        page.click("#bounces-key");

        waitUntil(robot, "#bounces-key-status", "No key: ");
        assertThat(text(robot, "#bounces-key-status")).contains("does not hold base64");
        Screenshot.write(page.reveal("#bounces-key").scene(), "bounces-key-error");
        wizard.files.answer(BouncesCorpusFiles.keyFile(work));
        page.click("#bounces-key");
        assertThat(wizard.files.titlesAsked()).hasSize(2);
        waitUntil(robot, "#bounces-key-status", "Key ");
    }

    @Test
    void mailbox_refusedConnection_isShown_andThePasswordIsClearedAndNotSaved(FxRobot robot)
            throws TimeoutException, IOException {
        var page = open(robot, true);
        page.click("#bounces-origin-mailbox");
        page.type("#bounces-server", "127.0.0.1:1");
        page.type("#bounces-user", "bounces");
        page.type("#bounces-password", "s3cret-Pa55word");
        Screenshot.write(page.top().scene(), "bounces-mailbox");

        page.click("#bounces-process");

        waitUntil(robot, "#bounces-status", "Not processed: mailbox server: could not connect");
        assertThat(robot.lookup("#bounces-password").queryAs(PasswordField.class).getText())
                .isEmpty();
        try (Stream<Path> all = Files.walk(settings)) {
            for (var file : all.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
                        .doesNotContain("s3cret-Pa55word");
            }
        }
    }

    @Test
    void processWithNothingChosen_saysWhatToChoose(FxRobot robot) {
        var page = open(robot, false);

        page.click("#bounces-process");

        assertThat(text(robot, "#bounces-status"))
                .isEqualTo("messages: none chosen; choose .eml files, an mbox or a Maildir");
        assertThat(robot.lookup("#bounces-results").queryAs(VBox.class).isVisible()).isFalse();
    }
}
