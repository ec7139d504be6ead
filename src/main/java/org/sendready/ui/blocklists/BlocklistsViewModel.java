package org.sendready.ui.blocklists;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sendready.dns.Server;
import org.sendready.dnsbl.BlocklistScanner;
import org.sendready.dnsbl.DnsblReport;
import org.sendready.dnsbl.Listing;
import org.sendready.input.InvalidInput;
import org.sendready.ui.common.DnsAccess;
import org.sendready.ui.common.FileDialogs;
import org.sendready.ui.common.PendingWork;
import org.sendready.ui.common.ServerListText;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.WizardViewModel;

/// The Blocklists page's state: what to look up ([#targets()]), which lists to ask
/// ([#lists()]), the DNS to ask through (the wizard's choice, shared with the Live check), and
/// the scan with its results.
///
/// Nothing is asked until the user starts a scan: it tells third parties about the setup
/// (docs/decisions/0005-dnsbl-check-on-request.md). The scan runs in the background, reports
/// each list's answer as it comes, can be cancelled, and is cancelled when the user leaves.
/// It leaves the sidebar badge alone: that shows the Live check's DNSBL step.
public final class BlocklistsViewModel {
    private static final System.Logger LOG = System.getLogger(BlocklistsViewModel.class.getName());

    /// The DNS servers field as the page labels it.
    static final String SERVERS_FIELD = ServerListText.FIELD;

    private final WizardViewModel wizard;
    private final UiThreads threads;
    private final DnsAccess dns;
    private final BlocklistsTuning tuning;
    private final PendingWork scanning;
    private final BlocklistTargetsViewModel targets = new BlocklistTargetsViewModel();
    private final BlocklistSetViewModel lists;

    private final StringProperty serversText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper serversError = new ReadOnlyStringWrapper("");

    private final ReadOnlyObjectWrapper<BlocklistsScan> scan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Listing> listings = FXCollections.observableArrayList();
    private final ObservableList<Listing> listingsView =
            FXCollections.unmodifiableObservableList(listings);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<DnsblReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BlocklistsSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper askedThrough = new ReadOnlyStringWrapper("");
    private final SimpleObjectProperty<BlocklistsMessage> message = new SimpleObjectProperty<>();
    private final DoubleBinding progress;

    /// Counts scans, so the answers of a cancelled one are dropped when they come late.
    private long generation;

    private final AtomicReference<ScanHandle> running = new AtomicReference<>();

    public BlocklistsViewModel(
            WizardViewModel wizard,
            UiThreads threads,
            DnsAccess dns,
            FileDialogs files,
            BlocklistsTuning tuning) {
        this.wizard = wizard;
        this.threads = threads;
        this.dns = dns;
        this.tuning = tuning;
        this.scanning = new PendingWork(threads);
        this.lists = new BlocklistSetViewModel(files, new PendingWork(threads), message);
        progress =
                Bindings.createDoubleBinding(
                        () -> total.get() == 0 ? 0 : (double) listings.size() / total.get(),
                        listings,
                        total);
        serversText.set(serversOf(wizard.dnsProperty().get()));
        serversText.addListener((obs, old, now) -> applyServers(now));
        wizard.dnsProperty().addListener((obs, old, now) -> showServers(now));
        wizard.project()
                .planProperty()
                .addListener((obs, old, now) -> targets.follow(wizard.project().plan()));
        targets.follow(wizard.project().plan());
    }

    /// What the next scan looks up.
    public BlocklistTargetsViewModel targets() {
        return targets;
    }

    /// Which lists the next scan asks.
    public BlocklistSetViewModel lists() {
        return lists;
    }

    // ---- DNS ----

    /// The resolvers to ask, as typed (empty for the system's); shared with the Live check.
    public StringProperty serversTextProperty() {
        return serversText;
    }

    /// Why the typed servers do not parse, as `DNS servers: reason`; empty when they do.
    public ReadOnlyStringProperty serversErrorProperty() {
        return serversError.getReadOnlyProperty();
    }

    /// Which DNS a scan asks: `the system's resolvers` or the servers.
    public ObservableValue<String> dnsDescription() {
        return wizard.dnsProperty().map(BlocklistsDnsText::describe);
    }

    /// A warning when the DNS is a well-known public resolver; empty otherwise.
    public ObservableValue<String> publicResolverWarning() {
        return wizard.dnsProperty()
                .map(c -> BlocklistsDnsText.publicResolverWarning(c.servers()).orElse(""));
    }

    private void applyServers(String text) {
        try {
            var servers = servers(text);
            serversError.set("");
            var current = wizard.dnsProperty().get();
            if (!current.servers().equals(servers)) {
                wizard.dnsProperty().set(new DnsChoice(servers, current.authoritative()));
            }
        } catch (InvalidInput e) {
            serversError.set(e.getMessage());
        }
    }

    /// Shows a choice made elsewhere (the Live check page) unless the field means it already.
    private void showServers(DnsChoice choice) {
        if (!sameServers(serversText.get(), choice)) {
            serversText.set(serversOf(choice));
        }
    }

    private static boolean sameServers(String text, DnsChoice choice) {
        try {
            return servers(text).equals(choice.servers());
        } catch (InvalidInput e) {
            return false;
        }
    }

    private static String serversOf(DnsChoice choice) {
        return BlocklistsDnsText.endpoints(choice.servers());
    }

    private static List<Server.Endpoint> servers(String text) {
        return ServerListText.parse(text, false);
    }

    // ---- the scan ----

