package org.sendready.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DomainName;
import org.sendready.logs.DnsProblem;
import org.sendready.logs.LogAnalysis;
import org.sendready.logs.LogAnalyzer;
import org.sendready.logs.LogSource;
import org.sendready.operate.FixStep;
import org.sendready.operate.KnownRejection;
import org.sendready.operate.SetupFinding;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.WizardStep;
import org.sendready.ui.wizard.WizardViewModel;

class LogsViewModelTest {
    @TempDir Path dir;

    private final WizardViewModel wizard = new WizardViewModel();
    private final List<Thread> analysisThreads = new ArrayList<>();

    @AfterEach
    void stopAnalyses() {
        analysisThreads.forEach(Thread::interrupt);
    }

    private LogsViewModel direct() {
        return new LogsViewModel(
                wizard, UiThreads.direct(), dir.resolve("no-var-log"), LogsFixture.ZONE);
    }

    /// The analysis on a thread of its own (an [InterruptibleTask] is a `FutureTask`), other
    /// background work at once; `analyzer` stands in for the analysis.
    private LogsViewModel background(Function<List<LogSource>, LogAnalysis> analyzer) {
        Executor executor =
                task -> {
                    if (task instanceof FutureTask<?>) {
                        analysisThreads.add(Thread.ofVirtual().start(task));
                    } else {
                        task.run();
                    }
                };
        return new LogsViewModel(
                wizard,
                new UiThreads(Runnable::run, executor),
                dir.resolve("no-var-log"),
                LogsFixture.ZONE,
                analyzer);
    }

    private LogsViewModel analyzedFixture() {
        var model = direct();
        model.files().add(List.of(LogsFixture.rfc3339(dir), LogsFixture.classicGz(dir)));
        model.analyze();
        return model;
    }

    @Test
    void analyze_readsClassicRfc3339AndGzip_intoTiles() {
        var model = analyzedFixture();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.tiles())
                .extracting(
                        SummaryTile::title,
                        SummaryTile::count,
                        SummaryTile::detail,
                        SummaryTile::note)
                .containsExactly(
                        tuple("Delivered", 2L, "50% of 4 recipients", ""),
                        tuple("Deferred", 2L, "67% of 3 messages", "2 attempts"),
                        tuple("Bounced", 2L, "50% of 4 recipients", ""),
                        tuple("Expired", 0L, "0% of 4 recipients", "0 messages"));
        assertThat(model.summaryProperty().get())
                .startsWith(
                        "Read 12 lines in 2 files: 10 from Postfix, 1 from other programs, 1 not"
                                + " understood.")
                .contains("From Nov 26 10:00 to Nov 27 09:00");
        assertThat(model.statusProperty().get()).isEqualTo("Analyzed 2 files.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void analyze_linksSetupRejections_toTheirFixSteps() {
        var model = analyzedFixture();

        assertThat(model.findings())
                .extracting(SetupFinding::rejection)
                .containsExactly(KnownRejection.GMAIL_SPF, KnownRejection.YAHOO_REPUTATION);
        assertThat(model.findings().getFirst().steps())
                .containsExactly(FixStep.SPF, FixStep.BOUNCE);
        assertThat(model.findings().getFirst().exampleRecipient()).isEqualTo("carol@gmail.com");
        assertThat(model.table().reasons())
                .filteredOn(r -> r.dsn().equals("5.7.27"))
                .singleElement()
                .extracting(ReasonRow::fixes)
                .isEqualTo(List.of(FixStep.SPF, FixStep.BOUNCE));
    }

    @Test
    void analyze_flagsDnsFailures_withLikelyTyposAndTheirRecipients() {
        var model = analyzedFixture();

        assertThat(model.dnsProblems())
                .extracting(
                        DnsProblem::domain,
                        p -> p.likelyTypoOf().orElse(""),
                        DnsProblem::recipients)
                .containsExactly(
                        tuple("gmial.com", "gmail.com", List.of("grace@gmial.com")),
                        tuple("hot-mail.com", "hotmail.com", List.of("erin@hot-mail.com")));
    }

