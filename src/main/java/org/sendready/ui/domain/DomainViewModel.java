package org.sendready.ui.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;
import org.sendready.plan.SendingHost;
import org.sendready.plan.SetupPlan;
import org.sendready.records.DnsRecord;
import org.sendready.records.PlanRecords;
import org.sendready.records.RecordPurpose;
import org.sendready.ui.wizard.ProjectState;

/// The Domain step: the domain, its sending servers and whether it receives mail, as typed.
///
/// Every change is validated with the core parsers; once every field is valid the plan is made
/// (the first time) or updated, keeping what the other steps decided (see [DomainEdit]). An
/// invalid field leaves the plan as it was and keeps the typed text. A plan that arrives from
/// elsewhere (a project opened) is shown in the fields.
public final class DomainViewModel {
    /// The purposes of the records this step shows.
    static final List<RecordPurpose> PURPOSES =
            List.of(RecordPurpose.HOST, RecordPurpose.HELO, RecordPurpose.MX);

    private final ProjectState project;
    private final StringProperty domain = new SimpleStringProperty(this, "domain", "");
    private final ReadOnlyStringWrapper domainError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper domainInDns = new ReadOnlyStringWrapper("");
    private final ObservableList<HostRow> hosts =
            FXCollections.observableArrayList(
                    row -> new Observable[] {row.hostnameProperty(), row.addressesProperty()});
    private final BooleanProperty receivesMail = new SimpleBooleanProperty(this, "mx", false);
    private final ReadOnlyStringWrapper planError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ObservableList<DnsRecord> records = FXCollections.observableArrayList();

    /// True while this view-model sets the plan or shows it: changes it makes are not the
    /// user's.
    private boolean updating;

    public DomainViewModel(ProjectState project) {
        this.project = project;
        project.plan().ifPresentOrElse(this::show, () -> hosts.add(new HostRow()));
        validate();
        refreshRecords();
        domain.addListener((obs, old, now) -> edited());
        hosts.addListener((ListChangeListener<HostRow>) change -> edited());
        receivesMail.addListener((obs, old, now) -> edited());
        project.planProperty().addListener((obs, old, now) -> planChanged(old, now));
    }

    /// The domain as typed; internationalised names are welcome.
    public StringProperty domainProperty() {
        return domain;
    }

    /// What is wrong with the domain (`domain: reason`); empty when nothing is.
    public ReadOnlyStringProperty domainErrorProperty() {
        return domainError.getReadOnlyProperty();
    }

    /// The domain's A-label form when it differs from what was typed (`xn--bcher-kva.example`).
    public ReadOnlyStringProperty domainInDnsProperty() {
        return domainInDns.getReadOnlyProperty();
    }

    /// The sending servers in order of preference (the first gets the lowest MX preference).
    public ObservableList<HostRow> hosts() {
        return hosts;
    }

    /// Whether the domain receives mail at the sending servers (MX records).
    public BooleanProperty receivesMailProperty() {
        return receivesMail;
    }

    /// A problem of the values together (a host name listed twice); empty when none.
    public ReadOnlyStringProperty planErrorProperty() {
        return planError.getReadOnlyProperty();
    }

    /// What is still needed before the plan takes the fields; empty once it has.
    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /// What the last change left to follow up in another step; empty when nothing.
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /// The plan's records of this step: host addresses, HELO SPF, MX.
    public ObservableList<DnsRecord> records() {
        return records;
    }

    /// Adds an empty server row at the end.
    public HostRow addHost() {
        var row = new HostRow();
        hosts.add(row);
        return row;
    }

    /// Removes a server row; the last row is emptied instead, so there is always one.
    public void removeHost(HostRow row) {
        if (hosts.size() == 1 && hosts.contains(row)) {
            hosts.set(0, new HostRow());
        } else {
            hosts.remove(row);
        }
    }

    private void edited() {
        if (updating) {
            return;
        }
        validate().ifPresent(this::apply);
    }

