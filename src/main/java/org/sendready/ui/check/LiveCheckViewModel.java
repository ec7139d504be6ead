package org.sendready.ui.check;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.sendready.check.CheckContext;
import org.sendready.check.CheckReport;
import org.sendready.check.CheckResult;
import org.sendready.check.Checker;
import org.sendready.check.PerServerChecker;
import org.sendready.check.PreviewDns;
import org.sendready.check.StandardChecks;
import org.sendready.check.StatusChange;
import org.sendready.check.StepId;
import org.sendready.check.TtlText;
import org.sendready.check.Watch;
import org.sendready.check.WatchPacing;
import org.sendready.dmarc.RequestedPolicy;
import org.sendready.dns.AuthoritativeResolver;
import org.sendready.plan.SetupPlan;
import org.sendready.records.PlanRecords;
import org.sendready.ui.common.DnsAccess;
import org.sendready.ui.common.PendingWork;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.WizardContext;
import org.sendready.ui.wizard.WizardViewModel;

/// The live check: runs every step's check against the DNS the user chose, in the background,
/// and keeps the board, the wizard's badges ([WizardViewModel#lastReportProperty()]) and an
/// automatic re-check with its countdown up to date.
///
/// Re-checks are spaced as the CLI's watch spaces them ([WatchPacing]): no sooner than a
/// resolver's cached answer can have expired, backing off while nothing changes, and none once
/// everything is green. The countdown moves when the view calls [#tick()] (a timer there), and
/// reads the time from the injected clock, so tests move time by hand. A step that turns green
/// in a re-check (not in the first check of a setup) is announced through a [GreenNotifier].
public final class LiveCheckViewModel {
    private static final System.Logger LOG = System.getLogger(LiveCheckViewModel.class.getName());

    /// What a board was checked for: a change of any part starts the watch afresh.
    private record Setup(SetupPlan plan, DnsChoice dns, boolean preview, boolean blocklists) {}

    /// A finished check: the merged board and, in authoritative mode, each server's board.
    private record Outcome(Setup setup, CheckReport report, Map<String, CheckReport> byServer) {}

    private final WizardViewModel model;
    private final DnsAccess dns;
    private final Clock clock;
    private final GreenNotifier notifier;
    private final LiveCheckTuning tuning;
    private final PendingWork work;
    private final DateTimeFormatter timeOfDay;
    private final ResolverChoiceViewModel resolver = new ResolverChoiceViewModel();

    private final ReadOnlyObjectWrapper<CheckReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Propagation> propagation =
            new ReadOnlyObjectWrapper<>(Propagation.none());
    private final ReadOnlyBooleanWrapper allGreen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper previewShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final BooleanProperty autoRecheck = new SimpleBooleanProperty(true);
    private final BooleanProperty blocklists = new SimpleBooleanProperty(false);
    private final Map<StepId, Instant> visibleBy = new EnumMap<>(StepId.class);

    private Setup checked;
    private WatchPacing pacing;
    private Instant nextCheckAt;
    private boolean active;

    public LiveCheckViewModel(
            WizardContext context, GreenNotifier notifier, LiveCheckTuning tuning) {
        this.model = context.model();
        this.dns = context.dns();
        this.clock = context.clock();
        this.notifier = notifier;
        this.tuning = tuning;
        this.work = new PendingWork(context.threads());
        this.timeOfDay = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(clock.getZone());
        resolver.choiceProperty().addListener((obs, old, now) -> model.dnsProperty().set(now));
        resolver.modeProperty().addListener((obs, old, now) -> recheckIfShown());
        resolver.previewProperty().addListener((obs, old, now) -> recheckIfShown());
        autoRecheck.addListener((obs, old, on) -> autoChanged(on));
        blocklists.addListener((obs, old, now) -> recheckIfShown());
    }

    /// The DNS to ask; changing the mode or the preview re-checks at once.
    public ResolverChoiceViewModel resolver() {
        return resolver;
    }

    /// The board shown; `null` before the first check.
    public ReadOnlyObjectProperty<CheckReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /// Per name server, in authoritative mode; empty otherwise.
    public ReadOnlyObjectProperty<Propagation> propagationProperty() {
        return propagation.getReadOnlyProperty();
    }

