package org.sendready.ui.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.dkim.DkimKeySpec;
import org.sendready.dkim.PemKeyReader;
import org.sendready.testing.MovableClock;
import org.sendready.ui.testing.PageRobot;
import org.sendready.ui.testing.Screenshot;
import org.sendready.ui.testing.TestWizard;
import org.sendready.ui.wizard.WizardStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The DKIM step in the real wizard window: generate, save, import, and the error paths.
@ExtendWith(ApplicationExtension.class)
class DkimPageTest {
    /// Generous: an RSA key on a machine busy with other builds can take a few seconds.
    private static final long WAIT_SECONDS = 60;

    @TempDir static Path settings;
    @TempDir Path dir;

    private TestWizard wizard;

    @Start
    void start(Stage stage) {
        wizard =
                TestWizard.show(
                        stage,
                        settings,
                        new MovableClock(Instant.parse("2026-11-26T10:00:00Z")),
                        List.of());
        wizard.model().project().loaded(DkimViewModelTest.emptyPlan(), null);
        wizard.model().goTo(WizardStep.DKIM);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in " + WAIT_SECONDS + " s", e);
        }
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return switch (node) {
            case Label label -> label.getText();
            case TextInputControl input -> input.getText();
            default -> throw new AssertionError(query + " is a " + node.getClass());
        };
    }

    /// True when the node and all its parents are visible.
    private static boolean shown(FxRobot robot, String query) {
        var node = robot.lookup(query).tryQuery();
        for (var n = node.orElse(null); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.isPresent();
    }

    /// Scrolls the page so the node of `query` is in view, then clicks it.
    static void click(FxRobot robot, String query) {
        new PageRobot(robot).click(query);
    }

    /// Scrolls the page so the node of `query` is near the top of the view.
    static void reveal(FxRobot robot, String query) {
        new PageRobot(robot).reveal(query);
    }

    private void generate(FxRobot robot) {
        click(robot, "#dkim-generate");
        waitFor(() -> robot.lookup("#dkim-fingerprint").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void generate_showsProgress_thenTheFingerprintAndTheRecordCard(FxRobot robot) {
        var sawProgress = new AtomicBoolean();
        robot.lookup("#dkim-progress")
                .query()
                .getParent()
                .visibleProperty()
                .addListener((obs, old, now) -> sawProgress.compareAndSet(false, now));
        assertThat(text(robot, "#dkim-selector")).isEqualTo("s202611");

        generate(robot);

        assertThat(sawProgress).as("the progress row was shown while generating").isTrue();
        assertThat(shown(robot, "#dkim-progress")).isFalse();
        var fingerprint = text(robot, "#dkim-fingerprint");
        var key = wizard.model().project().plan().orElseThrow().dkimKeys().getFirst();
        assertThat(fingerprint).isEqualTo(key.record().publicKey().orElseThrow().fingerprint());
        assertThat(robot.lookup("#dkim-key-s202611 .record-card").tryQuery()).isPresent();
        assertThat(
                        robot.lookup("#dkim-key-s202611 .record-card .record-value")
                                .queryAllAs(TextInputControl.class))
                .anySatisfy(v -> assertThat(v.getText()).startsWith("v=DKIM1; k=rsa; p=MIIB"));
        assertThat(text(robot, "#dkim-key-file")).startsWith("Only in memory");
        assertThat(text(robot, "#dkim-mta-opendkim")).contains("example.com:s202611:");
        click(robot, "#dkim-key-s202611 #copy-value");
        assertThat(wizard.clipboard.last()).isEqualTo(key.record().format());
        reveal(robot, "#dkim-algorithm");
        Screenshot.write(robot.lookup("#dkim-generate").query().getScene(), "dkim-generated");
    }

    @Test
    void save_writesAnOwnerOnlyFile_andASecondSaveThereDoesNotReplaceIt(FxRobot robot)
            throws IOException {
        generate(robot);
        var file = dir.resolve("s202611.private");
        wizard.files.answer(file);

        click(robot, "#dkim-save");
        waitFor(() -> text(robot, "#dkim-key-file").equals(file.toString()));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        var first = Files.readString(file);
        assertThat(
                        wizard.model()
                                .project()
                                .plan()
                                .orElseThrow()
                                .dkimKeys()
                                .getFirst()
                                .privateKeyFile())
                .contains(file);

        robot.interact(
                () ->
                        robot.lookup("#dkim-algorithm")
                                .queryComboBox()
                                .getSelectionModel()
                                .select(DkimKeySpec.ed25519()));
        click(robot, "#dkim-generate");
        waitFor(() -> robot.lookup("#dkim-key-s202611-2 #dkim-save").tryQuery().isPresent());
        wizard.files.answer(file);
        click(robot, "#dkim-key-s202611-2 #dkim-save");
        waitFor(() -> shown(robot, "#dkim-replace"));

        assertThat(Files.readString(file)).as("not replaced silently").isEqualTo(first);
        click(robot, "#dkim-replace-keep");
        assertThat(shown(robot, "#dkim-replace")).isFalse();
        assertThat(text(robot, "#dkim-message")).contains("was left as it was");
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(robot.lookup("#dkim-key-s202611-2 #dkim-save").tryQuery())
                .as("the key is still in memory, to save elsewhere")
                .isPresent();
    }

    @Test
    void save_showsWhyAPathCannotBeWritten_andKeepsTheKey(FxRobot robot) throws IOException {
        generate(robot);
        // Below a regular file nothing can be created, not even by root.
        var regular = Files.writeString(dir.resolve("plain-file"), "x");
        wizard.files.answer(regular.resolve("s202611.private"));

        click(robot, "#dkim-save");
        waitFor(
                () ->
                        shown(robot, "#dkim-message")
                                && text(robot, "#dkim-message").contains(regular.toString()));

        assertThat(text(robot, "#dkim-message"))
                .endsWith("The key of s202611 is still in memory: save it to another file.");
        assertThat(text(robot, "#dkim-key-file")).startsWith("Only in memory");
        assertThat(robot.lookup("#dkim-save").tryQuery()).isPresent();
    }

    @Test
    void importKey_readsAnOpenSslPem_andShowsItsFingerprint(FxRobot robot) throws IOException {
        var file = Files.copy(DkimViewModelTest.fixture("rsa2048-pkcs1.pem"), dir.resolve("k.pem"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        wizard.files.answer(file);
        robot.clickOn("#dkim-selector").eraseText(7).write("mail");

        click(robot, "#dkim-import");
        waitFor(() -> robot.lookup("#dkim-key-mail #dkim-fingerprint").tryQuery().isPresent());

        assertThat(text(robot, "#dkim-key-mail #dkim-fingerprint"))
                .isEqualTo(PemKeyReader.read(file).publicKey().fingerprint());
        assertThat(text(robot, "#dkim-key-mail #dkim-key-file")).isEqualTo(file.toString());
        assertThat(text(robot, "#dkim-message")).doesNotContain("chmod");
        assertThat(wizard.files.titlesAsked()).containsExactly("Import a DKIM private key");
    }

    @Test
    void importKey_explainsAFileThatHoldsNoPrivateKey(FxRobot robot) {
        wizard.files.answer(DkimViewModelTest.fixture("rsa2048.pub.pem"));

        click(robot, "#dkim-import");
        waitFor(() -> shown(robot, "#dkim-message"));

        assertThat(text(robot, "#dkim-message")).contains("holds a public key");
        assertThat(robot.lookup("#dkim-fingerprint").tryQuery()).isEmpty();
    }

    @Test
    void selector_explainsABadName_inline_andKeepsWhatWasTyped(FxRobot robot) {
        robot.clickOn("#dkim-selector").eraseText(7).write("mail_1");

        assertThat(shown(robot, "#dkim-selector-error")).isTrue();
        assertThat(text(robot, "#dkim-selector-error")).startsWith("selector: ").contains("'_'");
        assertThat(robot.lookup("#dkim-generate").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#dkim-selector").queryAs(TextField.class).getText())
                .isEqualTo("mail_1");
    }
}
