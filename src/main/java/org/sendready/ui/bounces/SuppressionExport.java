package org.sendready.ui.bounces;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sendready.bounce.BounceReport;
import org.sendready.bounce.BounceReportJson;
import org.sendready.bounce.SuppressionCsvWriter;
import org.sendready.input.InvalidInput;
import org.sendready.storage.AtomicFile;
import org.sendready.storage.WriteMode;
import org.sendready.ui.common.FileDialogs;
import org.sendready.ui.common.FileDialogs.Filter;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.ProjectState;

/// Saves the last report's suppression list as CSV (what `sendready bounce process --csv`
/// writes) or the whole report as JSON (what `--json` prints, suppression list included).
/// The file is written atomically and owner-only: the addresses are personal data. The save
/// dialog asks before replacing an existing file; nothing is replaced without that.
public final class SuppressionExport {
    private static final System.Logger LOG = System.getLogger(SuppressionExport.class.getName());

    /// The two formats.
    public enum Format {
        CSV("suppression list (CSV)", "suppressions.csv", "*.csv"),
        JSON("bounce report (JSON)", "bounces.json", "*.json");

        private final String label;
        private final String fileName;
        private final String pattern;

        Format(String label, String fileName, String pattern) {
            this.label = label;
            this.fileName = fileName;
            this.pattern = pattern;
        }

        String render(BounceReport report) {
            return switch (this) {
                case CSV -> SuppressionCsvWriter.write(report.suppressions());
                case JSON -> BounceReportJson.write(report) + "\n";
            };
        }
    }

    private final ProjectState project;
    private final FileDialogs files;
    private final UiThreads threads;
    private final ReadOnlyObjectProperty<BounceReport> report;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding possible;

    SuppressionExport(
            ProjectState project,
            FileDialogs files,
            UiThreads threads,
            ReadOnlyObjectProperty<BounceReport> report) {
        this.project = project;
        this.files = files;
        this.threads = threads;
        this.report = report;
        this.possible = report.isNotNull().and(saving.not());
        report.addListener((obs, old, now) -> report("", false));
    }

    /// True when there is a report and no save is running.
    public BooleanBinding possibleProperty() {
        return possible;
    }

    /// Where the last export went, or why it failed.
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /// Asks where to save `format` and writes it; completes with whether it was written.
    public CompletableFuture<Boolean> save(Format format) {
        var current = report.get();
        if (current == null || saving.get()) {
            return CompletableFuture.completedFuture(false);
        }
        var suggested =
                project.plan().map(p -> p.domain().ascii() + "-").orElse("") + format.fileName;
        var chosen =
                files.save(
                        "Save the " + format.label,
                        suggested,
                        List.of(
                                Filter.of(format.label, format.pattern),
                                Filter.of("All files", "*")));
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        Path target = chosen.get().toAbsolutePath();
        var content = format.render(current);
        saving.set(true);
        return CompletableFuture.runAsync(
                        () ->
                                AtomicFile.write(
                                        target,
                                        content.getBytes(StandardCharsets.UTF_8),
                                        AtomicFile.OWNER_ONLY,
                                        WriteMode.OVERWRITE),
                        threads.background())
                .handleAsync(outcome(target, format, current), threads.fxThread());
    }

    private BiFunction<Void, Throwable, Boolean> outcome(
            Path target, Format format, BounceReport saved) {
        return (ok, failure) -> {
            saving.set(false);
            if (failure == null) {
                int count = saved.suppressions().size();
                report(
                        "Saved the "
                                + format.label
                                + " ("
                                + count
                                + (count == 1 ? " address" : " addresses")
                                + ") to "
                                + target
                                + ", readable by you only.",
                        false);
                return true;
            }
            var cause =
                    failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause()
                            : failure;
            if (cause instanceof InvalidInput e) {
                report("Not saved: " + e.getMessage(), true);
            } else {
                LOG.log(Level.ERROR, "saving " + target + " failed", cause);
                report("Not saved: sendready hit an internal error (" + cause + ").", true);
            }
            return false;
        };
    }

    private void report(String message, boolean failure) {
        status.set(message);
        failed.set(failure);
    }
}
