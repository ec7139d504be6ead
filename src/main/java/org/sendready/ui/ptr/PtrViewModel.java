package org.sendready.ui.ptr;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sendready.check.CheckContext;
import org.sendready.check.CheckReport;
import org.sendready.check.CheckResult;
import org.sendready.check.CheckStatus;
import org.sendready.check.Checker;
import org.sendready.check.PtrCheck;
import org.sendready.check.StepId;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.Server;
import org.sendready.plan.SetupPlan;
import org.sendready.ui.common.PendingWork;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.ProjectState;

/// The reverse DNS step: the PTR entries of the plan, and the live check of this step alone.
///
/// The check asks the user's DNS choice with a fresh resolver in the background; its result
/// shows only here (the sidebar's board belongs to the full live check). A new plan, a new
/// check or leaving the step drops a result still on its way.
public final class PtrViewModel {
    private final ProjectState project;
    private final ObservableObjectValue<DnsChoice> dns;
    private final Function<DnsChoice, ? extends DnsResolver> resolvers;
    private final UiThreads threads;
    private final Checker checker;
    private final PendingWork pending;
    private final ObservableList<PtrEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<CheckStatus>> status =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> details = FXCollections.observableArrayList();
    private final StringBinding asking;

    /// @param dns the DNS the user chose (the wizard's)
    /// @param resolvers opens a fresh resolver for a choice
    /// @param deadline how long the check may take before it is reported as a DNS error
    public PtrViewModel(
            ProjectState project,
            ObservableObjectValue<DnsChoice> dns,
            Function<DnsChoice, ? extends DnsResolver> resolvers,
            UiThreads threads,
            Duration deadline) {
        this.project = project;
        this.dns = dns;
        this.resolvers = resolvers;
        this.threads = threads;
        this.checker = new Checker(List.of(new PtrCheck()), deadline);
        this.pending = new PendingWork(threads);
        this.asking = Bindings.createStringBinding(() -> describe(dns.get()), dns);
        refresh();
        project.planProperty()
                .addListener(
                        (obs, old, now) -> {
                            var before = List.copyOf(entries);
                            refresh();
                            if (!before.equals(entries)) {
                                cancel();
                                clearResult();
                            }
                        });
    }

    /// The sending addresses and their PTR records.
    public ObservableList<PtrEntry> entries() {
        return entries;
    }

    /// The status of the last check; empty before one finished.
    public ReadOnlyObjectProperty<Optional<CheckStatus>> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /// The last check's one-line summary, or what is going on.
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// The last check's details: what was asked, what was found, advice.
    public ObservableList<String> details() {
        return details;
    }

    /// True while a check runs.
    public ReadOnlyBooleanProperty busyProperty() {
        return pending.busyProperty();
    }

    /// Which DNS the check asks, in words.
    public StringBinding askingProperty() {
        return asking;
    }

    /// Runs the PTR check now against the chosen DNS; a check still running is dropped.
    public void checkNow() {
        var plan = project.plan();
        if (plan.isEmpty()) {
            return;
        }
        pending.cancelAll();
        status.set(Optional.empty());
        details.clear();
        summary.set("Asking " + describe(dns.get()) + " for the reverse DNS…");
        var choice = dns.get();
        pending.track(
                CompletableFuture.supplyAsync(() -> resolvers.apply(choice), threads.background())
                        .thenCompose(resolver -> run(plan.get(), resolver)),
                this::show,
                this::crashed);
    }

    /// Drops a check still running (the user left the step).
    public void cancel() {
        if (pending.busyProperty().get()) {
            pending.cancelAll();
            clearResult();
        }
    }

    private CompletableFuture<CheckResult> run(SetupPlan plan, DnsResolver resolver) {
        return checker.run(CheckContext.of(plan, resolver)).thenApply(PtrViewModel::ptrResult);
    }

    private static CheckResult ptrResult(CheckReport report) {
        return report.step(StepId.PTR)
                .orElseGet(
                        () ->
                                CheckResult.of(
                                        StepId.PTR,
                                        CheckStatus.PASS,
                                        "The plan has no sending address to check"));
    }

    /// The status comes last: it tells watchers the result is complete.
    private void show(CheckResult result) {
        summary.set(result.summary());
        details.setAll(result.details());
        status.set(Optional.of(result.status()));
    }

    /// Only a bug gets here: the check reports every DNS fault as a result.
    private void crashed(Throwable failure) {
        summary.set("The check could not run: " + failure);
        details.clear();
        status.set(Optional.of(CheckStatus.ERROR));
    }

    private void clearResult() {
        status.set(Optional.empty());
        summary.set("");
        details.clear();
    }

    private void refresh() {
        entries.setAll(project.plan().map(PtrEntry::of).orElse(List.of()));
    }

    private static String describe(DnsChoice choice) {
        if (choice.servers().isEmpty()) {
            return "the system's DNS resolvers";
        }
        return choice.servers().size() == 1
                ? "the DNS server " + choice.servers().getFirst().display()
                : "the DNS servers "
                        + String.join(
                                ", ",
                                choice.servers().stream().map(Server.Endpoint::display).toList());
    }
}
