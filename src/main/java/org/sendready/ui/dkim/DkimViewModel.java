package org.sendready.ui.dkim;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sendready.dkim.DkimAlgorithm;
import org.sendready.dkim.DkimKeyGenerator;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dkim.DkimKeySpec;
import org.sendready.dkim.DkimPrivateKey;
import org.sendready.dkim.DkimSelector;
import org.sendready.plan.DkimKeyRef;
import org.sendready.plan.DkimRotation;
import org.sendready.plan.SetupPlan;
import org.sendready.ui.common.FileDialogs;
import org.sendready.ui.common.PendingWork;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.ProjectState;

/// The DKIM step's state and actions: the plan's keys, a new key's type and selector,
/// generating one in the background, importing one, saving a private key, starting a key
/// rotation, and the signing filter's lines. The rotation itself is [#rotation()].
///
/// Private keys generated here stay in memory ([UnsavedKeys]) until saved; the plan only ever
/// holds the public key and the path of the saved file.
public final class DkimViewModel {

    /// The key types offered, in the order of the choice box: the RSA sizes, then Ed25519.
    public static final List<DkimKeySpec> KEY_SPECS =
            Stream.concat(
                            DkimKeySpec.RSA_SIZES.stream()
                                    .map(bits -> new DkimKeySpec(DkimAlgorithm.RSA, bits)),
                            Stream.of(DkimKeySpec.ed25519()))
                    .toList();

    private final ProjectState project;
    private final Clock clock;
    private final DkimKeyGenerator generator;
    private final PendingWork generation;
    private final DkimKeySaving saving;
    private final UnsavedKeys unsaved;
    private final RotationViewModel rotation;

    private final ObjectProperty<DkimKeySpec> spec =
            new SimpleObjectProperty<>(DkimKeySpec.rsaDefault());
    private final SelectorField selectorField;
    private final ReadOnlyStringWrapper generatingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PageMessage> message = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DkimKeyRow> keys = FXCollections.observableArrayList();
    private final ObservableList<DkimKeyRow> keysView =
            FXCollections.unmodifiableObservableList(keys);
    private final ReadOnlyObjectWrapper<MtaLines> mtaLines = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper signingWarning = new ReadOnlyStringWrapper("");

