package org.sendready.ui.project;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sendready.ui.common.UiThreads;

/// The projects opened or saved most recently, newest first, kept in `recent-files.json` in
/// the settings folder. The list lives on the FX thread; the file is read and written in the
/// background.
public final class RecentFiles {
    /// How many files the list keeps: as many as a File menu shows without scrolling, and the
    /// number most desktop apps use.
    public static final int MAX = 10;

    static final String FILE_NAME = "recent-files.json";

    /// The format of `recent-files.json`: `{"version": 1, "files": ["/abs/path", ...]}`.
    static final int FORMAT_VERSION = 1;

    private final UiThreads threads;
    private final SettingsFile file;
    private final LatestValueWriter<List<Path>> writer;
    private final ObservableList<RecentFile> entries = FXCollections.observableArrayList();
    private final ObservableList<RecentFile> readOnly =
            FXCollections.unmodifiableObservableList(entries);
    private CompletableFuture<Void> loaded = CompletableFuture.completedFuture(null);

    public RecentFiles(Path settingsDir, UiThreads threads) {
        this.threads = threads;
        this.file = new SettingsFile(settingsDir.resolve(FILE_NAME));
        this.writer = new LatestValueWriter<>(threads.background(), this::write);
    }

    /// The list, newest first; greyed entries no longer exist.
    public ObservableList<RecentFile> entries() {
        return readOnly;
    }

    /// Reads the list and checks which files still exist, in the background. Files added or
    /// removed meanwhile are added or removed once it has been read, so nothing is lost.
    public CompletableFuture<Void> load() {
        loaded =
                CompletableFuture.supplyAsync(this::read, threads.background())
                        .thenAcceptAsync(entries::setAll, threads.fxThread());
        return loaded;
    }

    /// `project` was just opened or saved: it goes to the top.
    public void add(Path project) {
        var path = project.toAbsolutePath().normalize();
        afterLoad(
                () -> {
                    var updated = new ArrayList<RecentFile>();
                    updated.add(new RecentFile(path, true));
                    entries.stream().filter(e -> !e.path().equals(path)).forEach(updated::add);
                    replace(updated);
                });
    }

    /// Takes `project` off the list.
    public void remove(Path project) {
        var path = project.toAbsolutePath().normalize();
        afterLoad(() -> replace(entries.stream().filter(e -> !e.path().equals(path)).toList()));
    }

    /// Runs `change` on the FX thread once the list was read (now, if it was).
    private void afterLoad(Runnable change) {
        loaded.whenComplete((done, failure) -> change.run());
    }

    private void replace(List<RecentFile> updated) {
        entries.setAll(updated.subList(0, Math.min(MAX, updated.size())));
        writer.submit(entries.stream().map(RecentFile::path).toList());
    }

    private List<RecentFile> read() {
        var list = new ArrayList<RecentFile>();
        file.read()
                .ifPresent(
                        root -> {
                            for (var node : root.path("files")) {
                                if (!node.isTextual() || list.size() == MAX) {
                                    continue;
                                }
                                try {
                                    var path = Path.of(node.asText()).toAbsolutePath().normalize();
                                    if (list.stream().noneMatch(e -> e.path().equals(path))) {
                                        list.add(new RecentFile(path, Files.isRegularFile(path)));
                                    }
                                } catch (InvalidPathException e) {
                                    // A path from another system; it cannot be opened here.
                                }
                            }
                        });
        return list;
    }

    private void write(List<Path> paths) {
        var root = SettingsFile.json().createObjectNode();
        root.put("version", FORMAT_VERSION);
        var files = root.putArray("files");
        paths.forEach(p -> files.add(p.toString()));
        file.write(root);
    }
}
