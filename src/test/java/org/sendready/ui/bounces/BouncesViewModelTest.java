package org.sendready.ui.bounces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.bounce.BounceClass;
import org.sendready.bounce.BounceCorpus;
import org.sendready.bounce.MailProtocol;
import org.sendready.bounce.Suppression;
import org.sendready.bounce.SuppressionCsvWriter;
import org.sendready.operate.KnownRejection;
import org.sendready.ui.bounces.BouncesViewModel.Origin;
import org.sendready.ui.bounces.MailboxSettings.Afterwards;
import org.sendready.ui.bounces.SuppressionExport.Format;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.testing.ScriptedFileDialogs;
import org.sendready.ui.wizard.WizardStep;
import org.sendready.ui.wizard.WizardViewModel;

class BouncesViewModelTest {
    @TempDir Path dir;

    private final WizardViewModel wizard = new WizardViewModel();
    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private final BouncesViewModel model =
            new BouncesViewModel(wizard, files, UiThreads.direct(), BounceCorpus.NEXT_DAY);

    private void processEml() {
        files.answerMany(BouncesCorpusFiles.emlFiles().toArray(Path[]::new));
        model.chooseEml();
        model.process(new char[0]);
    }

    @Test
    void emlFiles_areClassifiedAsTheCorpusSays_withoutAKeyEveryHardBounceCounts() {
        processEml();

        var report = model.reportProperty().get();
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Processed 11 messages. 4 addresses");
        assertThat(model.processedProperty().get()).isEqualTo(11);
        assertThat(report.countByClass())
                .containsEntry(BounceClass.HARD, 7)
                .containsEntry(BounceClass.SOFT, 1)
                .containsEntry(BounceClass.AUTO_REPLY, 1)
                .containsEntry(BounceClass.UNKNOWN, 2);
        // No key: the forged bounce suppresses bob too.
        assertThat(report.suppressions())
                .extracting(Suppression::address)
                .containsExactly(
                        "nobody@example.net",
                        "gone@example.net",
                        "old@example.org",
                        "bob@example.com");
        assertThat(model.rows()).hasSize(11);
        assertThat(model.rows().getFirst())
                .satisfies(
                        row -> {
                            assertThat(row.address()).isEqualTo("nobody@example.net");
                            assertThat(row.bounceClass()).isEqualTo("hard");
                            assertThat(row.status()).isEqualTo("5.1.1");
                            assertThat(row.token()).isEmpty();
                            assertThat(row.suppressed()).isTrue();
                        });
        assertThat(BounceTiles.of(report))
                .extracting(BounceTiles.Tile::id, BounceTiles.Tile::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hard", "7"),
                        org.assertj.core.groups.Tuple.tuple("soft", "1"),
                        org.assertj.core.groups.Tuple.tuple("auto-reply", "1"),
                        org.assertj.core.groups.Tuple.tuple("unknown", "2"),
                        org.assertj.core.groups.Tuple.tuple("suppressed", "4"),
                        org.assertj.core.groups.Tuple.tuple("tokens", "-"));
    }

    @Test
    void setupProblems_nameTheWizardStepsThatFixThem() {
        processEml();

        assertThat(model.problems())
                .extracting(SetupProblem::rejection, SetupProblem::fixes)
                .containsExactly(
                        tuple(KnownRejection.GMAIL_PTR, List.of(WizardStep.PTR)),
                        tuple(
                                KnownRejection.GMAIL_DMARC_POLICY,
                                List.of(WizardStep.DKIM, WizardStep.DMARC)),
                        tuple(KnownRejection.DNS_BLOCKLIST, List.of(WizardStep.BLOCKLISTS)));
        assertThat(model.problems().get(1).sources())
                .hasSize(1)
                .first()
                .asString()
                .endsWith("gmail-5.7.26-dmarc.eml");
        assertThat(model.statusProperty().get()).endsWith("3 setup problem(s) to fix below.");
    }