    /// `rotation` runs the rotation steps; it shares `project`.
    public DkimViewModel(
            ProjectState project,
            UiThreads threads,
            FileDialogs files,
            Clock clock,
            DkimKeyGenerator generator,
            RotationViewModel rotation) {
        this.project = project;
        this.clock = clock;
        this.generator = generator;
        this.generation = new PendingWork(threads);
        this.unsaved = new UnsavedKeys();
        this.saving = new DkimKeySaving(project, threads, files, unsaved, message);
        this.rotation = rotation;
        this.selectorField = new SelectorField(project, clock);
        project.planProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    // ---- properties -------------------------------------------------------------------------

    /// The type of the next key; RSA 2048 by default (RFC 8301 section 3.2).
    public ObjectProperty<DkimKeySpec> specProperty() {
        return spec;
    }

    /// The selector of the next key, as typed; a dated default such as `s202611`.
    public StringProperty selectorTextProperty() {
        return selectorField.textProperty();
    }

    /// Why the typed selector cannot be used (`selector: ...`), or empty.
    public ReadOnlyStringProperty selectorErrorProperty() {
        return selectorField.errorProperty();
    }

    /// Where the next key's record goes, e.g. `s202611._domainkey.example.com`; empty while the
    /// selector is not valid.
    public ReadOnlyStringProperty recordNameProperty() {
        return selectorField.recordNameProperty();
    }

    /// True while a key is being generated.
    public ReadOnlyBooleanProperty generatingProperty() {
        return generation.busyProperty();
    }

    /// What is being generated, e.g. "Generating an RSA 2048-bit key for s202611...".
    public ReadOnlyStringProperty generatingTextProperty() {
        return generatingText.getReadOnlyProperty();
    }

    /// True while a key file is read or written.
    public ReadOnlyBooleanProperty fileBusyProperty() {
        return saving.busyProperty();
    }

    /// The latest feedback, or `null`.
    public ReadOnlyObjectProperty<PageMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /// A save that found the file already there and waits for the user's answer, or `null`.
    public ReadOnlyObjectProperty<ReplaceRequest> replaceRequestProperty() {
        return saving.replaceRequestProperty();
    }

    /// The plan's keys, in plan order.
    public ObservableList<DkimKeyRow> keys() {
        return keysView;
    }

    /// The signing filter's lines for the keys that sign now, or `null` when none does.
    public ReadOnlyObjectProperty<MtaLines> mtaLinesProperty() {
        return mtaLines.getReadOnlyProperty();
    }

    /// Advice about the signing keys as a whole (only Ed25519, a weak RSA key), or empty.
    public ReadOnlyStringProperty signingWarningProperty() {
        return signingWarning.getReadOnlyProperty();
    }

    public RotationViewModel rotation() {
        return rotation;
    }

    // ---- actions ----------------------------------------------------------------------------

    /// Generates a key of [#specProperty()] for the typed selector, in the background; the key
    /// joins the plan when done. Does nothing while the selector is invalid.
    public void generate() {
        var selector = selectorField.valid();
        if (selector.isEmpty() || generation.busyProperty().get()) {
            return;
        }
        var keySpec = spec.get();
        generate(keySpec, selector.get(), key -> add(selector.get(), key, Optional.empty()));
    }

    /// Stops waiting for the key being generated; nothing is added.
    public void cancelGeneration() {
        if (generation.busyProperty().get()) {
            generation.cancelAll();
            message.set(PageMessage.info("Key generation cancelled; nothing was added."));
        }
    }

    /// Asks for a PEM private key file and adds its key under the typed selector; the plan
    /// refers to the file, and holds no copy of the key.
    public void importKey() {
        var selector = selectorField.valid();
        if (selector.isEmpty()) {
            message.set(
                    PageMessage.error(
                            "Choose a selector for the imported key first; "
                                    + selectorField.errorProperty().get()));
            return;
        }
        saving.importKey(imported -> imported(selector.get(), imported));
    }

    private void imported(DkimSelector selector, DkimKeySaving.Imported imported) {
        var existing =
                project.plan().stream()
                        .flatMap(p -> p.dkimKeys().stream())
                        .filter(k -> k.record().publishes(imported.key().publicKey()))
                        .findFirst();
        if (existing.isPresent()) {
            message.set(
                    PageMessage.error(
                            imported.path()
                                    + " holds the key of selector "
                                    + existing.get().selector()
                                    + ", which is already in the plan."));
            return;
        }
        add(selector, imported.key(), Optional.of(imported.path()));
        var readable =
                imported.othersCanRead()
                        ? " Other users can read that file: run 'chmod 600 "
                                + imported.path()
                                + "'."
                        : "";
        message.set(
                PageMessage.success(
                        "Imported "
                                + imported.path()
                                + " as "
                                + selector
                                + "; the project refers to that file and holds no copy of the"
                                + " key."
                                + readable));
    }

    /// Asks where to save the private key of `selector` and writes it there, owner-only; an
    /// existing file is never replaced without [#confirmReplace()].
    public void savePrivateKey(DkimSelector selector) {
        saving.save(selector);
    }

    /// Replaces the file of the pending [#replaceRequestProperty()].
    public void confirmReplace() {
        saving.confirmReplace();
    }

    /// Keeps the file of the pending [#replaceRequestProperty()]; the key stays in memory.
    public void keepExisting() {
        saving.keepExisting();
    }

    /// True when `row`'s key can be removed: it takes no part in a rotation.
    public boolean canRemove(DkimKeyRow row) {
        return project.plan()
                .flatMap(SetupPlan::dkimRotation)
                .map(
                        r ->
                                !r.retiring().equals(row.selector())
                                        && !r.incoming().equals(row.selector()))
                .orElse(true);
    }

    /// True when `row`'s key can be rotated: it signs, and no rotation is in progress.
    public boolean canRotate(DkimKeyRow row) {
        return row.role() == DkimKeyRow.Role.SIGNING
                && project.plan().flatMap(SetupPlan::dkimRotation).isEmpty();
    }

    /// Removes `selector`'s key from the plan (and from memory).
    public void remove(DkimSelector selector) {
        var plan = project.plan();
        if (plan.isEmpty()) {
            return;
        }
        var row = keys.stream().filter(k -> k.selector().equals(selector)).findFirst();
        if (row.isEmpty()) {
            return;
        }
        if (!canRemove(row.get())) {
            message.set(
                    PageMessage.error(
                            selector
                                    + " takes part in the key rotation; finish or cancel the"
                                    + " rotation first."));
            return;
        }
        unsaved.remove(selector);
        project.set(
                plan.get()
                        .withDkimKeys(
                                plan.get().dkimKeys().stream()
                                        .filter(k -> !k.selector().equals(selector))
                                        .toList()));
        message.set(
                PageMessage.info(
                        "Removed "
                                + selector
                                + " from the plan. If its record is published, delete it at"
                                + " your DNS provider once no mail signed with it is on its"
                                + " way."));
    }

    /// Starts a rotation of `retiring`: generates a key of the same type (RSA at least 2048
    /// bits) under a new dated selector, and adds it beside the old one, not signing yet.
    public void rotate(DkimSelector retiring) {
        var plan = project.plan();
        var row = keys.stream().filter(k -> k.selector().equals(retiring)).findFirst();
        if (plan.isEmpty() || row.isEmpty() || !canRotate(row.get())) {
            return;
        }
        var incoming = selectorField.next(plan.get());
        var keySpec = rotationSpec(row.get());
        generate(keySpec, incoming, key -> rotationStarted(retiring, incoming, key));
    }

    private void rotationStarted(DkimSelector retiring, DkimSelector incoming, DkimPrivateKey key) {
        var plan = project.plan().filter(p -> p.dkimRotation().isEmpty());
        if (plan.isEmpty()) {
            return;
        }
        var started = DkimRotation.start(retiring, incoming, clock.instant());
        unsaved.put(incoming, key);
        project.set(
                plan.get()
                        .withDkim(
                                withKey(plan.get(), incoming, key, Optional.empty()),
                                Optional.of(started)));
        message.set(
                PageMessage.success(
                        "Started the rotation of "
                                + retiring
                                + ": the new key "
                                + incoming
                                + " is ready. Save its private key and publish its record; "
                                + retiring
                                + " keeps signing until it is safe to switch."));
    }

    /// Cancels everything pending; the page calls it when the user leaves the step.
    public void cancelPending() {
        generation.cancelAll();
        saving.cancelAll();
        rotation.cancelPending();
    }

    // ---- internals --------------------------------------------------------------------------

    private void generate(
            DkimKeySpec keySpec, DkimSelector selector, Consumer<DkimPrivateKey> onKey) {
        message.set(null);
        generatingText.set(
                "Generating "
                        + (keySpec.algorithm() == DkimAlgorithm.RSA
                                ? "an RSA " + keySpec.bits() + "-bit key"
                                : "an Ed25519 key")
                        + " for "
                        + selector
                        + "...");
        generation.run(
                () -> generator.generate(keySpec),
                onKey,
                failure ->
                        message.set(
                                failure instanceof CancellationException
                                        ? PageMessage.info(
                                                "Key generation cancelled; nothing was added.")
                                        : PageMessage.error(
                                                "The key could not be generated: "
                                                        + failure.getMessage())));
    }

    /// RSA keys keep their size when it is offered and at least the default, else get the
    /// default: a rotation is the moment to leave a 1024-bit key behind (RFC 8301 section 3.2).
    private static DkimKeySpec rotationSpec(DkimKeyRow row) {
        return switch (row.algorithm()) {
            case ED25519 -> DkimKeySpec.ed25519();
            case RSA ->
                    DkimKeySpec.RSA_SIZES.contains(row.bits())
                                    && row.bits() >= DkimKeySpec.DEFAULT_RSA_BITS
                            ? new DkimKeySpec(DkimAlgorithm.RSA, row.bits())
                            : DkimKeySpec.rsaDefault();
        };
    }

    private void add(DkimSelector selector, DkimPrivateKey key, Optional<Path> file) {
        var plan = project.plan();
        if (plan.isEmpty()) {
            return;
        }
        if (plan.get().dkimKeys().stream().anyMatch(k -> k.selector().equals(selector))) {
            message.set(
                    PageMessage.error(
                            "selector: '" + selector + "' was added meanwhile; nothing changed."));
            return;
        }
        if (file.isEmpty()) {
            unsaved.put(selector, key);
        }
        project.set(plan.get().withDkimKeys(withKey(plan.get(), selector, key, file)));
        selectorField.suggestNext();
        if (file.isEmpty()) {
            message.set(
                    PageMessage.success(
                            "Added "
                                    + selector
                                    + ". Save its private key now: it exists only in memory"
                                    + " until then. Then publish its record."));
        }
    }

    private static List<DkimKeyRef> withKey(
            SetupPlan plan, DkimSelector selector, DkimPrivateKey key, Optional<Path> file) {
        var keys = new ArrayList<>(plan.dkimKeys());
        keys.add(new DkimKeyRef(selector, file, DkimKeyRecord.of(key.publicKey())));
        return keys;
    }

    private void refresh() {
        var plan = project.plan();
        unsaved.keepOnlyThoseIn(plan.orElse(null));
        keys.setAll(
                plan.map(
                                p ->
                                        p.dkimKeys().stream()
                                                .map(
                                                        k ->
                                                                DkimKeyRow.of(
                                                                        p,
                                                                        k,
                                                                        unsaved.holds(
                                                                                k.selector())))
                                                .toList())
                        .orElse(List.of()));
        mtaLines.set(
                plan.filter(p -> !p.signingKeys().isEmpty())
                        .map(
                                p ->
                                        MtaLines.of(
                                                p.domain(),
                                                p.signingKeys().stream()
                                                        .map(DkimKeyRef::selector)
                                                        .toList()))
                        .orElse(null));
        signingWarning.set(plan.map(DkimSigningAdvice::of).orElse(""));
        selectorField.planChanged();
    }
}
