package org.sendready.ui.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.ReverseName;
import org.sendready.plan.DkimKeyRef;
import org.sendready.plan.SendingHost;
import org.sendready.plan.SetupPlan;
import org.sendready.records.BindZoneWriter;
import org.sendready.records.PlanRecords;
import org.sendready.records.RecordPurpose;
import org.sendready.records.RecordSet;
import org.sendready.ui.common.Copier;
import org.sendready.ui.wizard.ProjectState;

/// The Review page's state: every record the plan needs, grouped by zone, a summary of the
/// setup in plain words, and "copy all as BIND".
public final class ReviewViewModel {
    private final ProjectState project;
    private final Copier copier;
    private final ObservableList<ZoneGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private RecordSet records = new RecordSet(List.of());

    public ReviewViewModel(ProjectState project, Copier copier) {
        this.project = project;
        this.copier = copier;
    }

    /// The records, forward zones first (the domain's own first), then reverse zones, then
    /// the report receivers' zones.
    public ObservableList<ZoneGroup> groups() {
        return groups;
    }

    /// What the plan sets up, one sentence per line.
    public ObservableList<String> summary() {
        return summary;
    }

    /// The result of the last copy, e.g. "Copied 9 records as a BIND zone snippet."
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /// Derives everything again from the current plan.
    public void refresh() {
        status.set("");
        var plan = project.plan().orElse(null);
        if (plan == null) {
            records = new RecordSet(List.of());
            groups.clear();
            summary.clear();
            return;
        }
        records = PlanRecords.of(plan);
        groups.setAll(group(plan, records));
        summary.setAll(summarize(plan, records));
    }

    /// The BIND snippet of every record, names relative to `$ORIGIN`, as `sendready records`
    /// prints it.
    public String bindSnippet() {
        return BindZoneWriter.relative().export(records);
    }

    public void copyAllAsBind() {
        if (records.records().isEmpty()) {
            return;
        }
        copier.copy(bindSnippet());
        status.set(
                "Copied "
                        + count(records.records().size(), "record")
                        + " as a BIND zone snippet, one section per zone.");
    }

    static List<ZoneGroup> group(SetupPlan plan, RecordSet records) {
        var result = new ArrayList<ZoneGroup>();
        for (var zone : records.zones()) {
            var inZone = records.inZone(zone);
            ZoneGroup.Kind kind;
            if (ReverseName.isReverse(zone)) {
                kind = ZoneGroup.Kind.REVERSE;
            } else if (inZone.stream()
                    .allMatch(r -> r.purpose() == RecordPurpose.REPORT_AUTHORIZATION)) {
                kind = ZoneGroup.Kind.REPORT_AUTHORIZATION;
            } else {
                kind = ZoneGroup.Kind.FORWARD;
            }
            result.add(new ZoneGroup(zone, kind, inZone));
        }
        result.sort(
                Comparator.comparing((ZoneGroup g) -> g.kind().ordinal())
                        .thenComparing(g -> !g.zone().equals(plan.domain())));
        return result;
    }

    static List<String> summarize(SetupPlan plan, RecordSet records) {
        var lines = new ArrayList<String>();
        var domain = plan.domain().unicode();
        lines.add("Mail from " + domain + " is sent by " + hosts(plan.hosts()) + ".");
        lines.add(
                plan.receivesMail()
                        ? "Mail to "
                                + domain
                                + " is delivered to "
                                + plan.hosts().stream()
                                        .map(h -> h.hostname().unicode())
                                        .collect(Collectors.joining(", then "))
                                + " (MX records)."
                        : domain
                                + " receives no mail at these servers, so there are no MX records.");
        lines.add("SPF allows the servers in: " + plan.spf().format());
        if (plan.dkimKeys().isEmpty()) {
            lines.add(
                    "DKIM: no key yet. Without one receivers cannot verify your mail; add a key"
                            + " in the DKIM step.");
        } else {
            plan.dkimKeys().forEach(key -> lines.add("DKIM: " + dkim(key) + "."));
        }
        lines.add("DMARC: " + dmarc(plan) + ".");
        plan.bounceDomain()
                .ifPresent(b -> lines.add("Bounces go to their own domain, " + b.unicode() + "."));
        lines.add(
                count(records.records().size(), "record")
                        + " in "
                        + count(records.zones().size(), "zone")
                        + ".");
        return lines;
    }

    private static String hosts(List<SendingHost> hosts) {
        return hosts.stream()
                .map(
                        h ->
                                h.hostname().unicode()
                                        + " ("
                                        + h.addresses().stream()
                                                .map(IpAddresses::format)
                                                .collect(Collectors.joining(", "))
                                        + ")")
                .collect(Collectors.joining("; "));
    }

    private static String dkim(DkimKeyRef key) {
        var what =
                key.record()
                        .publicKey()
                        .map(
                                k ->
                                        switch (k.algorithm()) {
                                            case RSA -> "RSA " + k.bits() + "-bit key";
                                            case ED25519 -> "Ed25519 key";
                                        })
                        .orElse("revoked key (empty p=)");
        var keyFile =
                key.privateKeyFile()
                        .map(f -> ", private key in " + f)
                        .orElse(", private key not on this computer");
        return "selector " + key.selector().ascii() + ", " + what + keyFile;
    }

    private static String dmarc(SetupPlan plan) {
        var policy = plan.dmarc();
        var action =
                switch (policy.policy()) {
                    case NONE -> "policy none (monitor only: failing mail is delivered as usual)";
                    case QUARANTINE -> "policy quarantine (failing mail goes to spam)";
                    case REJECT -> "policy reject (failing mail is refused)";
                };
        var reports =
                policy.aggregateReports().isEmpty()
                        ? "no reports asked for"
                        : "aggregate reports to "
                                + policy.aggregateReports().stream()
                                        .map(r -> r.text())
                                        .collect(Collectors.joining(", "));
        return action + ", " + reports;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
