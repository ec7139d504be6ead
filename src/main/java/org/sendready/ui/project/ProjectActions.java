package org.sendready.ui.project;

import java.lang.System.Logger.Level;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sendready.input.InvalidInput;
import org.sendready.plan.ProjectFile;
import org.sendready.plan.SetupPlan;
import org.sendready.storage.WriteMode;
import org.sendready.ui.common.FileDialogs;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.ProjectState;
import org.sendready.ui.wizard.WizardContext;
import org.sendready.ui.wizard.WizardStep;
import org.sendready.ui.wizard.WizardViewModel;

/// New, Open, Save, Save As, the recent list, restoring autosaved work and the question on
/// close: project handling for the File menu and the Welcome page, without any controls.
///
/// Every action returns a future that completes on the FX thread with `true` when it was
/// carried out and `false` when the user cancelled or it failed (the user was told why).
/// Disk work runs in the background; the project is only changed once the disk work
/// succeeded, so a failed open leaves the current project exactly as it was.
public final class ProjectActions {
    private static final System.Logger LOG = System.getLogger(ProjectActions.class.getName());

    /// The file-type filter of the open and save dialogs.
    public static final List<FileDialogs.Filter> PROJECT_FILTERS =
            List.of(FileDialogs.Filter.of("sendready project", "*" + ProjectFile.EXTENSION));

    private final WizardViewModel model;
    private final ProjectState project;
    private final UiThreads threads;
    private final FileDialogs files;
    private final ProjectPrompts prompts;
    private final RecentFiles recent;
    private final Autosave autosave;

    public ProjectActions(
            WizardContext context, ProjectPrompts prompts, RecentFiles recent, Autosave autosave) {
        this.model = context.model();
        this.project = model.project();
        this.threads = context.threads();
        this.files = context.files();
        this.prompts = prompts;
        this.recent = recent;
        this.autosave = autosave;
    }

    public RecentFiles recent() {
        return recent;
    }

    public Autosave autosave() {
        return autosave;
    }

    /// Starts an empty project on the Domain step, once unsaved changes are dealt with.
    public CompletableFuture<Boolean> newProject() {
        return unsavedDealtWith()
                .thenApply(
                        go -> {
                            if (go) {
                                project.clear();
                                model.goTo(WizardStep.DOMAIN);
                            }
                            return go;
                        });
    }

    /// Asks for a project file and opens it.
    public CompletableFuture<Boolean> open() {
        return unsavedDealtWith()
                .thenCompose(
                        go ->
                                go
                                        ? files.open("Open project", PROJECT_FILTERS)
                                                .map(this::load)
                                                .orElse(done(false))
                                        : done(false));
    }

    /// Opens `file` (from the recent list or the command line).
    public CompletableFuture<Boolean> open(Path file) {
        return unsavedDealtWith().thenCompose(go -> go ? load(file) : done(false));
    }

    /// Saves to the project's file, or asks for one when it has none yet.
    public CompletableFuture<Boolean> save() {
        var file = project.fileProperty().get();
        return file == null ? saveAs() : write(file, WriteMode.OVERWRITE);
    }

    /// Asks for a file and saves the project to it. Replacing an existing file needs the
    /// dialog's own confirmation; a name the dialog did not see (the extension added here)
    /// never replaces a file.
    public CompletableFuture<Boolean> saveAs() {
        var plan = project.plan();
        if (plan.isEmpty()) {
            return done(false);
        }
        var chosen = files.save("Save project", suggestedName(plan.get()), PROJECT_FILTERS);
        if (chosen.isEmpty()) {
            return done(false);
        }
        var file = chosen.get();
        var name = file.getFileName().toString();
        if (name.endsWith(ProjectFile.EXTENSION)) {
            return write(file, WriteMode.OVERWRITE);
        }
        var stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return write(file.resolveSibling(stem + ProjectFile.EXTENSION), WriteMode.CREATE_NEW);
    }