    @Test
    void maildirWithKey_verifiesTokens_andTheForgedBounceSuppressesNobody() throws IOException {
        model.loadKey(BouncesCorpusFiles.keyFile(dir));
        assertThat(model.keyFailedProperty().get()).isFalse();
        assertThat(model.keyStatusProperty().get()).contains("tokens are verified");
        files.answer(BouncesCorpusFiles.maildir(dir));
        model.chooseMaildir();
        model.process(new char[0]);

        var report = model.reportProperty().get();
        assertThat(report.tokensChecked()).isTrue();
        assertThat(report.messages()).hasSize(11);
        assertThat(report.messages().getFirst().source()).isEqualTo("new/00.hard-5.1.1-dsn.eml");
        assertThat(report.suppressions())
                .extracting(Suppression::address)
                .containsExactly("nobody@example.net", "gone@example.net", "old@example.org");
        var forged = model.rows().stream().filter(r -> r.token().equals("forged")).toList();
        assertThat(forged)
                .singleElement()
                .extracting(BounceRow::address)
                .isEqualTo("bob@example.com");
        assertThat(forged.getFirst().suppressed()).isFalse();
        assertThat(BounceTiles.of(report))
                .filteredOn(t -> t.id().equals("tokens"))
                .singleElement()
                .extracting(BounceTiles.Tile::value)
                .isEqualTo("9 / 1");
    }

    @Test
    void filter_keepsTheRowsContainingTheText_inAnyColumn() {
        processEml();

        model.filterProperty().set("FRIEND@gmail");
        assertThat(model.rows()).extracting(BounceRow::address).containsExactly("friend@gmail.com");
        model.filterProperty().set("5.7.25");
        assertThat(model.rows()).extracting(BounceRow::address).containsExactly("ptr@example.com");
        model.filterProperty().set("  ");
        assertThat(model.rows()).hasSize(11);
    }

