package org.sendready.ui.logs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sendready.input.InvalidInput;
import org.sendready.ui.common.PendingWork;
import org.sendready.ui.common.UiThreads;

/// The log files to analyze, oldest first, and the system's mail logs as a suggestion.
///
/// Files are looked up on disk in the background when they are added: their size is what
/// progress counts towards, and their modification time orders them, so rotated files are
/// read oldest first whatever order the dialog returned them in.
public final class LogFileChoice {
    /// Debian's and Ubuntu's `mail.log`, Red Hat's `maillog`, and their rotations by logrotate
    /// (`mail.log.1`, `mail.log.2.gz`, `maillog-20261122`, `maillog-20261122.gz`).
    static final Pattern MAIL_LOG = Pattern.compile("(mail\\.log|maillog)([.-]\\d+)?(\\.gz)?");

    private static final System.Logger LOG = System.getLogger(LogFileChoice.class.getName());

    private final Path logFolder;
    private final PendingWork work;
    private final ObservableList<LogFile> files = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<Path>> suggestion =
            new ReadOnlyObjectWrapper<>(List.of());
    private List<Path> mailLogs = List.of();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /// @param logFolder where the system writes its mail log (`/var/log`)
    public LogFileChoice(UiThreads threads, Path logFolder) {
        this.logFolder = logFolder;
        this.work = new PendingWork(threads);
    }

    /// The chosen files, oldest first.
    public ObservableList<LogFile> files() {
        return files;
    }

    /// The mail logs found in the log folder, oldest first; empty when there are none or all
    /// of them are chosen.
    public ReadOnlyObjectProperty<List<Path>> suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    /// Why a file could not be added (`FILE: /x does not exist`); empty when all could.
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /// Their sizes together: the bytes an analysis reads.
    long totalBytes() {
        return files.stream().mapToLong(LogFile::bytes).sum();
    }

    /// Adds `paths` once each. Files that cannot be read are named in [#errorProperty()]; the
    /// others are added.
    public void add(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        work.run(() -> lookUp(paths), this::added, this::failed);
    }

    /// Adds the suggested mail logs.
    public void useSuggestion() {
        add(suggestion.get());
    }

    public void remove(LogFile file) {
        files.remove(file);
        offerSuggestion();
    }

    /// Looks for the system's mail logs in the background.
    public void lookForSuggestion() {
        work.run(
                this::findMailLogs,
                found -> {
                    mailLogs = found;
                    offerSuggestion();
                },
                failure ->
                        LOG.log(
                                System.Logger.Level.INFO,
                                "no mail log suggestion from " + logFolder + ": " + failure));
    }

    /// Forgets pending lookups.
    void cancel() {
        work.cancelAll();
    }

    private record Lookup(List<LogFile> found, List<String> problems) {}

    private static Lookup lookUp(List<Path> paths) {
        var found = new ArrayList<LogFile>();
        var problems = new ArrayList<String>();
        for (var path : paths) {
            try {
                found.add(LogFile.at(path));
            } catch (InvalidInput e) {
                problems.add(e.getMessage());
            }
        }
        return new Lookup(found, problems);
    }

    private void added(Lookup lookup) {
        var byPath = new LinkedHashMap<Path, LogFile>();
        files.forEach(f -> byPath.put(f.path(), f));
        lookup.found().forEach(f -> byPath.put(f.path(), f));
        var sorted = new ArrayList<>(byPath.values());
        sorted.sort(LogFile.OLDEST_FIRST);
        files.setAll(sorted);
        error.set(String.join("\n", lookup.problems()));
        offerSuggestion();
    }

    private void failed(Throwable failure) {
        error.set("Could not look at the files: " + failure.getMessage());
    }

    /// The mail logs in the log folder, oldest first. Unreadable ones are listed too: adding
    /// them says why they cannot be read, which is the help the user needs.
    private List<Path> findMailLogs() {
        if (!Files.isDirectory(logFolder)) {
            return List.of();
        }
        try (var entries = Files.list(logFolder)) {
            var found = new ArrayList<LogFile>();
            for (var path : entries.toList()) {
                if (MAIL_LOG.matcher(path.getFileName().toString()).matches()
                        && Files.isRegularFile(path)) {
                    found.add(new LogFile(path, 0, Files.getLastModifiedTime(path).toInstant()));
                }
            }
            return found.stream().sorted(LogFile.OLDEST_FIRST).map(LogFile::path).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Offers the mail logs unless every one of them is chosen already.
    private void offerSuggestion() {
        var chosen = files.stream().map(LogFile::path).toList();
        suggestion.set(chosen.containsAll(mailLogs) ? List.of() : mailLogs);
    }
}