    /// Restores the unsaved work an earlier run left behind, once the current project's
    /// unsaved changes are dealt with. The restored work belongs to its project file, if it
    /// had one, and is unsaved.
    public CompletableFuture<Boolean> restoreUnsavedWork() {
        var found = autosave.restorableProperty().get();
        if (found == null) {
            return done(false);
        }
        return unsavedDealtWith()
                .thenApply(
                        go -> {
                            if (go) {
                                project.clear();
                                project.fileProperty().set(found.projectFile().orElse(null));
                                project.set(found.plan());
                                autosave.forget(found);
                                model.goTo(WizardStep.REVIEW);
                            }
                            return go;
                        });
    }

    /// Deletes the unsaved work an earlier run left behind.
    public void discardUnsavedWork() {
        var found = autosave.restorableProperty().get();
        if (found != null) {
            autosave.forget(found);
        }
    }

    /// Whether the window may close: asks Save / Don't save / Cancel when there are unsaved
    /// changes. Not saving deletes the autosave before the future completes.
    public CompletableFuture<Boolean> mayClose() {
        if (!hasUnsavedChanges()) {
            return done(true);
        }
        return switch (prompts.askToSave(projectName())) {
            case SAVE -> save();
            case DISCARD -> autosave.discard().thenApplyAsync(gone -> true, threads.fxThread());
            case CANCEL -> done(false);
        };
    }

    /// The project's name as dialogs and the title show it.
    public String projectName() {
        var file = project.fileProperty().get();
        if (file != null && file.getFileName() != null) {
            return file.getFileName().toString();
        }
        return project.plan().map(p -> p.domain().unicode()).orElse("the new project");
    }

    private boolean hasUnsavedChanges() {
        return project.dirtyProperty().get() && project.plan().isPresent();
    }

    private CompletableFuture<Boolean> unsavedDealtWith() {
        if (!hasUnsavedChanges()) {
            return done(true);
        }
        return switch (prompts.askToSave(projectName())) {
            case SAVE -> save();
            case DISCARD -> done(true);
            case CANCEL -> done(false);
        };
    }

    private CompletableFuture<Boolean> load(Path file) {
        return CompletableFuture.supplyAsync(() -> ProjectFile.load(file), threads.background())
                .handleAsync(
                        (plan, failure) -> {
                            if (failure != null) {
                                var cause = unwrap(failure);
                                if (cause instanceof InvalidInput e
                                        && e.getCause() instanceof NoSuchFileException) {
                                    recent.remove(file);
                                }
                                report("Could not open " + nameOf(file), cause);
                                return false;
                            }
                            project.loaded(plan, file.toAbsolutePath().normalize());
                            recent.add(file);
                            model.goTo(WizardStep.REVIEW);
                            return true;
                        },
                        threads.fxThread());
    }

    private CompletableFuture<Boolean> write(Path file, WriteMode mode) {
        var plan = project.plan().orElse(null);
        if (plan == null) {
            return done(false);
        }
        var target = file.toAbsolutePath().normalize();
        return CompletableFuture.runAsync(
                        () -> ProjectFile.save(target, plan, mode), threads.background())
                .handleAsync(
                        (ok, failure) -> {
                            if (failure != null) {
                                report("Could not save " + nameOf(target), unwrap(failure));
                                return false;
                            }
                            if (Objects.equals(project.plan().orElse(null), plan)) {
                                project.saved(target);
                            } else {
                                // Changed while it was written: saved, but not all of it.
                                project.fileProperty().set(target);
                            }
                            recent.add(target);
                            return true;
                        },
                        threads.fxThread());
    }

    /// `example.com.sendready.json` for a plan of example.com.
    static String suggestedName(SetupPlan plan) {
        return plan.domain().ascii() + ProjectFile.EXTENSION;
    }

    private void report(String heading, Throwable failure) {
        if (failure instanceof InvalidInput e) {
            prompts.showError(heading, e.getMessage());
            return;
        }
        LOG.log(Level.ERROR, heading, failure);
        prompts.showError(
                heading, "sendready hit an internal error (" + failure + "); see the log.");
    }

    private static String nameOf(Path file) {
        return Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(file.toString());
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
    }

    private static CompletableFuture<Boolean> done(boolean value) {
        return CompletableFuture.completedFuture(value);
    }
}
