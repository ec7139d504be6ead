package org.sendready.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendready.cli.CliRun;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dns.DomainName;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.ProjectFile;
import org.sendready.plan.SetupPlan;
import org.sendready.records.profile.ExportProfile;
import org.sendready.storage.WriteMode;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.testing.RecordingCopier;
import org.sendready.ui.testing.ScriptedFileDialogs;

class ExportViewModelTest {
    /// A plan touching every kind of record: MX, a bounce domain, DMARC reports to another
    /// domain, IPv4 and IPv6 reverse zones.
    static final SetupPlan PLAN =
            PlanFixtures.example()
                    .withReceivesMail(true)
                    .withBounceDomain(Optional.of(DomainName.parse("bounces.example.com")))
                    .withDmarc(
                            DmarcPolicy.parse(
                                    "v=DMARC1; p=quarantine; rua=mailto:reports@example.net"));

    @TempDir Path work;

    private final RecordingCopier copier = new RecordingCopier();
    private final ScriptedFileDialogs files = new ScriptedFileDialogs();

    private ExportViewModel model(SetupPlan plan) {
        return new ExportViewModel(plan, copier, files, UiThreads.direct());
    }

    /// Each choice and the command line that prints the same export.
    static Stream<Arguments> choicesAndTheirCommandLines() {
        var rows = new ArrayList<Arguments>();
        rows.add(Arguments.of(ExportChoice.Records.BIND_RELATIVE, List.of("records")));
        rows.add(
                Arguments.of(ExportChoice.Records.BIND_ABSOLUTE, List.of("records", "--absolute")));
        rows.add(Arguments.of(ExportChoice.Records.TABLE, List.of("records", "--format", "table")));
        rows.add(Arguments.of(ExportChoice.Records.CSV, List.of("records", "--format", "csv")));
        rows.add(Arguments.of(ExportChoice.Records.JSON, List.of("records", "--format", "json")));
        for (var choice : ExportChoice.all()) {
            if (choice instanceof ExportChoice.Profile(var profile)) {
                rows.add(Arguments.of(choice, List.of("records", "--profile", profile.id())));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest
    @MethodSource("choicesAndTheirCommandLines")
    void text_isWhatTheCommandLinePrints(ExportChoice choice, List<String> command)
            throws Exception {
        var file = work.resolve("p" + ProjectFile.EXTENSION);
        ProjectFile.save(file, PLAN, WriteMode.CREATE_NEW);
        var args = new ArrayList<>(command);
        args.addAll(List.of("--project", file.toString()));
        var cli = CliRun.of(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err()).isZero();

        var model = model(PLAN);
        model.choiceProperty().set(choice);

        assertThat(model.textProperty().get()).isEqualTo(cli.out());
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void mailServerChoices_togetherAreWhatSendreadyMtaPrints() throws Exception {
        var file = work.resolve("p" + ProjectFile.EXTENSION);
        ProjectFile.save(file, PLAN, WriteMode.CREATE_NEW);
        var model = model(PLAN);

        for (var filter : List.of("opendkim", "rspamd")) {
            var cli = CliRun.of("mta", "--project", file.toString(), "--filter", filter);
            var postfix =
                    filter.equals("opendkim")
                            ? ExportChoice.Mta.POSTFIX_OPENDKIM
                            : ExportChoice.Mta.POSTFIX_RSPAMD;
            var own =
                    filter.equals("opendkim") ? ExportChoice.Mta.OPENDKIM : ExportChoice.Mta.RSPAMD;
            model.choiceProperty().set(postfix);
            var postfixText = model.textProperty().get();
            model.choiceProperty().set(own);

            assertThat(postfixText + "\n" + model.textProperty().get())
                    .as(filter)
                    .isEqualTo(cli.out());
        }
    }

    @Test
    void choices_offerEveryFormatProfileAndMailServer() {
        assertThat(ExportChoice.all())
                .hasSize(
                        ExportChoice.Records.values().length
                                + ExportProfile.values().length
                                + ExportChoice.Mta.values().length);
        assertThat(model(PLAN).choiceProperty().get())
                .isEqualTo(ExportChoice.Records.BIND_RELATIVE);
    }

    @Test
    void copyAll_putsTheWholeTextOnTheClipboard() {
        var model = model(PLAN);
        model.choiceProperty().set(ExportChoice.Records.CSV);

        model.copyAll();

        assertThat(copier.last()).isEqualTo(model.textProperty().get());
        assertThat(model.statusProperty().get()).startsWith("Copied the CSV (");
    }

    @Test
    void saveToFile_writesTheText() throws Exception {
        var model = model(PLAN);
        model.choiceProperty().set(ExportChoice.Records.JSON);
        var target = work.resolve("records.json");
        files.answer(target);

        assertThat(model.saveToFile().join()).isTrue();

        assertThat(Files.readString(target)).isEqualTo(model.textProperty().get());
        assertThat(model.statusProperty().get()).isEqualTo("Saved to " + target + ".");
        assertThat(files.titlesAsked()).containsExactly("Save JSON");
    }

    @Test
    void saveToFile_doesNothing_whenTheDialogIsCancelled() {
        var model = model(PLAN);
        files.cancel();

        assertThat(model.saveToFile().join()).isFalse();

        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void saveToFile_saysWhy_whenTheFolderIsGone() {
        var model = model(PLAN);
        var target = work.resolve("missing/records.zone");
        files.answer(target);

        assertThat(model.saveToFile().join()).isFalse();

        assertThat(model.statusProperty().get())
                .startsWith("Not saved: ")
                .contains(target.getParent().toString(), "does not exist");
        assertThat(model.failedProperty().get()).isTrue();
    }

    @Test
    void mailServerChoice_explainsTheMissingKey_andOffersNothingToCopy() {
        var model = model(PLAN.withDkimKeys(List.of()));

        model.choiceProperty().set(ExportChoice.Mta.OPENDKIM);

        assertThat(model.problemProperty().get()).contains("signing keys", "DKIM step");
        assertThat(model.textProperty().get()).isEmpty();
        assertThat(model.exportableProperty().get()).isFalse();
        model.copyAll();
        assertThat(copier.copied()).isEmpty();
    }

    @Test
    void suggestedFileNames_nameTheDomain() {
        assertThat(ExportChoice.Records.BIND_RELATIVE.fileName(PLAN))
                .isEqualTo("example.com.records.zone");
        assertThat(ExportChoice.Records.CSV.fileName(PLAN)).isEqualTo("example.com.records.csv");
        assertThat(ExportChoice.Mta.RSPAMD.fileName(PLAN)).isEqualTo("rspamd-example.com.txt");
    }
}
