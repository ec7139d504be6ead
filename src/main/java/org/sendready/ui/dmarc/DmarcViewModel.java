package org.sendready.ui.dmarc;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sendready.dmarc.Alignment;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dmarc.ReportUri;
import org.sendready.dmarc.RequestedPolicy;
import org.sendready.input.InvalidInput;
import org.sendready.plan.SetupPlan;
import org.sendready.records.DnsRecord;
import org.sendready.records.PlanRecords;
import org.sendready.records.RecordPurpose;
import org.sendready.ui.wizard.ProjectState;

/// The DMARC step: the policy's tags as the user sets them.
///
/// Every valid change goes to the plan at once (tags this step does not show, such as `fo`
/// and `ri`, are kept); an invalid report address leaves the plan as it was and keeps the
/// typed text. A plan whose DMARC changes elsewhere (a project opened) is shown in the fields.
public final class DmarcViewModel {
    /// The purposes of the records this step shows.
    static final List<RecordPurpose> PURPOSES =
            List.of(RecordPurpose.DMARC, RecordPurpose.REPORT_AUTHORIZATION);

    static final String RUA_FIELD = "aggregate report addresses (rua)";
    static final String RUF_FIELD = "failure report addresses (ruf)";

    private final ProjectState project;
    private final ObjectProperty<RequestedPolicy> policy =
            new SimpleObjectProperty<>(this, "p", RequestedPolicy.NONE);
    private final ObjectProperty<Optional<RequestedPolicy>> subdomainPolicy =
            new SimpleObjectProperty<>(this, "sp", Optional.empty());
    private final ObjectProperty<Integer> percent =
            new SimpleObjectProperty<>(this, "pct", DmarcPolicy.MAX_PERCENT);
    private final ObjectProperty<Alignment> dkimAlignment =
            new SimpleObjectProperty<>(this, "adkim", Alignment.RELAXED);
    private final ObjectProperty<Alignment> spfAlignment =
            new SimpleObjectProperty<>(this, "aspf", Alignment.RELAXED);
    private final StringProperty aggregateReports = new SimpleStringProperty(this, "rua", "");
    private final StringProperty failureReports = new SimpleStringProperty(this, "ruf", "");
    private final ReadOnlyStringWrapper aggregateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failureError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper authorizationNote = new ReadOnlyStringWrapper("");
    private final ObservableList<DnsRecord> records = FXCollections.observableArrayList();
    private final StringBinding policyEffect;
    private final StringBinding percentEffect;

    /// True while this view-model sets the plan or shows it.
    private boolean updating;

    public DmarcViewModel(ProjectState project) {
        this.project = project;
        policyEffect = Bindings.createStringBinding(() -> effect(policy.get()), policy);
        percentEffect =
                Bindings.createStringBinding(
                        () -> percentEffect(policy.get(), percent.get()), policy, percent);
        project.plan().ifPresent(p -> show(p.dmarc()));
        refreshRecords();
        watch(policy);
        watch(subdomainPolicy);
        watch(percent);
        watch(dkimAlignment);
        watch(spfAlignment);
        watch(aggregateReports);
        watch(failureReports);
        project.planProperty().addListener((obs, old, now) -> planChanged(old, now));
    }

    /// `p`: what receivers do with mail that fails DMARC.
    public ObjectProperty<RequestedPolicy> policyProperty() {
        return policy;
    }

    /// `sp`: the policy for subdomains; empty when they follow `p`.
    public ObjectProperty<Optional<RequestedPolicy>> subdomainPolicyProperty() {
        return subdomainPolicy;
    }

    /// `pct`: the share of failing mail the policy applies to, 0 to 100.
    public ObjectProperty<Integer> percentProperty() {
        return percent;
    }

    /// `adkim`.
    public ObjectProperty<Alignment> dkimAlignmentProperty() {
        return dkimAlignment;
    }

    /// `aspf`.
    public ObjectProperty<Alignment> spfAlignmentProperty() {
        return spfAlignment;
    }

    /// `rua` as typed: mail addresses separated by commas or spaces.
    public StringProperty aggregateReportsProperty() {
        return aggregateReports;
    }

    /// `ruf` as typed.
    public StringProperty failureReportsProperty() {
        return failureReports;
    }

    /// What is wrong with the `rua` addresses; empty when nothing is.
    public ReadOnlyStringProperty aggregateErrorProperty() {
        return aggregateError.getReadOnlyProperty();
    }

    /// What is wrong with the `ruf` addresses; empty when nothing is.
    public ReadOnlyStringProperty failureErrorProperty() {
        return failureError.getReadOnlyProperty();
    }

    /// What the chosen policy does, in plain language.
    public StringBinding policyEffectProperty() {
        return policyEffect;
    }

    /// What `pct` does with the chosen policy.
    public StringBinding percentEffectProperty() {
        return percentEffect;
    }

