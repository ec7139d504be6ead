package org.sendready.ui.dkim;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sendready.check.KeyOnServer;
import org.sendready.check.KeyPropagation;
import org.sendready.check.KeyPropagationProbe;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dkim.DkimSelector;
import org.sendready.plan.DkimKeyRef;
import org.sendready.plan.DkimRotation;
import org.sendready.plan.RotationStage;
import org.sendready.plan.SetupPlan;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;
import org.sendready.ui.common.PendingWork;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.ProjectState;

/// The plan's DKIM key rotation, step by step ([RotationStage]): checks every authoritative
/// name server for the new key in the background, says when switching the signer is safe and
/// why, records the switch, keeps the old key through the overlap, and then revokes it.
///
/// The stage depends on the clock: [#tick()] re-reads it (the page calls it periodically).
public final class RotationViewModel {
    private final ProjectState project;
    private final Supplier<DnsChoice> dns;
    private final UiThreads threads;
    private final Clock clock;
    private final Function<DnsChoice, KeyPropagationProbe> probes;
    private final PendingWork checking;
    private final TimeText time;
    private final RotationStageText stageWords;

    private final ReadOnlyObjectWrapper<DkimRotation> rotation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RotationStage> stage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper stageText = new ReadOnlyStringWrapper("");
    private final ObservableList<KeyOnServer> servers = FXCollections.observableArrayList();
    private final ObservableList<KeyOnServer> serversView =
            FXCollections.unmodifiableObservableList(servers);
    private final ReadOnlyStringWrapper checkSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MtaLines> switchLines = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DnsRecord> revocation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PageMessage> message = new ReadOnlyObjectWrapper<>();

    /// `dns` says which DNS the user chose (read on the FX thread); `probes` opens a probe
    /// asking that DNS for the zone's name servers, and them directly (called in the
    /// background).
    public RotationViewModel(
            ProjectState project,
            Supplier<DnsChoice> dns,
            UiThreads threads,
            Clock clock,
            Function<DnsChoice, KeyPropagationProbe> probes) {
        this.project = project;
        this.dns = dns;
        this.threads = threads;
        this.clock = clock;
        this.probes = probes;
        this.checking = new PendingWork(threads);
        this.time = new TimeText(clock);
        this.stageWords = new RotationStageText(time);
        project.planProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /// The rotation in progress, or `null`.
    public ReadOnlyObjectProperty<DkimRotation> rotationProperty() {
        return rotation.getReadOnlyProperty();
    }

    /// Where the rotation stands now, or `null` without one.
    public ReadOnlyObjectProperty<RotationStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /// What the stage means and what to do, with the moments that matter.
    public ReadOnlyStringProperty stageTextProperty() {
        return stageText.getReadOnlyProperty();
    }

    /// Each name server's answer for the new selector, from the last check.
    public ObservableList<KeyOnServer> servers() {
        return serversView;
    }

    /// One line about the last check, e.g. "Checked at ...: 1 of 2 name servers serve ...".
    public ReadOnlyStringProperty checkSummaryProperty() {
        return checkSummary.getReadOnlyProperty();
    }

    /// True while the name servers are being asked.
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.busyProperty();
    }

    /// The signing filter's lines once the new selector replaces the old one, or `null`.
    public ReadOnlyObjectProperty<MtaLines> switchLinesProperty() {
        return switchLines.getReadOnlyProperty();
    }

    /// The old selector's revocation record (empty `p=`), or `null` without a rotation.
    public ReadOnlyObjectProperty<DnsRecord> revocationProperty() {
        return revocation.getReadOnlyProperty();
    }

    /// Feedback on the last rotation action, or `null`.
    public ReadOnlyObjectProperty<PageMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /// Asks every authoritative name server for the new selector's key, in the background, and
    /// advances the rotation by what they say ([KeyPropagation#advance]).
    public void check() {
        var plan = project.plan();
        var current = plan.flatMap(SetupPlan::dkimRotation);
        if (current.isEmpty() || checking.busyProperty().get()) {
            return;
        }
        var incoming = key(plan.get(), current.get().incoming());
        if (incoming.isEmpty()) {
            return;
        }
        var owner = incoming.get().selector().ownerName(plan.get().domain());
        var expected = incoming.get().record();
        var choice = dns.get();
        message.set(null);
        checking.track(
                CompletableFuture.supplyAsync(() -> probes.apply(choice), threads.background())
                        .thenCompose(probe -> probe.probe(owner, expected)),
                seen -> observed(current.get().incoming(), seen),
                failure ->
                        message.set(
                                PageMessage.error(
                                        "The name servers could not be asked: " + failure)));
    }

    /// Records that the admin switched the signer to the new selector; only when it is safe.
    public void switchSigner() {
        var now = clock.instant();
        update(
                RotationStage.SWITCH_SIGNER,
                (plan, r) -> plan.withDkim(plan.dkimKeys(), Optional.of(r.switchedAt(now))),
                r ->
                        "Recorded the switch to "
                                + r.incoming()
                                + ". Keep "
                                + r.retiring()
                                + " published until "
                                + time.at(now.plus(DkimRotation.OVERLAP))
                                + ".");
    }

    /// Replaces the old selector's record by its revocation; only after the overlap.
    public void revokeOld() {
        var now = clock.instant();
        update(
                RotationStage.REVOKE_OLD,
                (plan, r) ->
                        plan.withDkim(
                                plan.dkimKeys().stream()
                                        .map(
                                                k ->
                                                        k.selector().equals(r.retiring())
                                                                ? revoked(k)
                                                                : k)
                                        .toList(),
                                Optional.of(r.revokedAt(now))),
                r ->
                        "The plan now publishes the revocation record of "
                                + r.retiring()
                                + ". Replace its record at your DNS provider.");
    }

