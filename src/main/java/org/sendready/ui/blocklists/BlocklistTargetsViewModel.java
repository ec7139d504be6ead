package org.sendready.ui.blocklists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sendready.dnsbl.Target;
import org.sendready.dnsbl.Targets;
import org.sendready.input.InvalidInput;
import org.sendready.plan.SetupPlan;

/// What the Blocklists page looks up: the plan's public sending addresses, its domain and
/// bounce domain ([Targets#of(SetupPlan)]), and the addresses and domains the user adds.
public final class BlocklistTargetsViewModel {
    private static final Targets NONE = new Targets(List.of(), List.of());

    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObservableList<String> skipped = FXCollections.observableArrayList();
    private final ObservableList<String> skippedView =
            FXCollections.unmodifiableObservableList(skipped);
    private final List<Target> added = new ArrayList<>();
    private Targets fromPlan = NONE;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    BlocklistTargetsViewModel() {
        text.addListener((obs, old, now) -> error.set(""));
    }

    /// What the next scan looks up: the plan's addresses, its domains, then what was added.
    public ObservableList<Target> targets() {
        return targets;
    }

    /// The plan's addresses left out, each with the reason (private or documentation ranges).
    public ObservableList<String> skipped() {
        return skippedView;
    }

    /// The "add" field: an IP address or a domain.
    public StringProperty textProperty() {
        return text;
    }

    /// Why the typed target was not added, as `Address or domain: reason`; empty otherwise.
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /// Adds the typed address or domain; on an error the text stays for the user to fix.
    public boolean add() {
        try {
            var target = BlocklistTargetParser.parse(text.get());
            if (targets.contains(target)) {
                error.set(
                        BlocklistTargetParser.FIELD
                                + ": "
                                + target.display()
                                + " is in the list already");
                return false;
            }
            targets.add(target);
            added.add(target);
            text.set("");
            return true;
        } catch (InvalidInput e) {
            error.set(e.getMessage());
            return false;
        }
    }

    public void remove(Target target) {
        targets.remove(target);
        added.remove(target);
    }

    /// Back to the plan's targets, dropping what the user added or removed.
    public void reset() {
        added.clear();
        targets.setAll(fromPlan.targets());
        skipped.setAll(fromPlan.skipped());
        error.set("");
    }

    /// Takes the plan's targets when they changed (a plan opened, a host added), keeping what
    /// the user added; an unchanged plan keeps the user's removals too.
    void follow(Optional<SetupPlan> plan) {
        var now = plan.map(Targets::of).orElse(NONE);
        if (now.equals(fromPlan)) {
            return;
        }
        fromPlan = now;
        var all = new LinkedHashSet<Target>(now.targets());
        all.addAll(added);
        targets.setAll(all);
        skipped.setAll(now.skipped());
    }

    /// The targets as a scan takes them.
    Targets current() {
        return new Targets(targets, skipped);
    }
}
