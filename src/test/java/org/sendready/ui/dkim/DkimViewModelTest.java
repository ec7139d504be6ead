package org.sendready.ui.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.dkim.DkimAlgorithm;
import org.sendready.dkim.DkimKeyGenerator;
import org.sendready.dkim.DkimKeySpec;
import org.sendready.dkim.DkimSelector;
import org.sendready.dkim.PemKeyReader;
import org.sendready.dns.DomainName;
import org.sendready.plan.DkimKeyRef;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.ProjectFile;
import org.sendready.plan.SetupPlan;
import org.sendready.storage.WriteMode;
import org.sendready.testing.MovableClock;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.testing.ScriptedFileDialogs;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.ProjectState;

/// The DKIM page's view-model without a window: work runs on the calling thread.
class DkimViewModelTest {
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir Path dir;

    private final ProjectState project = new ProjectState();
    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private final MovableClock clock = new MovableClock(NOW);
    private DkimViewModel model;

    static SetupPlan emptyPlan() {
        return SetupPlan.start(
                DomainName.parse("example.com"),
                List.of(PlanFixtures.host("mail.example.com", "192.0.2.10")),
                List.of());
    }

    static Path fixture(String name) {
        try {
            return Path.of(DkimViewModelTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private DkimViewModel model(UiThreads threads) {
        var rotation =
                new RotationViewModel(
                        project,
                        DnsChoice::system,
                        threads,
                        clock,
                        choice -> {
                            throw new AssertionError("no DNS in this test");
                        });
        return new DkimViewModel(
                project, threads, files, clock, new DkimKeyGenerator(new SecureRandom()), rotation);
    }

    @BeforeEach
    void start() {
        project.loaded(emptyPlan(), null);
        model = model(UiThreads.direct());
    }

    private void generateEd25519() {
        model.specProperty().set(DkimKeySpec.ed25519());
        model.generate();
    }

    private DkimKeyRow row(String selector) {
        return model.keys().stream()
                .filter(r -> r.selector().ascii().equals(selector))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void selector_defaultsToTheClocksMonth_withItsRecordName() {
        assertThat(model.selectorTextProperty().get()).isEqualTo("s202611");
        assertThat(model.recordNameProperty().get()).isEqualTo("s202611._domainkey.example.com");
        assertThat(model.selectorErrorProperty().get()).isEmpty();
        assertThat(model.specProperty().get()).isEqualTo(DkimKeySpec.rsaDefault());
    }

    @Test
    void selector_showsTheParsersReason_andGenerateDoesNothing() {
        model.selectorTextProperty().set("mail_2026");

        model.generate();

        assertThat(model.selectorErrorProperty().get())
                .startsWith("selector: ")
                .contains("contains '_'");
        assertThat(model.keys()).isEmpty();
        assertThat(model.selectorTextProperty().get())
                .as("typed input is kept")
                .isEqualTo("mail_2026");
    }

    @Test
    void generate_addsThePublicKeyToThePlan_andKeepsThePrivateKeyOnlyInMemory() {
        generateEd25519();

        var plan = project.plan().orElseThrow();
        assertThat(plan.dkimKeys()).hasSize(1);
        var key = plan.dkimKeys().getFirst();
        assertThat(key.selector().ascii()).isEqualTo("s202611");
        assertThat(key.privateKeyFile()).isEmpty();
        assertThat(key.record().algorithm()).isEqualTo(DkimAlgorithm.ED25519);
        var row = row("s202611");
        assertThat(row.file()).isEqualTo(new DkimKeyRow.KeyFile.InMemory());
        assertThat(row.fingerprint()).hasValueSatisfying(f -> assertThat(f).startsWith("SHA256:"));
        assertThat(row.role()).isEqualTo(DkimKeyRow.Role.SIGNING);
        assertThat(model.messageProperty().get().kind()).isEqualTo(PageMessage.Kind.SUCCESS);
        assertThat(project.dirtyProperty().get()).isTrue();
    }

    @Test
    void generate_movesTheSelectorFieldOn_andRefusesASelectorTwice() {
        generateEd25519();

        assertThat(model.selectorTextProperty().get()).isEqualTo("s202611-2");
        model.selectorTextProperty().set("s202611");
        assertThat(model.selectorErrorProperty().get())
                .isEqualTo(
                        "selector: 's202611' is already a key of this plan; choose a new name"
                                + " such as s202611-2 (to replace that key, rotate it)");
    }

    @Test
    void generate_showsProgress_andCancelAddsNothing() {
        var queued = new ArrayList<Runnable>();
        model = model(new UiThreads(Runnable::run, queued::add));
        model.specProperty().set(new DkimKeySpec(DkimAlgorithm.RSA, 4096));

        model.generate();

        assertThat(model.generatingProperty().get()).isTrue();
        assertThat(model.generatingTextProperty().get())
                .isEqualTo("Generating an RSA 4096-bit key for s202611...");
        model.cancelGeneration();
        queued.forEach(Runnable::run);
        assertThat(model.generatingProperty().get()).isFalse();
        assertThat(project.plan().orElseThrow().dkimKeys()).isEmpty();
        assertThat(model.messageProperty().get().text())
                .isEqualTo("Key generation cancelled; nothing was added.");
    }

    @Test
    void mtaLines_nameTheSigningSelectors_forOpenDkimAndRspamd() {
        generateEd25519();

        var lines = model.mtaLinesProperty().get();
        assertThat(lines.openDkim())
                .contains(
                        "s202611._domainkey.example.com"
                                + " example.com:s202611:/etc/opendkim/keys/example.com/s202611.private")
                .contains("*@example.com s202611._domainkey.example.com");
        assertThat(lines.rspamd()).contains("selector = \"s202611\";");
    }

    @Test
    void signingWarning_asksForAnRsaKey_whenOnlyEd25519Signs() {
        generateEd25519();

        assertThat(model.signingWarningProperty().get()).startsWith("Only Ed25519 keys sign");
    }

    @Test
    void save_writesAnOwnerOnlyFile_andThePlanRefersToIt() throws IOException {
        generateEd25519();
        var file = dir.resolve("s202611.private");
        files.answer(file);

        model.savePrivateKey(DkimSelector.parse("s202611"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        var key = project.plan().orElseThrow().dkimKeys().getFirst();
        assertThat(key.privateKeyFile()).contains(file);
        assertThat(PemKeyReader.read(file).publicKey()).isEqualTo(key.record().publicKey().get());
        assertThat(row("s202611").file()).isEqualTo(new DkimKeyRow.KeyFile.Saved(file));
        assertThat(model.messageProperty().get().text())
                .contains("readable only by you (mode 0600)");
        assertThat(files.titlesAsked()).containsExactly("Save the private key of s202611");
    }

    @Test
    void projectFile_holdsThePublicKeyAndTheKeyPath_neverThePrivateKey() throws IOException {
        generateEd25519();
        var keyFile = dir.resolve("s202611.private");
        files.answer(keyFile);
        model.savePrivateKey(DkimSelector.parse("s202611"));
        var projectFile = dir.resolve("example" + ProjectFile.EXTENSION);

        ProjectFile.save(projectFile, project.plan().orElseThrow(), WriteMode.CREATE_NEW);

        var text = Files.readString(projectFile);
        var privateBase64 =
                Files.readString(keyFile).lines().filter(l -> !l.startsWith("-----")).toList();
        assertThat(text).contains("\"privateKeyFile\" : \"s202611.private\"");
        assertThat(text).doesNotContain("PRIVATE KEY");
        assertThat(privateBase64).allSatisfy(line -> assertThat(text).doesNotContain(line));
    }

    @Test
    void save_asksBeforeReplacingAFile_andKeepsItWhenTold() throws IOException {
        generateEd25519();
        var file = Files.writeString(dir.resolve("taken.pem"), "someone's key");
        files.answer(file);

        model.savePrivateKey(DkimSelector.parse("s202611"));

        assertThat(model.replaceRequestProperty().get())
                .isEqualTo(new ReplaceRequest(DkimSelector.parse("s202611"), file));
        assertThat(Files.readString(file)).isEqualTo("someone's key");
        model.keepExisting();
        assertThat(model.replaceRequestProperty().get()).isNull();
        assertThat(Files.readString(file)).isEqualTo("someone's key");
        assertThat(row("s202611").file()).isEqualTo(new DkimKeyRow.KeyFile.InMemory());
        assertThat(model.messageProperty().get().text()).contains("was left as it was");
    }

    @Test
    void save_replacesAFile_onlyWhenConfirmed() throws IOException {
        generateEd25519();
        var file = Files.writeString(dir.resolve("taken.pem"), "someone's key");
        files.answer(file);
        model.savePrivateKey(DkimSelector.parse("s202611"));

        model.confirmReplace();

        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(row("s202611").file()).isEqualTo(new DkimKeyRow.KeyFile.Saved(file));
    }

    @Test
    void save_explainsAnUnwritablePath_andKeepsTheKeyToSaveElsewhere() throws IOException {
        generateEd25519();
        var regular = Files.writeString(dir.resolve("a-file"), "x");
        files.answer(regular.resolve("s202611.private")).answer(dir.resolve("ok.private"));

        model.savePrivateKey(DkimSelector.parse("s202611"));

        var message = model.messageProperty().get();
        assertThat(message.kind()).isEqualTo(PageMessage.Kind.ERROR);
        assertThat(message.text())
                .contains(regular.toString())
                .endsWith("The key of s202611 is still in memory: save it to another file.");
        assertThat(row("s202611").file()).isEqualTo(new DkimKeyRow.KeyFile.InMemory());
        model.savePrivateKey(DkimSelector.parse("s202611"));
        assertThat(row("s202611").file())
                .isEqualTo(new DkimKeyRow.KeyFile.Saved(dir.resolve("ok.private")));
    }

    @Test
    void save_doesNothing_whenTheDialogIsCancelled() {
        generateEd25519();
        files.cancel();

        model.savePrivateKey(DkimSelector.parse("s202611"));

        assertThat(row("s202611").file()).isEqualTo(new DkimKeyRow.KeyFile.InMemory());
    }

    @Test
    void importKey_addsAnOpenSslKey_referringToItsFile() throws IOException {
        var file = Files.copy(fixture("rsa2048-pkcs1.pem"), dir.resolve("old.pem"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        files.answer(file);

        model.importKey();

        var row = row("s202611");
        assertThat(row.file()).isEqualTo(new DkimKeyRow.KeyFile.Saved(file));
        assertThat(row.keyDescription()).isEqualTo("RSA 2048 bits");
        assertThat(row.fingerprint()).contains(PemKeyReader.read(file).publicKey().fingerprint());
        assertThat(model.messageProperty().get().text())
                .contains("holds no copy of the key")
                .contains("chmod 600 " + file);
    }

    @Test
    void importKey_explainsAFileWithoutPrivateKey_andAddsNothing() {
        files.answer(fixture("rsa2048.pub.pem"));

        model.importKey();

        var message = model.messageProperty().get();
        assertThat(message.kind()).isEqualTo(PageMessage.Kind.ERROR);
        assertThat(message.text())
                .contains("holds a public key; the private key is needed")
                .endsWith("Nothing was imported.");
        assertThat(model.keys()).isEmpty();
    }

    @Test
    void importKey_refusesAKeyThePlanHasAlready() {
        files.answer(fixture("rsa2048-pkcs1.pem")).answer(fixture("rsa2048-pkcs1.pem"));
        model.importKey();

        model.importKey();

        assertThat(model.keys()).hasSize(1);
        assertThat(model.messageProperty().get().text())
                .endsWith("holds the key of selector s202611, which is already in the plan.");
    }

    @Test
    void remove_takesTheKeyOutOfThePlan() {
        generateEd25519();

        model.remove(DkimSelector.parse("s202611"));

        assertThat(project.plan().orElseThrow().dkimKeys()).isEmpty();
        assertThat(model.mtaLinesProperty().get()).isNull();
    }

    @Test
    void rotate_addsANewSelectorThatDoesNotSignYet_withAStrongerKeyThan1024Bits() {
        project.set(
                emptyPlan()
                        .withDkimKeys(
                                List.of(PlanFixtures.rsaKey("s202605", 1024, Optional.empty()))));

        model.rotate(DkimSelector.parse("s202605"));

        var plan = project.plan().orElseThrow();
        var rotation = plan.dkimRotation().orElseThrow();
        assertThat(rotation.retiring().ascii()).isEqualTo("s202605");
        assertThat(rotation.incoming().ascii()).isEqualTo("s202611");
        assertThat(rotation.started()).isEqualTo(NOW);
        assertThat(row("s202611").bits()).isEqualTo(DkimKeySpec.DEFAULT_RSA_BITS);
        assertThat(row("s202611").role()).isEqualTo(DkimKeyRow.Role.INCOMING);
        assertThat(row("s202611").file()).isEqualTo(new DkimKeyRow.KeyFile.InMemory());
        assertThat(plan.signingKeys())
                .extracting(DkimKeyRef::selector)
                .map(Object::toString)
                .containsExactly("s202605");
        assertThat(model.canRotate(row("s202605"))).isFalse();
        assertThat(model.canRemove(row("s202605"))).isFalse();
    }

    @Test
    void anotherProject_forgetsTheUnsavedKeysOfThisOne() {
        generateEd25519();

        project.loaded(emptyPlan(), null);
        project.set(
                emptyPlan()
                        .withDkimKeys(
                                List.of(PlanFixtures.rsaKey("s202611", 1024, Optional.empty()))));

        assertThat(row("s202611").file()).isEqualTo(new DkimKeyRow.KeyFile.Elsewhere());
    }
}