    /// Ends a completed rotation; the revoked selector stays in the plan until removed.
    public void finish() {
        update(
                RotationStage.DONE,
                (plan, r) -> plan.withDkim(plan.dkimKeys(), Optional.empty()),
                r -> "The rotation to " + r.incoming() + " is complete.");
    }

    /// Abandons a rotation before the switch: the new key leaves the plan, the old one keeps
    /// signing as before.
    public void cancel() {
        var plan = project.plan();
        var current = plan.flatMap(SetupPlan::dkimRotation);
        if (current.isEmpty() || current.get().switched().isPresent()) {
            return;
        }
        var incoming = current.get().incoming();
        checking.cancelAll();
        project.set(
                plan.get()
                        .withDkim(
                                plan.get().dkimKeys().stream()
                                        .filter(k -> !k.selector().equals(incoming))
                                        .toList(),
                                Optional.empty()));
        message.set(
                PageMessage.info(
                        "Cancelled the rotation; "
                                + incoming
                                + " left the plan. If you published its record, delete it."));
    }

    /// Re-reads the clock: a wait may be over.
    public void tick() {
        refresh();
    }

    /// Drops a pending check; the page calls it when the user leaves the step.
    public void cancelPending() {
        checking.cancelAll();
    }

    // ---- internals --------------------------------------------------------------------------

    private interface Change {
        SetupPlan apply(SetupPlan plan, DkimRotation rotation);
    }

    private void update(
            RotationStage required, Change change, Function<DkimRotation, String> success) {
        var plan = project.plan();
        var current = plan.flatMap(SetupPlan::dkimRotation);
        if (current.isEmpty() || current.get().stage(clock.instant()) != required) {
            refresh();
            return;
        }
        project.set(change.apply(plan.get(), current.get()));
        message.set(PageMessage.success(success.apply(current.get())));
    }

    private static DkimKeyRef revoked(DkimKeyRef key) {
        return new DkimKeyRef(
                key.selector(), Optional.empty(), DkimKeyRecord.revoked(key.record().algorithm()));
    }

    private static Optional<DkimKeyRef> key(SetupPlan plan, DkimSelector selector) {
        return plan.dkimKeys().stream().filter(k -> k.selector().equals(selector)).findFirst();
    }

    private void observed(DkimSelector probed, KeyPropagation seen) {
        var now = clock.instant();
        var plan = project.plan();
        var current = plan.flatMap(SetupPlan::dkimRotation);
        if (current.isEmpty() || !current.get().incoming().equals(probed)) {
            return;
        }
        switch (seen) {
            case KeyPropagation.PerServer perServer -> {
                servers.setAll(perServer.servers());
                long serving =
                        perServer.servers().stream()
                                .filter(s -> s.state() == KeyOnServer.State.SERVES_KEY)
                                .count();
                checkSummary.set(
                        "Checked "
                                + time.at(now)
                                + ": "
                                + serving
                                + " of "
                                + perServer.servers().size()
                                + " name servers of "
                                + perServer.zone()
                                + " serve "
                                + probed
                                + (perServer.everywhere() ? ", all the same record." : "."));
            }
            case KeyPropagation.NoZone noZone -> {
                servers.clear();
                checkSummary.set(
                        "Checked "
                                + time.at(now)
                                + ": the name servers of "
                                + plan.get().domain()
                                + " could not be found ("
                                + noZone.cause()
                                + "). Check the DNS settings and try again.");
            }
        }
        var next = seen.advance(current.get(), now, plan.get().ttls().dkim());
        if (!next.equals(current.get())) {
            project.set(plan.get().withDkim(plan.get().dkimKeys(), Optional.of(next)));
        } else {
            refresh();
        }
    }

    private void refresh() {
        var plan = project.plan();
        var current = plan.flatMap(SetupPlan::dkimRotation);
        if (current.isEmpty()) {
            if (rotation.get() != null) {
                servers.clear();
                checkSummary.set("");
            }
            rotation.set(null);
            stage.set(null);
            stageText.set("");
            switchLines.set(null);
            revocation.set(null);
            return;
        }
        var r = current.get();
        if (rotation.get() != null && !rotation.get().incoming().equals(r.incoming())) {
            servers.clear();
            checkSummary.set("");
        }
        var now = clock.instant();
        var previous = stage.get();
        rotation.set(r);
        stage.set(r.stage(now));
        if (previous != null && previous != stage.get()) {
            message.set(null);
        }
        if (r.switched().isPresent()) {
            // The name servers' answers decided the switch; after it they are history.
            servers.clear();
            checkSummary.set("");
        }
        stageText.set(
                new RotationStageText(time).describe(r, stage.get(), now, plan.get().domain()));
        switchLines.set(MtaLines.of(plan.get().domain(), afterSwitch(plan.get(), r)));
        revocation.set(revocationRecord(plan.get(), r));
    }

    /// The signing selectors once the new one replaces the old one, in plan order.
    private static List<DkimSelector> afterSwitch(SetupPlan plan, DkimRotation r) {
        return plan.dkimKeys().stream()
                .filter(k -> !k.record().isRevoked())
                .map(DkimKeyRef::selector)
                .filter(s -> !s.equals(r.retiring()))
                .toList();
    }

    private static DnsRecord revocationRecord(SetupPlan plan, DkimRotation r) {
        var algorithm = key(plan, r.retiring()).map(k -> k.record().algorithm()).orElseThrow();
        return new DnsRecord(
                r.retiring().ownerName(plan.domain()),
                plan.domain(),
                plan.ttls().dkim(),
                new RecordData.Txt(DkimKeyRecord.revoked(algorithm).format()),
                RecordPurpose.DKIM);
    }
}
