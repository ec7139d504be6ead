package org.sendready.ui.blocklists;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sendready.dnsbl.Blocklist;
import org.sendready.dnsbl.BlocklistCatalogue;
import org.sendready.dnsbl.BlocklistFile;
import org.sendready.input.InvalidInput;
import org.sendready.storage.AtomicFile;
import org.sendready.storage.WriteMode;
import org.sendready.ui.common.FileDialogs;
import org.sendready.ui.common.PendingWork;

/// Which lists the Blocklists page asks: the built-in catalogue or a lists file, each list
/// with a tick, and the ticked ones saved as a lists file for `sendready dnsbl --lists-file`.
public final class BlocklistSetViewModel {
    private static final System.Logger LOG =
            System.getLogger(BlocklistSetViewModel.class.getName());

    /// The name the save dialog suggests.
    static final String SUGGESTED_NAME = "blocklists.json";

    static final List<FileDialogs.Filter> LISTS_FILES =
            List.of(FileDialogs.Filter.of("Blocklists file (JSON)", "*.json"));

    private final FileDialogs files;
    private final PendingWork disk;
    private final ObjectProperty<BlocklistsMessage> message;
    private final ObservableList<BlocklistChoice> lists = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper sourcePath = new ReadOnlyStringWrapper("");

    /// Reads and writes files through `disk`; tells the user what happened in `message`.
    BlocklistSetViewModel(
            FileDialogs files, PendingWork disk, ObjectProperty<BlocklistsMessage> message) {
        this.files = files;
        this.disk = disk;
        this.message = message;
        useBuiltIn();
    }

    /// The list set, each with its tick.
    public ObservableList<BlocklistChoice> lists() {
        return lists;
    }

    /// Where the list set came from: `the built-in lists` or the lists file's name.
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /// The loaded lists file's full path; empty for the built-in lists.
    public ReadOnlyStringProperty sourcePathProperty() {
        return sourcePath.getReadOnlyProperty();
    }

    /// The built-in catalogue, every list ticked.
    public void useBuiltIn() {
        set(BlocklistCatalogue.standard());
        source.set("the built-in lists");
        sourcePath.set("");
    }

    /// Asks for a lists file and reads it in the background; its lists replace the set. The
    /// future completes when the reading did, whatever came of it.
    public CompletableFuture<?> load() {
        var chosen = files.open("Load a blocklists file", LISTS_FILES);
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        var path = chosen.get().toAbsolutePath();
        message.set(null);
        return disk.run(
                        () -> BlocklistFile.read(path),
                        loaded -> {
                            set(loaded);
                            source.set(path.getFileName().toString());
                            sourcePath.set(path.toString());
                            message.set(
                                    BlocklistsMessage.info(
                                            "Loaded "
                                                    + count(loaded.size())
                                                    + " from "
                                                    + path
                                                    + "."));
                        },
                        failure ->
                                message.set(BlocklistsMessage.error("Not loaded: " + why(failure))))
                .handle((done, failure) -> done);
    }

    /// Writes the ticked lists to a file the user picks, atomically, in the format `sendready
    /// dnsbl --lists-file` reads. The save dialog asks before replacing an existing file;
    /// nothing is replaced without that. The future completes when the writing did, whatever
    /// came of it.
    public CompletableFuture<?> save() {
        var chosen = selected();
        if (chosen.isEmpty()) {
            message.set(
                    BlocklistsMessage.error(
                            "Not saved: no list is ticked; tick the lists to put in the file."));
            return CompletableFuture.completedFuture(null);
        }
        var picked = files.save("Save the blocklists file", SUGGESTED_NAME, LISTS_FILES);
        if (picked.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        var path = picked.get().toAbsolutePath();
        var text = BlocklistFile.write(chosen);
        message.set(null);
        return disk.run(
                        () -> {
                            AtomicFile.write(
                                    path,
                                    text.getBytes(StandardCharsets.UTF_8),
                                    AtomicFile.WORLD_READABLE,
                                    WriteMode.OVERWRITE);
                            return path;
                        },
                        saved ->
                                message.set(
                                        BlocklistsMessage.info(
                                                "Saved "
                                                        + count(chosen.size())
                                                        + " to "
                                                        + saved
                                                        + "; sendready dnsbl --lists-file reads it"
                                                        + " too.")),
                        failure ->
                                message.set(BlocklistsMessage.error("Not saved: " + why(failure))))
                .handle((done, failure) -> done);
    }

    /// The ticked lists, in the set's order.
    List<Blocklist> selected() {
        return lists.stream().filter(BlocklistChoice::selected).map(BlocklistChoice::list).toList();
    }

    private void set(List<Blocklist> set) {
        lists.setAll(set.stream().map(BlocklistChoice::new).toList());
    }

    private static String why(Throwable failure) {
        if (failure instanceof InvalidInput e) {
            return e.getMessage();
        }
        LOG.log(Level.ERROR, "reading or writing a blocklists file failed", failure);
        return "sendready hit an internal error (" + failure + ")";
    }

    private static String count(int n) {
        return n + (n == 1 ? " list" : " lists");
    }
}
