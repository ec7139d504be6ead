package org.sendready.ui.logs;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sendready.input.InvalidInput;
import org.sendready.logs.DnsProblem;
import org.sendready.logs.DomainStats;
import org.sendready.logs.LogAnalysis;
import org.sendready.logs.LogAnalyzer;
import org.sendready.logs.LogSource;
import org.sendready.logs.ReasonCount;
import org.sendready.operate.FixStep;
import org.sendready.operate.SetupDiagnosis;
import org.sendready.operate.SetupFinding;
import org.sendready.ui.common.PendingWork;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.WizardStep;
import org.sendready.ui.wizard.WizardViewModel;

/// The Postfix logs page: which files, the analysis running in the background (progress,
/// cancel), and what it found, shaped for tiles, charts, the table and the fix links.
public final class LogsViewModel {
    private static final System.Logger LOG = System.getLogger(LogsViewModel.class.getName());

    /// Bars in the top domains and top reasons charts: more stop being readable.
    static final int TOP = 10;

    /// ProgressBar's value for "working, amount unknown".
    static final double INDETERMINATE = -1;

    private final WizardViewModel wizard;
    private final UiThreads threads;
    private final ZoneId zone;
    private final Function<List<LogSource>, LogAnalysis> analyzer;
    private final PendingWork pending;
    private final LogFileChoice files;
    private final LogTableFilter table = new LogTableFilter();

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fixMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LogReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileWarnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusTimeline> timeline =
            new ReadOnlyObjectWrapper<>(StatusTimeline.EMPTY);
    private final ObservableList<SummaryTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<DomainStats> topDomains = FXCollections.observableArrayList();
    private final ObservableList<ReasonCount> topReasons = FXCollections.observableArrayList();
    private final ObservableList<SetupFinding> findings = FXCollections.observableArrayList();
    private final ObservableList<DnsProblem> dnsProblems = FXCollections.observableArrayList();

    /// Counts analyses, so progress of an earlier one is not shown for a later one.
    private int runs;

    /// The analysis running now, 0 when none is.
    private int active;

    /// @param logFolder where to look for the system's mail logs (`/var/log`)
    /// @param zone the zone that dates classic syslog lines by their file's modification time
    public LogsViewModel(WizardViewModel wizard, UiThreads threads, Path logFolder, ZoneId zone) {
        this(wizard, threads, logFolder, zone, LogAnalyzer::analyze);
    }

    /// As above, with the analysis itself given (tests stand in a slow one).
    LogsViewModel(
            WizardViewModel wizard,
            UiThreads threads,
            Path logFolder,
            ZoneId zone,
            Function<List<LogSource>, LogAnalysis> analyzer) {
        this.wizard = wizard;
        this.threads = threads;
        this.zone = zone;
        this.analyzer = analyzer;
        this.pending = new PendingWork(threads);
        this.files = new LogFileChoice(threads, logFolder);
    }

    public LogFileChoice files() {
        return files;
    }

    public LogTableFilter table() {
        return table;
    }

    /// True while an analysis runs.
    public ReadOnlyBooleanProperty busyProperty() {
        return pending.busyProperty();
    }

    /// From 0 to 1 while reading, or [#INDETERMINATE] when the size is unknown.
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /// `Read 1.2 MB of 4.0 MB` while reading.
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /// What happened last: analyzed, cancelled.
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /// Why the analysis could not run (`FILE: /x does not exist`); empty when it could.
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /// Why a fix link could not open its step; empty after one did.
    public ReadOnlyStringProperty fixMessageProperty() {
        return fixMessage.getReadOnlyProperty();
    }