    /// Looks every target up on every ticked list that covers it. Returns the background work
    /// (done at once when there is nothing to ask, or a scan runs already).
    public CompletableFuture<?> scan() {
        if (busyProperty().get()) {
            return CompletableFuture.completedFuture(null);
        }
        var shape = new BlocklistsScan(targets.current(), lists.selected());
        var refusal = refusal(shape);
        if (!refusal.isEmpty()) {
            message.set(BlocklistsMessage.error(refusal));
            return CompletableFuture.completedFuture(null);
        }
        long mine = ++generation;
        message.set(null);
        report.set(null);
        summary.set(null);
        askedThrough.set("");
        listings.clear();
        total.set(BlocklistScanner.size(shape.targets(), shape.lists()));
        scan.set(null); // a new grid even when the scan asks what the last one did
        scan.set(shape);
        var choice = wizard.dnsProperty().get();
        var handle = new ScanHandle();
        running.set(handle);
        return scanning.run(
                () -> {
                    var resolver = dns.open(choice);
                    var future =
                            new BlocklistScanner(resolver, tuning.maxInFlight(), tuning.deadline())
                                    .scan(
                                            shape.targets(),
                                            shape.lists(),
                                            listing ->
                                                    threads.fxThread()
                                                            .execute(() -> arrived(mine, listing)));
                    handle.started(future);
                    return new Finished(future.join(), resolver.servers());
                },
                finished -> finish(mine, finished),
                failure -> {
                    LOG.log(Level.ERROR, "blocklist scan failed", failure);
                    running.set(null);
                    message.set(
                            BlocklistsMessage.error(
                                    "The scan stopped: sendready hit an internal error ("
                                            + failure
                                            + ")."));
                });
    }

    /// Why a scan cannot start, naming what to change; empty when it can.
    private String refusal(BlocklistsScan shape) {
        if (shape.targets().isEmpty()) {
            return "Nothing to look up: add a public sending IP address or a domain above.";
        }
        if (shape.lists().isEmpty()) {
            return "No list is ticked: tick the lists to ask.";
        }
        if (BlocklistScanner.size(shape.targets(), shape.lists()) == 0) {
            return "None of the ticked lists covers these targets: IP lists look up addresses,"
                    + " domain lists domains (and most IP lists only IPv4).";
        }
        if (!serversError.get().isEmpty()) {
            return serversError.get() + ".";
        }
        return "";
    }

    /// Stops the running scan; its answers so far are dropped with it.
    public void cancel() {
        if (!busyProperty().get()) {
            return;
        }
        generation++;
        scanning.cancelAll();
        var handle = running.getAndSet(null);
        if (handle != null) {
            handle.cancel();
        }
        int answered = listings.size();
        int expected = total.get();
        scan.set(null);
        listings.clear();
        total.set(0);
        message.set(
                BlocklistsMessage.info(
                        "Scan cancelled after "
                                + answered
                                + " of "
                                + expected
                                + " answers; nothing was concluded."));
    }

    private void arrived(long scanNumber, Listing listing) {
        if (scanNumber == generation && !listings.contains(listing)) {
            listings.add(listing);
        }
    }

    private void finish(long scanNumber, Finished finished) {
        if (scanNumber != generation) {
            return;
        }
        running.set(null);
        listings.setAll(finished.report().listings());
        report.set(finished.report());
        summary.set(BlocklistsSummary.of(finished.report()));
        askedThrough.set(
                "Asked through "
                        + (finished.servers().isEmpty()
                                ? "the system's resolvers"
                                : BlocklistsDnsText.endpoints(finished.servers()))
                        + ".");
    }

    /// What the current or last scan asks; `null` before the first and after a cancel.
    public ReadOnlyObjectProperty<BlocklistsScan> scanProperty() {
        return scan.getReadOnlyProperty();
    }

    /// The answers of the current scan as they come, all of them once it finished.
    public ObservableList<Listing> listings() {
        return listingsView;
    }

    /// How many answers the current scan waits for: one per target and list that covers it.
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /// From 0 to 1: the share of the answers that came.
    public DoubleBinding progress() {
        return progress;
    }

    /// The finished scan; `null` while one runs and before the first.
    public ReadOnlyObjectProperty<DnsblReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BlocklistsSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// `Asked through 127.0.0.53:53.` after a scan: the servers really asked.
    public ReadOnlyStringProperty askedThroughProperty() {
        return askedThrough.getReadOnlyProperty();
    }

    /// What the last load, save or scan attempt says; `null` when nothing.
    public ReadOnlyObjectProperty<BlocklistsMessage> messageProperty() {
        return message;
    }

    /// True while a scan runs.
    public ReadOnlyBooleanProperty busyProperty() {
        return scanning.busyProperty();
    }

    /// The user opened the page: show the plan's targets if they changed meanwhile.
    public void entered() {
        targets.follow(wizard.project().plan());
    }

    /// The user left: a running scan is cancelled.
    public void left() {
        cancel();
    }

    private record Finished(DnsblReport report, List<Server.Endpoint> servers) {}

    /// The scanner's future once the background work started it, so Cancel reaches it even
    /// when it comes first.
    private static final class ScanHandle {
        private final AtomicReference<CompletableFuture<DnsblReport>> future =
                new AtomicReference<>();
        private volatile boolean cancelled;

        void started(CompletableFuture<DnsblReport> scan) {
            future.set(scan);
            if (cancelled) {
                scan.cancel(false);
            }
        }

        void cancel() {
            cancelled = true;
            var scan = future.get();
            if (scan != null) {
                scan.cancel(false);
            }
        }
    }
}