    /// True when the board shown has every step green.
    public ReadOnlyBooleanProperty allGreenProperty() {
        return allGreen.getReadOnlyProperty();
    }

    /// True when the board shown is a preview of the planned records, not live DNS.
    public ReadOnlyBooleanProperty previewShownProperty() {
        return previewShown.getReadOnlyProperty();
    }

    /// True while a check runs.
    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /// One line on the last or running check, e.g. "Checked at 12:00:05 through ...".
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /// "Next check in 0:27" while a re-check is due; what automatic re-checking does otherwise.
    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    /// The board in one sentence: how many steps are green and what to do about the rest.
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /// Re-check automatically until everything is green (on by default).
    public BooleanProperty autoRecheckProperty() {
        return autoRecheck;
    }

    /// Also look the plan's sending addresses and domains up on blocklists; off by default,
    /// since it asks third parties (docs/decisions/0005-dnsbl-check-on-request.md). Changing it
    /// re-checks at once.
    public BooleanProperty blocklistsProperty() {
        return blocklists;
    }

    /// The user opened the page: show the wizard's DNS choice and check.
    public void entered() {
        resolver.load(model.dnsProperty().get());
        active = true;
        if (checked != null && !model.project().plan().filter(checked.plan()::equals).isPresent()) {
            clearBoard();
        }
        checkNow();
    }

    /// The user left the page: stop the running check and the countdown.
    public void left() {
        active = false;
        if (work.busyProperty().get()) {
            status.set("The check was stopped when you left the page.");
        }
        work.cancelAll();
        nextCheckAt = null;
        updateCountdown();
    }

    /// Checks now (Re-check, F5), replacing a check still running.
    public void checkNow() {
        var plan = model.project().plan();
        if (plan.isEmpty()) {
            status.set("There is no plan to check yet: start with the Domain step.");
            return;
        }
        if (!resolver.valid()) {
            status.set("Correct the DNS servers first. " + resolver.errorProperty().get());
            return;
        }
        work.cancelAll();
        nextCheckAt = null;
        var setup =
                new Setup(
                        plan.get(),
                        resolver.choiceProperty().get(),
                        resolver.previewing(),
                        blocklists.get());
        status.set(
                "Checking through "
                        + LiveCheckText.describe(setup.plan(), setup.dns(), setup.preview())
                        + "...");
        updateCountdown();
        work.run(() -> run(setup), this::show, this::failed);
    }

    /// Stops the running check; automatic re-checking stops too, so the user decides when to
    /// ask again (a check is usually cancelled because DNS does not answer).
    public void cancel() {
        if (!work.busyProperty().get()) {
            return;
        }
        work.cancelAll();
        autoRecheck.set(false);
        status.set("Check cancelled; automatic re-check is off. Re-check when you are ready.");
    }

    /// The timer's beat: updates the countdown and starts the re-check that is due.
    public void tick() {
        if (active
                && nextCheckAt != null
                && !clock.instant().isBefore(nextCheckAt)
                && !work.busyProperty().get()) {
            checkNow();
            return;
        }
        updateCountdown();
    }

    /// Opens the wizard step that sets up `step`'s records.
    public void goTo(StepId step) {
        model.goTo(CheckStepNames.owner(step));
    }

    /// For a step that is not green because a resolver may still hold the old answer: until
    /// when, and what to do meanwhile.
    public Optional<String> waitNote(CheckResult result) {
        if (result.status().isGreen() || (checked != null && checked.dns().authoritative())) {
            return Optional.empty(); // no resolver cache between the name servers and us
        }
        var by = Optional.ofNullable(visibleBy.get(result.step()));
        return result.settlesWithin()
                .map(
                        ttl ->
                                "Resolvers may keep serving the old answer for up to "
                                        + TtlText.of(ttl)
                                        + by.map(at -> " (until " + timeOfDay.format(at) + ")")
                                                .orElse("")
                                        + ". Authoritative name servers (above) show what is"
                                        + " published now.");
    }

