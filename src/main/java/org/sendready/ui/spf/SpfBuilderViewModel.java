package org.sendready.ui.spf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sendready.dns.DnsResolver;
import org.sendready.input.InvalidInput;
import org.sendready.plan.SetupPlan;
import org.sendready.records.DnsRecord;
import org.sendready.records.PlanRecords;
import org.sendready.records.RecordPurpose;
import org.sendready.records.TxtStrings;
import org.sendready.spf.LintFinding;
import org.sendready.spf.SpfLint;
import org.sendready.spf.SpfParseResult;
import org.sendready.spf.SpfParser;
import org.sendready.spf.SpfRecord;
import org.sendready.spf.Term;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.ProjectState;

/// The SPF step: the record as rows of terms the user edits, its preview, length and lint,
/// and the ways to start (the sending IPs, a pasted record, the live record, provider presets).
/// While every row is valid the plan follows the rows; a row with an error keeps its text and
/// leaves the plan as it was. The DNS lookup gauge, the IP tester and the live fetch are
/// sub-models sharing the user's DNS choice with the draft laid over it.
public final class SpfBuilderViewModel {
    private final ProjectState project;
    private final SpfTermList terms = new SpfTermList();
    private final ReadOnlyObjectWrapper<SpfRecord> record = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper length = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper lengthText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recordError = new ReadOnlyStringWrapper("");
    private final ObservableList<LintFinding> lint = FXCollections.observableArrayList();
    private final StringProperty pasteText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper pasteError = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper pasteErrorOffset = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DnsRecord> spfDnsRecord = new ReadOnlyObjectWrapper<>();
    private final SpfLookupGaugeViewModel gauge;
    private final SpfIpTesterViewModel tester;
    private final SpfLiveFetchViewModel fetch;

    /// The record last written to or read from the plan: the plan changing to anything else
    /// means someone else changed it, and the rows follow.
    private SpfRecord synced;

    private boolean loading;

    /// True while the step is open: only then do changes start DNS work.
    private boolean active;

    /// A builder editing `project`'s SPF record; DNS work asks `resolvers.apply(choice.get())`
    /// on `threads.background()`.
    public SpfBuilderViewModel(
            ProjectState project,
            Supplier<DnsChoice> choice,
            Function<DnsChoice, ? extends DnsResolver> resolvers,
            UiThreads threads) {
        this.project = project;
        var dns = new SpfDraftDns(resolvers, choice);
        this.gauge = new SpfLookupGaugeViewModel(dns, threads);
        this.tester = new SpfIpTesterViewModel(dns, threads);
        this.fetch = new SpfLiveFetchViewModel(dns, threads, this::loadFetched, this::pasteFetched);
        terms.rows().addListener((Observable o) -> rebuild());
        project.planProperty().addListener((obs, old, now) -> planChanged(now));
        pasteText.addListener(
                (obs, old, now) -> {
                    pasteError.set("");
                    pasteErrorOffset.set(-1);
                });
        planChanged(project.plan().orElse(null));
    }

    // ---- the rows ----

    /// The rows and their edits.
    public SpfTermList terms() {
        return terms;
    }

    /// Adds `preset`'s include before `all`, unless the record has it already; returns the
    /// row that holds it.
    public SpfTermRow addPreset(SpfPreset preset) {
        var present = terms.find(preset.directive());
        if (present.isPresent()) {
            status.set(
                    preset.provider()
                            + " is already in the record (include:"
                            + preset.includeDomain()
                            + ").");
            return present.get();
        }
        status.set(
                "Added "
                        + preset.provider()
                        + ": include:"
                        + preset.includeDomain()
                        + " ("
                        + SpfPreset.CAVEAT
                        + ": "
                        + preset.documentation()
                        + ").");
        return terms.insert(SpfTermRow.of(preset.directive()));
    }

    // ---- starting points ----

    /// Replaces the rows with `ip4`/`ip6` terms for the plan's sending addresses and `-all`.
    public void startFromSendingIps() {
        project.plan()
                .ifPresent(
                        plan -> {
                            load(SetupPlan.spfFor(plan.hosts()));
                            status.set(
                                    "Started from the sending IPs of "
                                            + plan.domain().unicode()
                                            + ".");
                        });
    }

    /// The record text the user pasted.
    public StringProperty pasteTextProperty() {
        return pasteText;
    }

    /// `spf: position N: reason` when the pasted text is not a record, else empty.
    public ReadOnlyStringProperty pasteErrorProperty() {
        return pasteError.getReadOnlyProperty();
    }

    /// The 0-based offset of [#pasteErrorProperty()] in the pasted text; -1 without error.
    public ReadOnlyIntegerProperty pasteErrorOffsetProperty() {
        return pasteErrorOffset.getReadOnlyProperty();
    }

