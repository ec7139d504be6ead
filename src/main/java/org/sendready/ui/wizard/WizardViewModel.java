package org.sendready.ui.wizard;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.sendready.check.CheckReport;
import org.sendready.check.CheckResult;
import org.sendready.check.CheckStatus;

/// The wizard as a state machine: which step is open, which steps can be opened, the project
/// being edited, the DNS to ask, and the latest live check that colours the step badges.
public final class WizardViewModel {
    private final ProjectState project = new ProjectState();
    private final ReadOnlyObjectWrapper<WizardStep> current =
            new ReadOnlyObjectWrapper<>(WizardStep.WELCOME);
    private final ObjectProperty<DnsChoice> dns = new SimpleObjectProperty<>(DnsChoice.system());
    private final ObjectProperty<CheckReport> lastReport = new SimpleObjectProperty<>();
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;

    public WizardViewModel() {
        canGoBack =
                Bindings.createBooleanBinding(
                        () -> neighbour(-1).isPresent(), current, project.planProperty());
        canGoNext =
                Bindings.createBooleanBinding(
                        () -> neighbour(1).isPresent(), current, project.planProperty());
        // A new or other project makes the last board meaningless.
        project.planProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now == null || old == null || !now.domain().equals(old.domain())) {
                                lastReport.set(null);
                            }
                        });
        project.planProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now == null && current.get().needsPlan()) {
                                current.set(WizardStep.WELCOME);
                            }
                        });
    }

    public ProjectState project() {
        return project;
    }

    public ReadOnlyObjectProperty<WizardStep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public WizardStep current() {
        return current.get();
    }

    /// The resolvers the wizard asks; the live check page lets the user change it.
    public ObjectProperty<DnsChoice> dnsProperty() {
        return dns;
    }

    /// The latest live check of this project, `null` before the first.
    public ObjectProperty<CheckReport> lastReportProperty() {
        return lastReport;
    }

    /// True when `step` can be opened now.
    public boolean canEnter(WizardStep step) {
        return !step.needsPlan() || project.plan().isPresent();
    }

    /// Opens `step` if it can be opened; returns whether it is open now.
    public boolean goTo(WizardStep step) {
        if (!canEnter(step)) {
            return false;
        }
        current.set(step);
        return true;
    }

    public void next() {
        neighbour(1).ifPresent(current::set);
    }

    public void back() {
        neighbour(-1).ifPresent(current::set);
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    /// The worst status among `step`'s checks in the latest report; empty when not checked.
    public Optional<CheckStatus> status(WizardStep step) {
        var report = lastReport.get();
        if (report == null) {
            return Optional.empty();
        }
        return report.steps().stream()
                .filter(r -> step.checks().contains(r.step()))
                .map(CheckResult::status)
                .reduce(CheckStatus::worst);
    }

    private Optional<WizardStep> neighbour(int direction) {
        int index = current.get().ordinal() + direction;
        var steps = WizardStep.values();
        if (index < 0
                || index >= steps.length
                || steps[index].section() != current.get().section()
                || !canEnter(steps[index])) {
            return Optional.empty();
        }
        return Optional.of(steps[index]);
    }
}