    /// Set when reports go to another domain, whose owner must publish an authorization.
    public ReadOnlyStringProperty authorizationNoteProperty() {
        return authorizationNote.getReadOnlyProperty();
    }

    /// The DMARC record and any report authorizations.
    public ObservableList<DnsRecord> records() {
        return records;
    }

    /// What `p` (or `sp`) asks receivers to do, in plain language.
    static String effect(RequestedPolicy requested) {
        return switch (requested) {
            case NONE ->
                    "Monitor only: receivers deliver mail that fails DMARC as usual and send you"
                            + " reports. Every setup starts here.";
            case QUARANTINE ->
                    "Mail that fails DMARC is treated as suspicious: usually it lands in the"
                            + " spam folder.";
            case REJECT ->
                    "Mail that fails DMARC is refused during delivery, so forged mail never"
                            + " reaches the inbox. Choose it once the reports show that all your"
                            + " own mail passes.";
        };
    }

    /// RFC 7489 section 6.6.4: mail left out by `pct` gets the next milder policy.
    static String percentEffect(RequestedPolicy requested, int share) {
        if (requested == RequestedPolicy.NONE) {
            return "The share only matters with quarantine or reject.";
        }
        if (share == DmarcPolicy.MAX_PERCENT) {
            return "The policy applies to all failing mail.";
        }
        var milder = requested == RequestedPolicy.REJECT ? "quarantined" : "delivered normally";
        return "The policy applies to "
                + share
                + "% of failing mail; the rest is "
                + milder
                + ". A lower share is a way to phase the policy in.";
    }

    private <T> void watch(ObservableValue<T> field) {
        field.addListener((obs, old, now) -> edited());
    }

    private void edited() {
        if (updating || project.plan().isEmpty()) {
            return;
        }
        var plan = project.plan().get();
        var rua = parse(aggregateReports.get(), RUA_FIELD, aggregateError);
        var ruf = parse(failureReports.get(), RUF_FIELD, failureError);
        if (rua.isEmpty() || ruf.isEmpty()) {
            return;
        }
        var builder =
                plan.dmarc().toBuilder()
                        .policy(policy.get())
                        .percent(percent.get())
                        .dkimAlignment(dkimAlignment.get())
                        .spfAlignment(spfAlignment.get())
                        .aggregateReports(rua.get())
                        .failureReports(ruf.get());
        subdomainPolicy
                .get()
                .ifPresentOrElse(builder::subdomainPolicy, builder::subdomainsFollowPolicy);
        DmarcPolicy next;
        try {
            next = builder.build();
            next.reportAuthorizations(plan.domain());
        } catch (InvalidInput e) {
            aggregateError.set(e.getMessage());
            return;
        }
        updating = true;
        try {
            project.set(plan.withDmarc(next));
        } finally {
            updating = false;
        }
        refreshRecords();
    }

    private static Optional<List<ReportUri>> parse(
            String text, String field, ReadOnlyStringWrapper error) {
        try {
            var uris = ReportAddresses.parse(text, field);
            error.set("");
            return Optional.of(uris);
        } catch (InvalidInput e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    private void planChanged(SetupPlan old, SetupPlan now) {
        if (!updating && now != null && (old == null || !old.dmarc().equals(now.dmarc()))) {
            show(now.dmarc());
        }
        refreshRecords();
    }

    private void show(DmarcPolicy dmarc) {
        updating = true;
        try {
            policy.set(dmarc.policy());
            subdomainPolicy.set(dmarc.subdomainPolicy());
            percent.set(dmarc.percent());
            dkimAlignment.set(dmarc.dkimAlignment());
            spfAlignment.set(dmarc.spfAlignment());
            aggregateReports.set(ReportAddresses.format(dmarc.aggregateReports()));
            failureReports.set(ReportAddresses.format(dmarc.failureReports()));
            aggregateError.set("");
            failureError.set("");
        } finally {
            updating = false;
        }
    }

    private void refreshRecords() {
        var plan = project.plan();
        var list =
                plan.map(
                                p ->
                                        PlanRecords.of(p).records().stream()
                                                .filter(r -> PURPOSES.contains(r.purpose()))
                                                .toList())
                        .orElse(List.of());
        records.setAll(list);
        var foreign =
                list.stream()
                        .filter(r -> r.purpose() == RecordPurpose.REPORT_AUTHORIZATION)
                        .map(r -> r.zone().unicode())
                        .collect(Collectors.joining(", "));
        authorizationNote.set(
                foreign.isEmpty()
                        ? ""
                        : "Reports go to another domain ("
                                + foreign
                                + "). Receivers send them only if that domain publishes the"
                                + " authorization record below, saying it accepts reports for "
                                + plan.orElseThrow().domain().unicode()
                                + " (RFC 7489 section 7.1). A report service that gave you"
                                + " the address usually publishes it already.");
    }
}
