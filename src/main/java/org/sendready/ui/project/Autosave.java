package org.sendready.ui.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sendready.input.InvalidInput;
import org.sendready.plan.ProjectFile;
import org.sendready.plan.SetupPlan;
import org.sendready.storage.WriteMode;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.ProjectState;

/// Keeps a copy of unsaved work in the settings folder, so a crash loses at most a second of
/// it. While the project has unsaved changes, every change is written (after a quiet period,
/// in the background) to `autosave/<session>.sendready.json`, with a note of when and for
/// which project file; saving, opening another project or closing without saving deletes it.
///
/// Each run of the app writes under its own session name, so the autosave a crashed run left
/// behind survives until the user restored or discarded it ([#restorableProperty()]).
public final class Autosave {
    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());

    /// How long the plan must stay unchanged before it is written: typing in a field does not
    /// write on every key, and a crash loses at most this much work.
    public static final Duration QUIET_PERIOD = Duration.ofSeconds(1);

    static final String FOLDER = "autosave";

    /// The note beside each autosaved project: `{"version": 1, "savedAt": ISO-8601 instant,
    /// "projectFile": path or null}`.
    static final String NOTE_SUFFIX = ".autosave.json";

    static final int NOTE_VERSION = 1;

    /// Unsaved work a previous run left behind.
    ///
    /// @param plan the plan as it was last written
    /// @param savedAt when it was written
    /// @param projectFile the project file the work belongs to; empty if never saved
    /// @param session the run that wrote it
    public record Restorable(
            SetupPlan plan, Instant savedAt, Optional<Path> projectFile, String session) {
        public Restorable {
            Objects.requireNonNull(plan);
            Objects.requireNonNull(savedAt);
            Objects.requireNonNull(projectFile);
            Objects.requireNonNull(session);
        }
    }

    private sealed interface Change {}

    private record Write(SetupPlan plan, Optional<Path> projectFile) implements Change {}

    private record Delete() implements Change {}

    private final ProjectState project;
    private final UiThreads threads;
    private final Path folder;
    private final Clock clock;
    private final Executor later;
    private final String session = UUID.randomUUID().toString();
    private final LatestValueWriter<Change> writer;
    private final ReadOnlyObjectWrapper<Restorable> restorable = new ReadOnlyObjectWrapper<>();
    private final Object lock = new Object();
    private long generation;
    private boolean stopped;

    /// Starts watching `project`; `quietPeriod` is [#QUIET_PERIOD] in the app, zero in tests.
    public Autosave(
            ProjectState project,
            UiThreads threads,
            Path settingsDir,
            Clock clock,
            Duration quietPeriod) {
        this.project = project;
        this.threads = threads;
        this.folder = settingsDir.resolve(FOLDER);
        this.clock = clock;
        this.later =
                quietPeriod.isZero()
                        ? threads.background()
                        : CompletableFuture.delayedExecutor(
                                quietPeriod.toMillis(),
                                TimeUnit.MILLISECONDS,
                                threads.background());
        this.writer = new LatestValueWriter<>(threads.background(), this::apply);
        project.planProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now != null && project.dirtyProperty().get()) {
                                changed();
                            }
                        });
        project.dirtyProperty()
                .addListener(
                        (obs, old, dirty) -> {
                            if (dirty) {
                                changed();
                            } else {
                                discard();
                            }
                        });
    }

    /// Unsaved work of an earlier run, found by [#lookForRestorable()]; `null` when none.
    public ReadOnlyObjectProperty<Restorable> restorableProperty() {
        return restorable.getReadOnlyProperty();
    }

    /// Looks for unsaved work earlier runs left behind, in the background; the newest becomes
    /// [#restorableProperty()].
    public CompletableFuture<Void> lookForRestorable() {
        return CompletableFuture.supplyAsync(this::newestLeftBehind, threads.background())
                .thenAcceptAsync(found -> restorable.set(found.orElse(null)), threads.fxThread());
    }

    /// Deletes `found` (restored or declined), then offers the next one, if any.
    public CompletableFuture<Void> forget(Restorable found) {
        if (found.equals(restorable.get())) {
            restorable.set(null);
        }
        return CompletableFuture.runAsync(() -> delete(found.session()), threads.background())
                .thenCompose(done -> lookForRestorable());
    }

    /// Deletes this run's autosave now (closing without saving); the future completes once it
    /// is gone.
    public CompletableFuture<Void> discard() {
        synchronized (lock) {
            generation++;
            return writer.submit(new Delete());
        }
    }

    /// Writes nothing more: the window is gone.
    public void stop() {
        synchronized (lock) {
            stopped = true;
            generation++;
        }
    }

    /// Where this run autosaves (the file exists only while there is unsaved work).
    public Path file() {
        return projectFile(session);
    }

    private void changed() {
        var plan = project.plan().orElse(null);
        if (plan == null) {
            return;
        }
        var write = new Write(plan, Optional.ofNullable(project.fileProperty().get()));
        long ticket;
        synchronized (lock) {
            if (stopped) {
                return;
            }
            ticket = ++generation;
        }
        later.execute(
                () -> {
                    synchronized (lock) {
                        if (ticket == generation && !stopped) {
                            writer.submit(write);
                        }
                    }
                });
    }

    private void apply(Change change) {
        switch (change) {
            case Write write -> write(write);
            case Delete delete -> delete(session);
        }
    }

    private void write(Write write) {
        try {
            Files.createDirectories(folder);
            ProjectFile.save(projectFile(session), write.plan(), WriteMode.OVERWRITE);
        } catch (InvalidInput e) {
            LOG.log(Level.WARNING, "autosave failed: " + e.getMessage(), e);
            return;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "autosave failed: cannot create " + folder, e);
            return;
        }
        var note = SettingsFile.json().createObjectNode();
        note.put("version", NOTE_VERSION);
        note.put("savedAt", clock.instant().toString());
        write.projectFile()
                .ifPresentOrElse(
                        p -> note.put("projectFile", p.toAbsolutePath().toString()),
                        () -> note.putNull("projectFile"));
        new SettingsFile(noteFile(session)).write(note);
    }

    private void delete(String which) {
        new SettingsFile(projectFile(which)).delete();
        new SettingsFile(noteFile(which)).delete();
    }

    private Optional<Restorable> newestLeftBehind() {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<Path> candidates;
        try (var files = Files.list(folder)) {
            candidates =
                    files.filter(f -> f.getFileName().toString().endsWith(ProjectFile.EXTENSION))
                            .filter(f -> !f.equals(projectFile(session)))
                            .toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list " + folder, e);
            return Optional.empty();
        }
        var found = new ArrayList<Restorable>();
        for (var candidate : candidates) {
            read(candidate).ifPresent(found::add);
        }
        return found.stream().max(Comparator.comparing(Restorable::savedAt));
    }

    private Optional<Restorable> read(Path candidate) {
        var name = candidate.getFileName().toString();
        var which = name.substring(0, name.length() - ProjectFile.EXTENSION.length());
        SetupPlan plan;
        try {
            plan = ProjectFile.load(candidate);
        } catch (InvalidInput e) {
            // Kept as it is: a newer sendready may be able to read it.
            LOG.log(Level.WARNING, "skipping autosave: " + e.getMessage());
            return Optional.empty();
        }
        var note = new SettingsFile(noteFile(which)).read();
        var savedAt =
                note.map(n -> n.path("savedAt").asText(""))
                        .flatMap(Autosave::instant)
                        .orElseGet(() -> modified(candidate));
        var projectFile =
                note.map(n -> n.path("projectFile"))
                        .filter(JsonNode::isTextual)
                        .flatMap(n -> path(n.asText()));
        return Optional.of(new Restorable(plan, savedAt, projectFile, which));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> path(String text) {
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read the time of " + file, e);
            return Instant.EPOCH;
        }
    }

    private Path projectFile(String which) {
        return folder.resolve(which + ProjectFile.EXTENSION);
    }

    private Path noteFile(String which) {
        return folder.resolve(which + NOTE_SUFFIX);
    }
}