    /// The fields' values when all are valid; sets every message on the way.
    private Optional<Fields> validate() {
        var parsedDomain = parseDomain();
        var parsedHosts = new ArrayList<SendingHost>();
        var hostsValid = true;
        for (var row : hosts) {
            if (row.isBlank()) {
                row.clearMessages();
                continue;
            }
            var host = row.parse();
            host.ifPresent(parsedHosts::add);
            hostsValid &= host.isPresent();
        }
        planError.set("");
        var needed = new ArrayList<String>();
        if (domain.get().isBlank()) {
            needed.add("the domain your mail is sent from");
        }
        if (hosts.stream().allMatch(HostRow::isBlank)) {
            needed.add("a sending server (host name and IP address)");
        }
        var wrong = (parsedDomain.isEmpty() && !domain.get().isBlank()) || !hostsValid;
        missing.set(missingText(needed, wrong));
        if (parsedDomain.isEmpty() || !hostsValid || parsedHosts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Fields(parsedDomain.get(), parsedHosts, receivesMail.get()));
    }

    private String missingText(List<String> needed, boolean wrong) {
        var text = new StringBuilder();
        if (!needed.isEmpty()) {
            text.append("Enter ").append(String.join(" and ", needed)).append('.');
        }
        if (wrong) {
            text.append(text.isEmpty() ? "" : " ").append("Correct the fields marked in red.");
        }
        if (!text.isEmpty() && project.plan().isPresent()) {
            text.append(" Until then the plan keeps its last valid values.");
        }
        return text.toString();
    }

    private Optional<DomainName> parseDomain() {
        domainInDns.set("");
        if (domain.get().isBlank()) {
            domainError.set("");
            return Optional.empty();
        }
        try {
            var parsed = DomainName.parse(domain.get());
            domainError.set("");
            var typed = domain.get().strip().toLowerCase(Locale.ROOT);
            if (!typed.equals(parsed.ascii()) && !typed.equals(parsed.absolute())) {
                domainInDns.set(parsed.ascii());
            }
            return Optional.of(parsed);
        } catch (InvalidInput e) {
            domainError.set(e.getMessage());
            return Optional.empty();
        }
    }

    private void apply(Fields fields) {
        DomainEdit edit;
        try {
            edit = DomainEdit.of(project.plan(), fields.domain, fields.hosts, fields.receivesMail);
        } catch (InvalidInput e) {
            planError.set(e.getMessage());
            missing.set(missingText(List.of(), true));
            return;
        }
        var before = project.plan();
        var moved =
                before.map(
                                p ->
                                        !p.hosts().equals(fields.hosts)
                                                || !p.domain().equals(fields.domain))
                        .orElse(true);
        if (moved) {
            notes.set(String.join("\n", edit.notes()));
        }
        updating = true;
        try {
            project.set(edit.plan());
        } finally {
            updating = false;
        }
        refreshRecords();
    }

    private void planChanged(SetupPlan old, SetupPlan now) {
        if (!updating) {
            if (now == null) {
                showEmpty();
            } else if (old == null || !Fields.of(old).equals(Fields.of(now))) {
                show(now);
                validate();
            }
        }
        refreshRecords();
    }

    /// Shows `plan`'s values in the fields (a project was opened).
    private void show(SetupPlan plan) {
        updating = true;
        try {
            domain.set(plan.domain().unicode());
            hosts.setAll(
                    plan.hosts().stream()
                            .map(
                                    host -> {
                                        var row = new HostRow();
                                        row.show(host);
                                        return row;
                                    })
                            .toList());
            receivesMail.set(plan.receivesMail());
            notes.set("");
        } finally {
            updating = false;
        }
    }

    private void showEmpty() {
        updating = true;
        try {
            domain.set("");
            hosts.setAll(new HostRow());
            receivesMail.set(false);
            notes.set("");
        } finally {
            updating = false;
        }
        validate();
    }

    private void refreshRecords() {
        records.setAll(
                project.plan()
                        .map(
                                p ->
                                        PlanRecords.of(p).records().stream()
                                                .filter(r -> PURPOSES.contains(r.purpose()))
                                                .toList())
                        .orElse(List.of()));
    }

    /// The values of this step's fields.
    private record Fields(DomainName domain, List<SendingHost> hosts, boolean receivesMail) {
        static Fields of(SetupPlan plan) {
            return new Fields(plan.domain(), plan.hosts(), plan.receivesMail());
        }
    }
}