    /// Parses the pasted text; a valid record replaces the rows, an error is shown with its
    /// position and the rows stay as they are. Returns whether the rows were replaced.
    public boolean parsePasted() {
        var text = pasteText.get().strip();
        switch (SpfParser.tryParse(text)) {
            case SpfParseResult.Parsed parsed -> {
                load(parsed.record());
                status.set("Loaded the pasted record.");
                return true;
            }
            case SpfParseResult.Invalid invalid -> {
                pasteError.set(invalid.toInvalidInput().getMessage());
                pasteErrorOffset.set(invalid.offset());
                return false;
            }
        }
    }

    /// Fetches the domain's live record into the rows.
    public void fetchLive() {
        project.plan().ifPresent(plan -> fetch.fetch(plan.domain()));
    }

    private boolean loadFetched(String text) {
        pasteText.set(text);
        return parsePasted();
    }

    private void pasteFetched(String text) {
        pasteText.set(text);
        parsePasted();
    }

    /// Replaces the rows with `spf`'s terms.
    public void load(SpfRecord spf) {
        terms.load(spf);
    }

    // ---- the record ----

    /// The record the rows form; `null` while a row has an error.
    public ReadOnlyObjectProperty<SpfRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    /// The record text: canonical when valid, else as the rows are written.
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /// The preview's length in octets.
    public ReadOnlyIntegerProperty lengthProperty() {
        return length.getReadOnlyProperty();
    }

    /// `58 characters, 1 DNS string`.
    public ReadOnlyStringProperty lengthTextProperty() {
        return lengthText.getReadOnlyProperty();
    }

    /// Why the rows do not form a record, naming the term; empty when they do.
    public ReadOnlyStringProperty recordErrorProperty() {
        return recordError.getReadOnlyProperty();
    }

    /// [SpfLint]'s findings for the record; empty while it is invalid.
    public ObservableList<LintFinding> lint() {
        return lint;
    }

    /// What the last action did, for a status line.
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /// The SPF record the plan publishes, for the record card; `null` without a plan.
    public ReadOnlyObjectProperty<DnsRecord> spfDnsRecordProperty() {
        return spfDnsRecord.getReadOnlyProperty();
    }

    public SpfLookupGaugeViewModel gauge() {
        return gauge;
    }

    public SpfIpTesterViewModel tester() {
        return tester;
    }

    public SpfLiveFetchViewModel fetch() {
        return fetch;
    }

    // ---- the step ----

    /// The user opened the step: the rows show the plan's record.
    public void entered() {
        active = true;
        planChanged(project.plan().orElse(null));
        refreshDns();
    }

    /// The user left the step: stop all DNS work.
    public void left() {
        active = false;
        gauge.cancel();
        tester.cancel();
        fetch.cancel();
    }

    private void planChanged(SetupPlan plan) {
        spfDnsRecord.set(plan == null ? null : spfRecordOf(plan));
        if (plan != null && !plan.spf().equals(synced) && !loading) {
            synced = plan.spf();
            load(plan.spf());
        }
    }

    private static DnsRecord spfRecordOf(SetupPlan plan) {
        return PlanRecords.of(plan).records().stream()
                .filter(r -> r.purpose() == RecordPurpose.SPF)
                .findFirst()
                .orElse(null);
    }

    private void rebuild() {
        var valid = new ArrayList<Term>();
        SpfTermRow firstInvalid = null;
        int invalid = 0;
        var rows = terms.rows();
        for (var row : rows) {
            if (row.isValid()) {
                valid.add(row.term());
            } else {
                invalid++;
                if (firstInvalid == null) {
                    firstInvalid = row;
                }
            }
        }
        SpfRecord built = null;
        if (firstInvalid != null) {
            recordError.set(
                    "Term "
                            + (rows.indexOf(firstInvalid) + 1)
                            + ": "
                            + firstInvalid.error()
                            + (invalid > 1 ? " (and " + (invalid - 1) + " more)" : "")
                            + ". The plan keeps its last valid record until this is fixed.");
        } else {
            try {
                built = new SpfRecord(valid);
                recordError.set("");
            } catch (InvalidInput e) {
                recordError.set(e.getMessage() + ". The plan keeps its last valid record.");
            }
        }
        record.set(built);
        var text =
                built != null
                        ? built.format()
                        : SpfRecord.VERSION
                                + rows.stream().map(r -> " " + r.text()).reduce("", String::concat);
        preview.set(text);
        int octets = TxtStrings.octets(text);
        length.set(octets);
        int strings = TxtStrings.split(text).size();
        lengthText.set(
                octets + " characters, " + strings + " DNS string" + (strings == 1 ? "" : "s"));
        lint.setAll(built == null ? List.of() : SpfLint.check(built));
        if (built != null) {
            write(built);
        }
        refreshDns();
    }

    private void write(SpfRecord built) {
        if (built.equals(synced) || project.plan().isEmpty()) {
            return;
        }
        synced = built;
        loading = true;
        try {
            project.edit(p -> p.withSpf(built));
        } finally {
            loading = false;
        }
    }

    private void refreshDns() {
        if (!active) {
            return;
        }
        var plan = record.get() == null ? null : project.plan().orElse(null);
        gauge.update(plan);
        tester.planChanged(plan);
    }
}