    @Test
    void cancel_stopsTheRun_andKeepsWhatWasRead() {
        files.answerMany(BouncesCorpusFiles.emlFiles().toArray(Path[]::new));
        model.chooseEml();
        model.processedProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now.intValue() == 2 && model.runningProperty().get()) {
                                model.cancel();
                            }
                        });

        model.process(new char[0]);

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.reportProperty().get().messages()).hasSize(2);
        assertThat(model.statusProperty().get()).startsWith("Cancelled after 2 messages");
        assertThat(model.failedProperty().get()).isFalse();
        // The interrupt that stopped the run does not outlive it.
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # not base64 after the comment
                    garbage | # comment\\nnot a key at all!\\n | rw------- | does not hold base64
                    # two data lines
                    two lines | AAAA\\nBBBB\\n | rw------- | is not a bounce key file
                    # readable by the group: refused like an ssh key
                    shared | AAAA\\n | rw-r----- | may be read by others; restrict it with: chmod 600
                    """)
    void badKeyFile_isNamedWithWhatIsWrong_andNoKeyIsUsed(
            String name, String text, String permissions, String expected) throws IOException {
        var file = dir.resolve(name);
        Files.writeString(file, text.replace("\\n", "\n"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        files.answer(file);

        model.chooseKey();

        assertThat(model.keyFailedProperty().get()).isTrue();
        assertThat(model.keyStatusProperty().get())
                .startsWith("No key: " + file)
                .contains(expected);
        processEml();
        assertThat(model.reportProperty().get().tokensChecked()).isFalse();
    }

    @Test
    void fix_opensTheStep_whenAPlanIsOpen() {
        wizard.project().set(BouncesCorpusFiles.plan());
        wizard.goTo(WizardStep.BOUNCES);

        model.fix(WizardStep.DMARC);

        assertThat(wizard.current()).isEqualTo(WizardStep.DMARC);
        assertThat(model.fixMessageProperty().get()).isEmpty();
    }

    @Test
    void fix_explains_whenTheStepNeedsAPlanAndThereIsNone() {
        wizard.goTo(WizardStep.BOUNCES);

        model.fix(WizardStep.PTR);

        assertThat(wizard.current()).isEqualTo(WizardStep.BOUNCES);
        assertThat(model.fixMessageProperty().get())
                .startsWith("Reverse DNS (PTR) works on a project, and none is open");
    }

    @Test
    void mailboxPassword_isClearedAfterUse_andNeverWrittenToTheSettingsFolder() throws IOException {
        var settings = Files.createDirectories(dir.resolve("settings"));
        model.originProperty().set(Origin.MAILBOX);
        model.mailbox().serverProperty().set("127.0.0.1:1");
        model.mailbox().userProperty().set("bounces");
        var typed = "s3cret-Pa55word".toCharArray();

        model.process(typed);

        assertThat(typed).containsOnly('\0');
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.statusProperty().get())
                .startsWith("Not processed: mailbox server: could not connect to 127.0.0.1:1");
        try (Stream<Path> all = Files.walk(dir)) {
            for (var file : all.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
                        .doesNotContain("s3cret-Pa55word");
            }
        }
        assertThat(settings).isEmptyDirectory();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # nothing typed in the server field
                    no server | '' | bounces | KEEP | pw | mailbox server: is empty
                    # no password
                    no password | imap.example.com | bounces | KEEP | '' | mailbox password: is empty
                    # no user
                    no user | imap.example.com | '' | KEEP | pw | mailbox user: is empty
                    # delete needs the confirmation ticked
                    unconfirmed delete | imap.example.com | bounces | DELETE | pw | delete: is not confirmed
                    # move needs a folder
                    move nowhere | imap.example.com | bounces | MOVE | pw | move to: is empty
                    # a port out of range
                    bad port | imap.example.com:70000 | bounces | KEEP | pw | mailbox server: port 70000
                    """)
    void incompleteMailboxForm_isRefusedBeforeConnecting_namingTheField(
            String name,
            String server,
            String user,
            Afterwards afterwards,
            String password,
            String expected) {
        model.originProperty().set(Origin.MAILBOX);
        model.mailbox().serverProperty().set(server);
        model.mailbox().userProperty().set(user);
        model.mailbox().afterwardsProperty().set(afterwards);

        model.process(password.toCharArray());

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith(expected);
        assertThat(model.reportProperty().get()).isNull();
    }

    @Test
    void pop3_hasNoFolders_soMoveFallsBackToKeep() {
        var mailbox = model.mailbox();
        mailbox.folderProperty().set("Bounces");
        mailbox.afterwardsProperty().set(Afterwards.MOVE);

        mailbox.protocolProperty().set(MailProtocol.POP3);

        assertThat(mailbox.folderProperty().get()).isEqualTo("INBOX");
        assertThat(mailbox.afterwardsProperty().get()).isEqualTo(Afterwards.KEEP);
        assertThat(mailbox.defaultPortProperty().get()).isEqualTo("default port 995");
    }

    @Test
    void noFilesChosen_isNamed() {
        model.process(new char[0]);

        assertThat(model.statusProperty().get()).startsWith("messages: none chosen");
    }

    @Test
    void exportCsv_writesTheSuppressionList_ownerOnly() throws IOException {
        wizard.project().set(BouncesCorpusFiles.plan());
        processEml();
        var target = dir.resolve("out.csv");
        files.answer(target);

        assertThat(model.export().save(Format.CSV).join()).isTrue();

        assertThat(Files.readString(target))
                .isEqualTo(SuppressionCsvWriter.write(model.reportProperty().get().suppressions()))
                .startsWith("address,status,diagnostic,source");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-------");
        assertThat(model.export().statusProperty().get()).contains("(4 addresses)");
    }

    @Test
    void exportJson_writesTheWholeReport_andCancellingWritesNothing() throws IOException {
        processEml();
        files.cancel();
        assertThat(model.export().save(Format.JSON).join()).isFalse();

        var target = dir.resolve("bounces.json");
        files.answer(target);
        assertThat(model.export().save(Format.JSON).join()).isTrue();

        var json = new ObjectMapper().readTree(target.toFile());
        assertThat(json.get("suppressions")).hasSize(4);
        assertThat(json.get("summary").get("messages").asInt()).isEqualTo(11);
    }
}
