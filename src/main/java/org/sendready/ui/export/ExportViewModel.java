package org.sendready.ui.export;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.sendready.input.InvalidInput;
import org.sendready.plan.SetupPlan;
import org.sendready.storage.AtomicFile;
import org.sendready.storage.WriteMode;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.FileDialogs;
import org.sendready.ui.common.UiThreads;

/// The export dialog's state: the chosen format, its text for the preview, and copying or
/// saving that text. The text is exactly what the core exporters (and the command line)
/// produce for the plan.
public final class ExportViewModel {
    private static final System.Logger LOG = System.getLogger(ExportViewModel.class.getName());

    private final SetupPlan plan;
    private final Copier copier;
    private final FileDialogs files;
    private final UiThreads threads;
    private final List<ExportChoice> choices = ExportChoice.all();
    private final ObjectProperty<ExportChoice> choice = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding exportable;

    public ExportViewModel(SetupPlan plan, Copier copier, FileDialogs files, UiThreads threads) {
        this.plan = Objects.requireNonNull(plan);
        this.copier = copier;
        this.files = files;
        this.threads = threads;
        choice.addListener((obs, old, now) -> render(now));
        exportable = problem.isEmpty().and(text.isNotEmpty()).and(saving.not());
        choice.set(choices.getFirst());
    }

    public List<ExportChoice> choices() {
        return choices;
    }

    public ObjectProperty<ExportChoice> choiceProperty() {
        return choice;
    }

    /// The chosen export's text; empty when it cannot be made (see [#problemProperty()]).
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /// Why the chosen export cannot be made from this plan, naming what to change; empty when
    /// it can.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /// What the last copy or save did, or why it failed.
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /// True when [#statusProperty()] reports a failure.
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /// True when there is text to copy or save and no save is running.
    public BooleanBinding exportableProperty() {
        return exportable;
    }

    /// Puts the whole text on the clipboard.
    public void copyAll() {
        if (!exportable.get()) {
            return;
        }
        copier.copy(text.get());
        report("Copied the " + choice.get().label() + " (" + lines(text.get()) + ").", false);
    }

    /// Asks for a file and writes the text to it, atomically. The dialog itself asks before
    /// replacing an existing file; nothing is replaced without that.
    public CompletableFuture<Boolean> saveToFile() {
        if (!exportable.get()) {
            return CompletableFuture.completedFuture(false);
        }
        var current = choice.get();
        var content = text.get();
        var suggested = current.fileName(plan);
        var chosen = files.save("Save " + current.label(), suggested, filters(current, suggested));
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        Path target = chosen.get().toAbsolutePath();
        saving.set(true);
        return CompletableFuture.runAsync(
                        () ->
                                AtomicFile.write(
                                        target,
                                        content.getBytes(StandardCharsets.UTF_8),
                                        AtomicFile.WORLD_READABLE,
                                        WriteMode.OVERWRITE),
                        threads.background())
                .handleAsync(
                        (ok, failure) -> {
                            saving.set(false);
                            if (failure == null) {
                                report("Saved to " + target + ".", false);
                                return true;
                            }
                            var cause = unwrap(failure);
                            if (cause instanceof InvalidInput e) {
                                report("Not saved: " + e.getMessage(), true);
                            } else {
                                LOG.log(Level.ERROR, "saving " + target + " failed", cause);
                                report(
                                        "Not saved: sendready hit an internal error ("
                                                + cause
                                                + ").",
                                        true);
                            }
                            return false;
                        },
                        threads.fxThread());
    }

    private void render(ExportChoice now) {
        report("", false);
        if (now == null) {
            text.set("");
            problem.set("");
            return;
        }
        try {
            text.set(now.render(plan));
            problem.set("");
        } catch (InvalidInput e) {
            text.set("");
            problem.set(
                    "This export cannot be made from the plan yet: "
                            + e.getMessage()
                            + (e.field().equals("signing keys") ? " (DKIM step)." : ""));
        }
    }

    private void report(String message, boolean failure) {
        status.set(message);
        failed.set(failure);
    }

    private static List<FileDialogs.Filter> filters(ExportChoice choice, String suggested) {
        int dot = suggested.lastIndexOf('.');
        var extension = dot < 0 ? "" : suggested.substring(dot);
        return List.of(
                FileDialogs.Filter.of(choice.label(), "*" + extension),
                FileDialogs.Filter.of("All files", "*"));
    }

    private static String lines(String text) {
        long count = text.lines().count();
        return count + (count == 1 ? " line" : " lines");
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
    }
}
