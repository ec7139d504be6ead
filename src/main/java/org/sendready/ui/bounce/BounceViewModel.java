package org.sendready.ui.bounce;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;
import org.sendready.plan.SetupPlan;
import org.sendready.records.DnsRecord;
import org.sendready.records.PlanRecords;
import org.sendready.records.RecordPurpose;
import org.sendready.ui.wizard.ProjectState;

/// The bounce domain step: whether bounces go to a domain of their own, and which.
///
/// Turning it on suggests `bounces.<domain>`; a valid name goes to the plan at once, an invalid
/// one leaves the plan as it was and keeps the typed text. Turning it off removes the bounce
/// domain from the plan but keeps the text, so turning it on again restores it.
public final class BounceViewModel {
    static final String FIELD = "bounce domain";

    /// The label of the suggested bounce domain under the domain.
    static final String SUGGESTED_LABEL = "bounces";

    private final ProjectState project;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final StringProperty domain = new SimpleStringProperty(this, "domain", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper alignmentNote = new ReadOnlyStringWrapper("");
    private final ObservableList<DnsRecord> records = FXCollections.observableArrayList();

    /// True while this view-model sets the plan or shows it.
    private boolean updating;

    public BounceViewModel(ProjectState project) {
        this.project = project;
        project.plan().ifPresent(this::show);
        refresh();
        enabled.addListener(
                (obs, old, now) -> {
                    if (now && domain.get().isBlank()) {
                        suggest();
                    }
                    edited();
                });
        domain.addListener((obs, old, now) -> edited());
        project.planProperty().addListener((obs, old, now) -> planChanged(old, now));
    }

    /// Whether the plan has a bounce domain of its own.
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /// The bounce domain as typed.
    public StringProperty domainProperty() {
        return domain;
    }

    /// What is wrong with the bounce domain (`bounce domain: reason`); empty when nothing is.
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /// What the bounce domain means for DMARC's SPF alignment with the plan's current DMARC.
    public ReadOnlyStringProperty alignmentNoteProperty() {
        return alignmentNote.getReadOnlyProperty();
    }

    /// The bounce domain's records: its MX and SPF.
    public ObservableList<DnsRecord> records() {
        return records;
    }

    /// The suggested bounce domain for the plan's domain, e.g. `bounces.example.com`.
    public Optional<String> suggestion() {
        return project.plan().map(p -> SUGGESTED_LABEL + "." + p.domain().unicode());
    }

    /// Called when the user opens the step: a plan may have changed its domain meanwhile.
    public void refresh() {
        var plan = project.plan();
        records.setAll(
                plan.map(
                                p ->
                                        PlanRecords.of(p).records().stream()
                                                .filter(r -> r.purpose() == RecordPurpose.BOUNCE)
                                                .toList())
                        .orElse(List.of()));
        alignmentNote.set(plan.map(BounceViewModel::alignment).orElse(""));
    }

    private void suggest() {
        suggestion().ifPresent(domain::set);
    }

    private void edited() {
        if (updating || project.plan().isEmpty()) {
            return;
        }
        var plan = project.plan().get();
        Optional<DomainName> bounce = Optional.empty();
        if (enabled.get()) {
            try {
                bounce = Optional.of(DomainName.parseHostname(domain.get(), FIELD));
                set(plan.withBounceDomain(bounce));
                error.set("");
            } catch (InvalidInput e) {
                error.set(e.getMessage());
            }
        } else {
            error.set("");
            set(plan.withBounceDomain(bounce));
        }
        refresh();
    }

    private void set(SetupPlan plan) {
        updating = true;
        try {
            project.set(plan);
        } finally {
            updating = false;
        }
    }

    private void planChanged(SetupPlan old, SetupPlan now) {
        if (!updating
                && now != null
                && (old == null || !old.bounceDomain().equals(now.bounceDomain()))) {
            show(now);
        }
        refresh();
    }

    private void show(SetupPlan plan) {
        updating = true;
        try {
            enabled.set(plan.bounceDomain().isPresent());
            plan.bounceDomain().ifPresent(b -> domain.set(b.unicode()));
            error.set("");
        } finally {
            updating = false;
        }
    }

    /// RFC 7489 section 3.1.2: SPF aligns when the Return-Path domain and the From: domain are
    /// equal (strict) or share their organizational domain (relaxed).
    static String alignment(SetupPlan plan) {
        var bounce = plan.bounceDomain();
        var from = plan.domain().unicode();
        var mode = plan.dmarc().spfAlignment();
        if (bounce.isEmpty()) {
            return "Without a bounce domain, the Return-Path is an address at "
                    + from
                    + " itself, which aligns with your From: domain in every DMARC mode.";
        }
        var name = bounce.get().unicode();
        if (!bounce.get().isWithin(plan.domain())) {
            return name
                    + " is not below "
                    + from
                    + ". SPF for it aligns with your From: domain only if both belong to the"
                    + " same organizational domain and DMARC uses relaxed SPF alignment;"
                    + " otherwise your mail passes DMARC through DKIM alone.";
        }
        return switch (mode) {
            case RELAXED ->
                    "Your DMARC policy uses relaxed SPF alignment (aspf=r): a Return-Path at "
                            + name
                            + " aligns with From: addresses at "
                            + from
                            + ", because both have the same organizational domain. SPF counts"
                            + " towards DMARC.";
            case STRICT ->
                    "Your DMARC policy uses strict SPF alignment (aspf=s): a Return-Path at "
                            + name
                            + " is not exactly "
                            + from
                            + ", so SPF does not count towards DMARC and your mail passes DMARC"
                            + " through DKIM alone. Choose relaxed SPF alignment in the DMARC"
                            + " step to have both.";
        };
    }
}
