package org.sendready.ui.bounces;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.sendready.bounce.BounceKey;
import org.sendready.bounce.BounceKeyFile;
import org.sendready.bounce.BounceParser;
import org.sendready.bounce.BounceProcessor;
import org.sendready.bounce.BounceReport;
import org.sendready.bounce.MailboxPassword;
import org.sendready.bounce.MessageSource;
import org.sendready.bounce.TokenSigner;
import org.sendready.input.InvalidInput;
import org.sendready.ui.common.FileDialogs;
import org.sendready.ui.common.FileDialogs.Filter;
import org.sendready.ui.common.PendingWork;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.WizardStep;
import org.sendready.ui.wizard.WizardViewModel;

/// The Bounces page's state: where the returned mail comes from, the optional token key, one
/// processing run at a time in the background (cancellable: the worker thread is interrupted,
/// which the message sources check), and the report as rows, totals and setup problems.
public final class BouncesViewModel {
    private static final System.Logger LOG = System.getLogger(BouncesViewModel.class.getName());

    /// Files or a mailbox server.
    public enum Origin {
        FILES,
        MAILBOX
    }

    private final WizardViewModel wizard;
    private final FileDialogs files;
    private final UiThreads threads;
    private final Clock clock;
    private final PendingWork keyWork;
    private final MailboxSettings mailbox = new MailboxSettings();
    private final ObjectProperty<Origin> origin = new SimpleObjectProperty<>(Origin.FILES);
    private final ReadOnlyObjectWrapper<BounceFiles> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper keyStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper keyFailed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper processed = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<BounceReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<BounceRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<BounceRow> rows = new FilteredList<>(allRows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<SetupProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper fixMessage = new ReadOnlyStringWrapper("");
    private final SuppressionExport export;
    private Optional<BounceKey> key = Optional.empty();
    private Run current;

    public BouncesViewModel(
            WizardViewModel wizard, FileDialogs files, UiThreads threads, Clock clock) {
        this.wizard = wizard;
        this.files = files;
        this.threads = threads;
        this.clock = clock;
        this.keyWork = new PendingWork(threads);
        this.export = new SuppressionExport(wizard.project(), files, threads, report);
        filter.addListener((obs, old, now) -> rows.setPredicate(row -> row.matches(now)));
    }

    public MailboxSettings mailbox() {
        return mailbox;
    }

    public SuppressionExport export() {
        return export;
    }

    public ObjectProperty<Origin> originProperty() {
        return origin;
    }

    /// The files chosen; `null` before any.
    public ReadOnlyObjectProperty<BounceFiles> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /// Which key verifies tokens, or why the chosen file is not a key.
    public ReadOnlyStringProperty keyStatusProperty() {
        return keyStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty keyFailedProperty() {
        return keyFailed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /// Messages processed so far in the current (or last) run.
    public ReadOnlyIntegerProperty processedProperty() {
        return processed.getReadOnlyProperty();
    }

    /// What the last run did, or why it could not start or failed.
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /// The last run's report; `null` before the first.
    public ReadOnlyObjectProperty<BounceReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /// The report's recipients that match [#filterProperty()].
    public ObservableList<BounceRow> rows() {
        return rows;
    }

    /// Text the table's rows must contain (any column).
    public StringProperty filterProperty() {
        return filter;
    }

    /// Bounces our own setup caused, one per cause.
    public ObservableList<SetupProblem> problems() {
        return problems;
    }

    /// Why the last "Fix in" could not open its step; empty when it did.
    public ReadOnlyStringProperty fixMessageProperty() {
        return fixMessage.getReadOnlyProperty();
    }

    public void chooseEml() {
        var picked =
                files.openMany(
                        "Choose returned messages (.eml)",
                        List.of(Filter.of("Messages", "*.eml"), Filter.of("All files", "*")));
        if (!picked.isEmpty()) {
            chosen.set(new BounceFiles.Eml(picked));
        }
    }

    public void chooseMbox() {
        files.open("Choose an mbox file", List.of(Filter.of("All files", "*")))
                .ifPresent(file -> chosen.set(new BounceFiles.Mbox(file)));
    }

    public void chooseMaildir() {
        files.openFolder("Choose a Maildir folder (with new/ and cur/)")
                .ifPresent(folder -> chosen.set(new BounceFiles.Maildir(folder)));
    }

    /// Asks for the token key file and reads it in the background.
    public void chooseKey() {
        files.open("Choose the bounce token key", List.of(Filter.of("All files", "*")))
                .ifPresent(this::loadKey);
    }

    /// Reads the key in `file`; its errors show in [#keyStatusProperty()].
    public void loadKey(Path file) {
        keyWork.run(
                () -> BounceKeyFile.read(file),
                loaded -> {
                    key = Optional.of(loaded);
                    keyFailed.set(false);
                    keyStatus.set(
                            "Key " + file + ": tokens are verified, forged bounces are ignored.");
                },
                failure -> {
                    key = Optional.empty();
                    keyFailed.set(true);
                    keyStatus.set("No key: " + describe(failure));
                });
    }

    /// Verifies no tokens again.
    public void forgetKey() {
        key = Optional.empty();
        keyFailed.set(false);
        keyStatus.set("");
    }

    /// Starts a run over the chosen source. `password` (used for a mailbox only) is
    /// overwritten before this returns; the copy the run uses is overwritten when it ends.
    public void process(char[] password) {
        try {
            if (running.get()) {
                return;
            }
            Supplier<MessageSource> source;
            MailboxPassword secret = null;
            try {
                if (origin.get() == Origin.MAILBOX) {
                    secret = new MailboxPassword(password);
                    var mailboxSource = mailbox.source(secret);
                    source = () -> mailboxSource;
                } else {
                    var files = chosen.get();
                    if (files == null) {
                        throw new InvalidInput(
                                "messages", "none chosen; choose .eml files, an mbox or a Maildir");
                    }
                    source = files::open;
                }
            } catch (InvalidInput e) {
                if (secret != null) {
                    secret.clear();
                }
                report(e.getMessage(), true);
                return;
            }
            start(source, Optional.ofNullable(secret));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /// Stops the running run; the messages read so far stay in the report.
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /// Opens `step` to fix a setup problem, or says why it cannot be opened yet.
    public void fix(WizardStep step) {
        if (wizard.goTo(step)) {
            fixMessage.set("");
        } else {
            fixMessage.set(
                    step.title()
                            + " works on a project, and none is open: make one in the Domain and"
                            + " servers step (or open a project file), then fix it there.");
        }
    }

    /// The user left the page: stop the run and the key reading.
    public void left() {
        cancel();
        keyWork.cancelAll();
    }

    private void start(Supplier<MessageSource> source, Optional<MailboxPassword> secret) {
        var run = new Run();
        current = run;
        running.set(true);
        processed.set(0);
        report("Processing...", false);
        var processor = new BounceProcessor(new BounceParser(), key.map(TokenSigner::new), clock);
        threads.background()
                .execute(
                        () -> {
                            run.begin();
                            try {
                                var result = processor.run(source.get(), m -> run.progress());
                                post(() -> finished(run, result));
                            } catch (InvalidInput e) {
                                post(() -> stopped(run, e.getMessage()));
                            } catch (RuntimeException e) {
                                LOG.log(Level.ERROR, "processing bounces failed", e);
                                post(
                                        () ->
                                                stopped(
                                                        run,
                                                        "sendready hit an internal error ("
                                                                + e
                                                                + ")"));
                            } finally {
                                run.end();
                                secret.ifPresent(MailboxPassword::clear);
                            }
                        });
    }

    private void finished(Run run, BounceReport result) {
        running.set(false);
        processed.set(run.count.get());
        report.set(result);
        var list = new ArrayList<BounceRow>();
        for (var message : result.messages()) {
            for (var judged : message.recipients()) {
                list.add(BounceRow.of(message, judged));
            }
        }
        allRows.setAll(list);
        problems.setAll(
                result.setupCauses().entrySet().stream()
                        .map(e -> SetupProblem.of(e.getKey(), e.getValue()))
                        .toList());
        fixMessage.set("");
        int messages = result.messages().size();
        int suppressed = result.suppressions().size();
        var counts = messages + (messages == 1 ? " message" : " messages");
        report(
                (run.cancelled
                                ? "Cancelled after " + counts + "; the results cover those."
                                : "Processed " + counts + ".")
                        + " "
                        + suppressed
                        + (suppressed == 1 ? " address" : " addresses")
                        + " to suppress"
                        + (problems.isEmpty()
                                ? "."
                                : "; " + problems.size() + " setup problem(s) to fix below."),
                false);
    }

    private void stopped(Run run, String message) {
        running.set(false);
        processed.set(run.count.get());
        if (run.cancelled) {
            report("Cancelled: " + message, false);
        } else {
            report("Not processed: " + message, true);
        }
    }

    private void post(Runnable action) {
        threads.fxThread().execute(action);
    }

    private void report(String message, boolean failure) {
        status.set(message);
        failed.set(failure);
    }

    private static String describe(Throwable failure) {
        return failure instanceof InvalidInput e ? e.getMessage() : failure.toString();
    }

    /// One processing run: its worker thread (to interrupt on cancel) and its progress.
    private final class Run {
        private final AtomicInteger count = new AtomicInteger();
        private final AtomicBoolean posted = new AtomicBoolean();
        private Thread worker;
        private volatile boolean cancelled;

        synchronized void begin() {
            worker = Thread.currentThread();
            if (cancelled) {
                worker.interrupt();
            }
        }

        /// After this, no cancel interrupts the thread; an earlier interrupt is cleared so a
        /// pooled (or, in tests, the calling) thread goes on uninterrupted.
        void end() {
            synchronized (this) {
                worker = null;
            }
            Thread.interrupted();
        }

        synchronized void cancel() {
            cancelled = true;
            if (worker != null) {
                worker.interrupt();
            }
        }

        /// Counts a message; the FX thread hears of it at most once per pending update.
        void progress() {
            count.incrementAndGet();
            if (posted.compareAndSet(false, true)) {
                post(
                        () -> {
                            posted.set(false);
                            if (current == this && running.get()) {
                                processed.set(count.get());
                            }
                        });
            }
        }
    }
}
