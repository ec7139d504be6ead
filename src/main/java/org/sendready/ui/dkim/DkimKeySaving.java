package org.sendready.ui.dkim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sendready.dkim.DkimKeyFiles;
import org.sendready.dkim.DkimPrivateKey;
import org.sendready.dkim.DkimSelector;
import org.sendready.dkim.PemKeyReader;
import org.sendready.dkim.PrivateKeyEncoding;
import org.sendready.dkim.PrivateKeyFile;
import org.sendready.input.InvalidInput;
import org.sendready.plan.DkimKeyRef;
import org.sendready.storage.WriteMode;
import org.sendready.ui.common.FileDialogs;
import org.sendready.ui.common.PendingWork;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.ProjectState;

/// Reading and writing private key files for [DkimViewModel], off the FX thread: save (never
/// replacing a file without asking), and import.
final class DkimKeySaving {

    /// PKCS#8 (`BEGIN PRIVATE KEY`): what `openssl genpkey` writes, what OpenDKIM (through
    /// OpenSSL) and rspamd read, and the only PEM form of an Ed25519 key.
    static final PrivateKeyEncoding ENCODING = PrivateKeyEncoding.PKCS8;

    static final List<FileDialogs.Filter> KEY_FILES =
            List.of(
                    FileDialogs.Filter.of("PEM private keys", "*.private", "*.pem", "*.key"),
                    FileDialogs.Filter.of("All files", "*"));

    private static final Set<PosixFilePermission> READ_BY_OTHERS =
            Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    /// A key read from a file.
    ///
    /// @param othersCanRead whether users other than the owner may read the file
    record Imported(DkimPrivateKey key, Path path, boolean othersCanRead) {}

    private final ProjectState project;
    private final FileDialogs files;
    private final UnsavedKeys unsaved;
    private final ReadOnlyObjectWrapper<PageMessage> message;
    private final PendingWork work;
    private final ReadOnlyObjectWrapper<ReplaceRequest> replaceRequest =
            new ReadOnlyObjectWrapper<>();

    DkimKeySaving(
            ProjectState project,
            UiThreads threads,
            FileDialogs files,
            UnsavedKeys unsaved,
            ReadOnlyObjectWrapper<PageMessage> message) {
        this.project = project;
        this.files = files;
        this.unsaved = unsaved;
        this.message = message;
        this.work = new PendingWork(threads);
    }

    ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    ReadOnlyObjectProperty<ReplaceRequest> replaceRequestProperty() {
        return replaceRequest.getReadOnlyProperty();
    }

    void cancelAll() {
        work.cancelAll();
    }

    void save(DkimSelector selector) {
        var key = unsaved.get(selector);
        if (key.isEmpty() || work.busyProperty().get()) {
            return;
        }
        replaceRequest.set(null);
        files.save(
                        "Save the private key of " + selector,
                        selector.ascii() + DkimKeyFiles.PRIVATE_KEY_SUFFIX,
                        KEY_FILES)
                .ifPresent(path -> write(selector, key.get(), path, WriteMode.CREATE_NEW));
    }

    void confirmReplace() {
        var request = replaceRequest.get();
        if (request == null) {
            return;
        }
        replaceRequest.set(null);
        unsaved.get(request.selector())
                .ifPresent(
                        key -> write(request.selector(), key, request.path(), WriteMode.OVERWRITE));
    }

    void keepExisting() {
        var request = replaceRequest.get();
        if (request == null) {
            return;
        }
        replaceRequest.set(null);
        message.set(
                PageMessage.info(
                        request.path()
                                + " was left as it was. The key of "
                                + request.selector()
                                + " is still in memory: save it to another file."));
    }

    /// Writes the key; with [WriteMode#CREATE_NEW] an existing file turns into a
    /// [ReplaceRequest] instead.
    private void write(DkimSelector selector, DkimPrivateKey key, Path path, WriteMode mode) {
        message.set(null);
        work.run(
                () -> {
                    if (mode == WriteMode.CREATE_NEW
                            && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                        return false;
                    }
                    PrivateKeyFile.write(path, key, ENCODING, mode);
                    return true;
                },
                written -> {
                    if (written) {
                        saved(selector, path);
                    } else {
                        replaceRequest.set(new ReplaceRequest(selector, path));
                    }
                },
                failure ->
                        message.set(
                                PageMessage.error(
                                        describe(failure)
                                                + ". The key of "
                                                + selector
                                                + " is still in memory: save it to another"
                                                + " file.")));
    }

    private void saved(DkimSelector selector, Path path) {
        unsaved.remove(selector);
        project.edit(
                plan ->
                        plan.withDkimKeys(
                                plan.dkimKeys().stream()
                                        .map(
                                                k ->
                                                        k.selector().equals(selector)
                                                                ? new DkimKeyRef(
                                                                        selector,
                                                                        Optional.of(path),
                                                                        k.record())
                                                                : k)
                                        .toList()));
        message.set(
                PageMessage.success(
                        "Saved the private key of "
                                + selector
                                + " to "
                                + path
                                + ", readable only by you (mode 0600). Copy it to the mail"
                                + " server, readable only by the signing filter."));
    }

    void importKey(Consumer<Imported> onImported) {
        if (work.busyProperty().get()) {
            return;
        }
        files.open("Import a DKIM private key", KEY_FILES)
                .ifPresent(
                        path -> {
                            message.set(null);
                            work.run(
                                    () ->
                                            new Imported(
                                                    PemKeyReader.read(path),
                                                    path,
                                                    othersCanRead(path)),
                                    onImported,
                                    failure ->
                                            message.set(
                                                    PageMessage.error(
                                                            describe(failure)
                                                                    + ". Nothing was imported.")));
                        });
    }

    private static boolean othersCanRead(Path path) {
        var view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return false;
        }
        try {
            return view.readAttributes().permissions().stream().anyMatch(READ_BY_OTHERS::contains);
        } catch (IOException e) {
            return false;
        }
    }

    /// The failure as one sentence without a final period: an [InvalidInput]'s `field: reason`.
    private static String describe(Throwable failure) {
        return switch (failure) {
            case InvalidInput invalid -> invalid.getMessage();
            case CancellationException cancelled -> "Cancelled";
            default -> "Unexpected failure: " + failure;
        };
    }
}