    /// What to do once everything is green.
    public List<String> nextSteps() {
        return LiveCheckText.nextSteps(
                model.project().plan().map(p -> p.dmarc().policy()).orElse(RequestedPolicy.NONE));
    }

    private void recheckIfShown() {
        if (active && resolver.valid()) {
            checkNow();
        }
    }

    private void autoChanged(boolean on) {
        if (!on) {
            nextCheckAt = null;
            updateCountdown();
            return;
        }
        var board = report.get();
        if (active && !work.busyProperty().get() && (board == null || !board.ok())) {
            checkNow();
        } else {
            updateCountdown();
        }
    }

    /// Background: one check of `setup`.
    private Outcome run(Setup setup) {
        var live = dns.open(setup.dns());
        var records = PlanRecords.of(setup.plan());
        var context =
                new CheckContext(
                        setup.plan(),
                        records,
                        setup.preview() ? PreviewDns.over(live, records) : live);
        var checks = setup.blocklists() ? StandardChecks.withBlocklists() : StandardChecks.all();
        var checker = new Checker(checks, tuning.deadline());
        if (setup.dns().authoritative()) {
            var nameServers = new AuthoritativeResolver(live, live, tuning.nameServerPort(), false);
            var boards = new PerServerChecker(checker, nameServers, live).runEach(context).join();
            return new Outcome(setup, boards.merged(), boards.byServer());
        }
        return new Outcome(setup, checker.run(context).join(), Map.of());
    }

    private void show(Outcome outcome) {
        var now = clock.instant();
        if (!outcome.setup().equals(checked)) {
            checked = outcome.setup();
            pacing = new WatchPacing(Watch.Policy.standard(!checked.dns().authoritative()));
            visibleBy.clear();
        }
        var board = outcome.report();
        var round = pacing.record(now, board);
        round.settling().forEach(s -> visibleBy.put(s.step(), s.expectedBy()));
        board.steps().stream()
                .filter(r -> r.status().isGreen())
                .forEach(r -> visibleBy.remove(r.step()));

        report.set(board);
        headline.set(LiveCheckText.headline(board));
        propagation.set(Propagation.of(board, outcome.byServer()));
        allGreen.set(board.ok());
        previewShown.set(outcome.setup().preview());
        if (!outcome.setup().preview()) {
            model.lastReportProperty().set(board);
        }
        status.set(
                "Checked at "
                        + timeOfDay.format(now)
                        + " through "
                        + LiveCheckText.describe(checked.plan(), checked.dns(), checked.preview())
                        + ".");
        announce(round.changes(), board.ok());
        nextCheckAt = autoRecheck.get() && !board.ok() ? now.plus(pacing.nextWait(now)) : null;
        updateCountdown();
    }

    /// Tells of the steps that were checked before, not green, and are green now.
    private void announce(List<StatusChange> changes, boolean everythingGreen) {
        var turnedGreen =
                changes.stream()
                        .filter(c -> c.before().filter(before -> !before.isGreen()).isPresent())
                        .filter(c -> c.now().status().isGreen())
                        .map(StatusChange::step)
                        .toList();
        if (!turnedGreen.isEmpty()) {
            notifier.show(new GreenNotice(turnedGreen, everythingGreen));
        }
    }

    private void failed(Throwable failure) {
        LOG.log(Level.ERROR, "live check failed", failure);
        status.set("The check could not finish (" + failure + "). Try again.");
        nextCheckAt = null;
        updateCountdown();
    }

    private void clearBoard() {
        checked = null;
        report.set(null);
        headline.set("");
        propagation.set(Propagation.none());
        allGreen.set(false);
        visibleBy.clear();
    }

    private void updateCountdown() {
        var board = report.get();
        if (!autoRecheck.get()) {
            countdown.set("");
        } else if (nextCheckAt != null) {
            var left = Duration.between(clock.instant(), nextCheckAt);
            long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
            countdown.set("Next check in " + LiveCheckText.minutesSeconds(seconds));
        } else if (board != null && board.ok() && !work.busyProperty().get()) {
            countdown.set("Everything is green: automatic re-check stopped.");
        } else {
            countdown.set("");
        }
    }
}