    /// The latest analysis; `null` before the first.
    public ReadOnlyObjectProperty<LogReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /// Lines, kinds and period of the latest analysis, in a sentence or two.
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// Files that stopped early (a truncated `.gz`), one per line; empty when none did.
    public ReadOnlyStringProperty fileWarningsProperty() {
        return fileWarnings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusTimeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /// Delivered, deferred, bounced, expired.
    public ObservableList<SummaryTile> tiles() {
        return tiles;
    }

    /// The [#TOP] busiest recipient domains.
    public ObservableList<DomainStats> topDomains() {
        return topDomains;
    }

    /// The [#TOP] most frequent deferral and bounce reasons.
    public ObservableList<ReasonCount> topReasons() {
        return topReasons;
    }

    /// Rejections caused by the user's own setup, most attempts first.
    public ObservableList<SetupFinding> findings() {
        return findings;
    }

    /// Recipient domains that failed DNS, with likely typos.
    public ObservableList<DnsProblem> dnsProblems() {
        return dnsProblems;
    }

    /// The user opened the page.
    public void entered() {
        files.lookForSuggestion();
    }

    /// The user left the page: an analysis still running stops.
    public void left() {
        cancel();
        files.cancel();
    }

    /// Reads the chosen files in the background; the previous results stay until it is done.
    public void analyze() {
        if (pending.busyProperty().get()) {
            return;
        }
        error.set("");
        fixMessage.set("");
        if (files.files().isEmpty()) {
            error.set(
                    "No log files: add mail.log, and its rotations (mail.log.1, mail.log.2.gz,"
                            + " ...) for a longer view.");
            return;
        }
        var chosen = List.copyOf(files.files());
        long total = files.totalBytes();
        int run = ++runs;
        active = run;
        progress.set(total > 0 ? 0 : INDETERMINATE);
        progressText.set("Reading " + SummaryTile.count(chosen.size(), "file"));
        status.set("");
        var reader =
                new ReadProgress(total, threads.fxThread(), read -> progressed(run, read, total));
        pending.track(
                InterruptibleTask.start(threads.background(), () -> read(chosen, reader)),
                this::show,
                this::failed);
    }

    /// Stops the running analysis; the previous results stay.
    public void cancel() {
        if (pending.busyProperty().get()) {
            active = 0;
            pending.cancelAll();
            progressText.set("");
            status.set(cancelled());
        }
    }

    private String cancelled() {
        return report.get() == null
                ? "Analysis cancelled."
                : "Analysis cancelled; the results below are from the analysis before.";
    }

    /// Opens the wizard step that fixes `fix`, or says why it cannot be opened yet.
    public void fix(FixStep fix) {
        var step = WizardStep.fixing(fix);
        if (wizard.goTo(step)) {
            fixMessage.set("");
            return;
        }
        fixMessage.set(
                "The "
                        + step.title()
                        + " step works on a setup plan, and there is none yet. Make one in"
                        + " the "
                        + WizardStep.DOMAIN.title()
                        + " step (or open a project with File > Open), then fix it there.");
    }

    /// Opens the Domain step, where a plan is made.
    public void startPlan() {
        wizard.goTo(WizardStep.DOMAIN);
    }

    private LogReport read(List<LogFile> chosen, ReadProgress reader) {
        var sources = chosen.stream().map(f -> reader.track(LogSource.of(f.path(), zone))).toList();
        var analysis = analyzer.apply(sources);
        return new LogReport(analysis, SetupDiagnosis.of(analysis));
    }

    private void progressed(int run, long read, long total) {
        if (run == active && total > 0) {
            progress.set(Math.min(1.0, (double) read / total));
            progressText.set("Read " + ByteSize.text(read) + " of " + ByteSize.text(total));
        }
    }

    private void show(LogReport found) {
        active = 0;
        var analysis = found.analysis();
        report.set(found);
        tiles.setAll(SummaryTile.of(analysis.statuses()));
        timeline.set(StatusTimeline.of(analysis));
        topDomains.setAll(analysis.topDomains(TOP));
        topReasons.setAll(analysis.topReasons(TOP));
        findings.setAll(found.findings());
        dnsProblems.setAll(analysis.dnsProblems());
        table.show(analysis);
        summary.set(AnalysisSummary.of(analysis));
        fileWarnings.set(
                String.join(
                        "\n",
                        analysis.files().stream()
                                .filter(f -> f.problem().isPresent())
                                .map(f -> f.name() + ": " + f.problem().get())
                                .toList()));
        progressText.set("");
        status.set("Analyzed " + SummaryTile.count(analysis.files().size(), "file") + ".");
    }

    private void failed(Throwable failure) {
        active = 0;
        progressText.set("");
        switch (failure) {
            case InvalidInput bad -> error.set(bad.getMessage());
            case CancellationException stopped -> status.set(cancelled());
            case UncheckedIOException io ->
                    error.set("Could not read the logs: " + io.getCause().getMessage());
            default -> {
                LOG.log(System.Logger.Level.ERROR, "log analysis failed", failure);
                error.set("The analysis failed: " + failure);
            }
        }
    }
}