    @Test
    void analyze_showsAnHourlyTimeline_withEmptyHoursFilled() {
        var model = analyzedFixture();

        var timeline = model.timelineProperty().get();
        assertThat(timeline.period()).isEqualTo(StatusTimeline.Period.HOUR);
        // 10:00 on the 26th to 09:00 on the 27th, the RFC 3339 time read as written.
        assertThat(timeline.buckets()).hasSize(24);
        var first = timeline.buckets().getFirst();
        assertThat(first.start()).isEqualTo(LocalDateTime.of(2026, 11, 26, 10, 0));
        assertThat(List.of(first.sent(), first.deferred(), first.bounced()))
                .containsExactly(1L, 1L, 1L);
        assertThat(timeline.buckets().get(5).sent() + timeline.buckets().get(5).bounced()).isZero();
        assertThat(timeline.buckets().getLast().start())
                .isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 0));
        assertThat(model.topDomains().getFirst().domain()).isEqualTo("gmail.com");
        assertThat(model.topReasons()).hasSize(4);
    }

    @Test
    void analyze_reportsProgress_upToAllBytesOfTheFiles() {
        var model = direct();
        model.files().add(List.of(LogsFixture.rfc3339(dir), LogsFixture.classicGz(dir)));
        var seen = new ArrayList<Double>();
        var texts = new ArrayList<String>();
        model.progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue()));
        model.progressTextProperty().addListener((obs, old, now) -> texts.add(now));

        model.analyze();

        assertThat(seen).isNotEmpty().isSorted();
        assertThat(seen.getLast()).isEqualTo(1.0);
        long total = model.files().files().stream().mapToLong(LogFile::bytes).sum();
        assertThat(texts).contains("Read " + ByteSize.text(total) + " of " + ByteSize.text(total));
        assertThat(model.progressTextProperty().get()).isEmpty();
    }

    @Test
    void addedFiles_areOrderedOldestFirst_once() {
        var model = direct();
        var current = LogsFixture.rfc3339(dir);
        var rotated = LogsFixture.classicGz(dir);

        model.files().add(List.of(current, rotated));
        model.files().add(List.of(current));

        assertThat(model.files().files())
                .extracting(LogFile::path)
                .containsExactly(rotated, current);
        assertThat(model.files().files().getFirst().bytes()).isEqualTo(fileSize(rotated));
    }

    @Test
    void addingAMissingFile_namesIt_andAddsTheOthers() {
        var model = direct();
        var missing = dir.resolve("mail.log.7");

        model.files().add(List.of(missing, LogsFixture.rfc3339(dir)));

        assertThat(model.files().errorProperty().get())
                .isEqualTo("FILE: " + missing + " does not exist");
        assertThat(model.files().files()).hasSize(1);
    }

    @Test
    void analyze_aFileRemovedSinceItWasChosen_showsTheError_andKeepsTheResults()
            throws IOException {
        var model = analyzedFixture();
        var before = model.reportProperty().get();
        var extra = LogsFixture.classic(dir, "mail.log.2");
        model.files().add(List.of(extra));
        Files.delete(extra);

        model.analyze();

        assertThat(model.errorProperty().get()).isEqualTo("FILE: " + extra + " does not exist");
        assertThat(model.reportProperty().get()).isSameAs(before);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void analyze_withoutFiles_saysWhatToAdd() {
        var model = direct();

        model.analyze();

        assertThat(model.errorProperty().get()).startsWith("No log files: add mail.log");
        assertThat(model.reportProperty().get()).isNull();
    }

    @Test
    void aTruncatedGzip_isAnalyzedAsFarAsItGoes_andWarnedAbout() throws IOException {
        var model = direct();
        var whole = LogsFixture.classicGz(dir);
        var bytes = Files.readAllBytes(whole);
        var cut = dir.resolve("mail.log.3.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 12));
        model.files().add(List.of(cut));

        model.analyze();

        assertThat(model.fileWarningsProperty().get())
                .startsWith(cut + ": reading stopped after line");
        assertThat(model.reportProperty().get()).isNotNull();
    }

    @Test
    void cancel_interruptsTheAnalysisThread_andKeepsThePreviousResults() throws Exception {
        var started = new CountDownLatch(1);
        var interrupted = new CountDownLatch(1);
        var model =
                background(
                        sources -> {
                            started.countDown();
                            try {
                                new CountDownLatch(1).await();
                            } catch (InterruptedException e) {
                                interrupted.countDown();
                            }
                            throw new CancellationException("interrupted");
                        });
        model.files().add(List.of(LogsFixture.rfc3339(dir)));

        model.analyze();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(model.busyProperty().get()).isTrue();
        model.cancel();

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Analysis cancelled.");
        assertThat(model.reportProperty().get()).isNull();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void leavingThePage_stopsTheRealAnalyzer_onAnEndlessLog() throws Exception {
        var started = new CountDownLatch(1);
        var outcome = new AtomicReference<Throwable>();
        var ended = new CountDownLatch(1);
        var model =
                background(
                        sources -> {
                            try {
                                return LogAnalyzer.analyze(List.of(endless(started)));
                            } catch (CancellationException e) {
                                outcome.set(e);
                                throw e;
                            } finally {
                                ended.countDown();
                            }
                        });
        model.files().add(List.of(LogsFixture.rfc3339(dir)));

        model.analyze();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        model.left();
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcome.get()).isInstanceOf(CancellationException.class);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void fix_withAPlan_opensTheStepThatFixesIt() {
        var model = analyzedFixture();
        wizard.project().set(plan());
        wizard.goTo(WizardStep.LOGS);

        model.fix(FixStep.SPF);

        assertThat(wizard.current()).isEqualTo(WizardStep.SPF);
        assertThat(model.fixMessageProperty().get()).isEmpty();
    }

    @Test
    void fix_withoutAPlan_explains_andStaysOnThePage() {
        var model = analyzedFixture();
        wizard.goTo(WizardStep.LOGS);

        model.fix(FixStep.PTR);

        assertThat(wizard.current()).isEqualTo(WizardStep.LOGS);
        assertThat(model.fixMessageProperty().get())
                .isEqualTo(
                        "The Reverse DNS (PTR) step works on a setup plan, and there is none yet."
                                + " Make one in the Domain and servers step (or open a project"
                                + " with File > Open), then fix it there.");
        model.startPlan();
        assertThat(wizard.current()).isEqualTo(WizardStep.DOMAIN);
    }

    @Test
    void fix_blocklist_needsNoPlan() {
        var model = analyzedFixture();
        wizard.goTo(WizardStep.LOGS);

        model.fix(FixStep.BLOCKLIST);

        assertThat(wizard.current()).isEqualTo(WizardStep.BLOCKLISTS);
    }

    @Test
    void suggestion_offersTheSystemsMailLogs_oldestFirst_untilAllAreChosen() throws IOException {
        var folder = Files.createDirectory(dir.resolve("var-log"));
        var current = LogsFixture.rfc3339(folder);
        var rotated = LogsFixture.classic(folder, "mail.log.1");
        var older =
                LogsFixture.touched(
                        LogsFixture.classicGz(folder), LogsFixture.CLASSIC_WRITTEN.minusDays(7));
        LogsFixture.classic(folder, "mail.err");
        var model = new LogsViewModel(wizard, UiThreads.direct(), folder, LogsFixture.ZONE);

        model.entered();
        assertThat(model.files().suggestionProperty().get())
                .containsExactly(older, rotated, current);

        model.files().useSuggestion();
        assertThat(model.files().files())
                .extracting(LogFile::path)
                .containsExactly(older, rotated, current);
        assertThat(model.files().suggestionProperty().get()).isEmpty();

        model.files().remove(model.files().files().getFirst());
        assertThat(model.files().suggestionProperty().get()).hasSize(3);
    }

    @Test
    void suggestion_isEmpty_withoutMailLogs() {
        var model = direct();

        model.entered();

        assertThat(model.files().suggestionProperty().get()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        // Debian's log and its rotations
        "mail.log, true",
        "mail.log.1, true",
        "mail.log.12.gz, true",
        // Red Hat's, rotated with dateext
        "maillog, true",
        "maillog-20261122, true",
        "maillog-20261122.gz, true",
        // other files of the mail facility, not Postfix's delivery log
        "mail.err, false",
        "mail.warn, false",
        "mail.log.lock, false",
    })
    void mailLogNames_areRecognised(String name, boolean mailLog) {
        assertThat(LogFileChoice.MAIL_LOG.matcher(name).matches()).isEqualTo(mailLog);
    }

    private static SetupPlan plan() {
        return SetupPlan.start(
                DomainName.parse("example.com"),
                List.of(PlanFixtures.host("mail.example.com", "192.0.2.10")),
                List.of());
    }

    private static long fileSize(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /// A log that never ends: the same delivery line again and again, counting down `started`
    /// once it is opened.
    private static LogSource endless(CountDownLatch started) {
        var line =
                ("2026-11-26T10:00:00Z mx postfix/smtp[2]: AB00000001: to=<x@example.org>,"
                                + " relay=mx[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0,"
                                + " status=sent (ok)\n")
                        .getBytes(StandardCharsets.UTF_8);
        return new LogSource(
                "endless",
                YearMonth.of(2026, 11),
                () -> {
                    started.countDown();
                    return new InputStream() {
                        private int at;

                        @Override
                        public int read() {
                            int b = line[at];
                            at = (at + 1) % line.length;
                            return b;
                        }
                    };
                });
    }
}
