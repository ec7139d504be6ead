package org.sendready.ui.spf;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sendready.plan.SetupPlan;
import org.sendready.spf.LookupTally;
import org.sendready.spf.SpfEvaluation;
import org.sendready.spf.SpfRecord;
import org.sendready.ui.common.PendingWork;
import org.sendready.ui.common.UiThreads;

/// The DNS-lookup gauge: how many of the 10 DNS-querying terms RFC 7208 section 4.6.4 allows
/// the record uses, first as written, then counted through its includes in the background.
public final class SpfLookupGaugeViewModel {

    /// How long counting through includes may take: a few include levels of a slow resolver.
    static final Duration TIME_LIMIT = Duration.ofSeconds(8);

    private final SpfDraftDns dns;
    private final PendingWork work;
    private final ReadOnlyObjectWrapper<LookupTally> tally = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    SpfLookupGaugeViewModel(SpfDraftDns dns, UiThreads threads) {
        this.dns = dns;
        this.work = new PendingWork(threads);
    }

    /// The latest tally; `null` while the record is invalid.
    public ReadOnlyObjectProperty<LookupTally> tallyProperty() {
        return tally.getReadOnlyProperty();
    }

    /// `3 of 10 DNS lookups, 0 of 2 void`.
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /// How the count was made, and what receivers would stumble over.
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /// True while counting through includes.
    public ReadOnlyBooleanProperty countingProperty() {
        return work.busyProperty();
    }

    /// Counts `plan`'s SPF record: at once as written, then through includes when it has any.
    void update(SetupPlan plan) {
        work.cancelAll();
        if (plan == null) {
            show(null, "Fix the terms marked in red to count the record's DNS lookups.");
            return;
        }
        var record = plan.spf();
        var own = LookupTally.ofRecord(record);
        if (own.complete()) {
            show(own, "Counted from the record itself: it includes no other record.");
            return;
        }
        show(own, "This record alone; counting through its includes...");
        var domain = plan.domain();
        work.run(
                () -> LookupTally.count(record, domain, dns.preview(plan), TIME_LIMIT),
                counted -> show(counted, describe(counted)),
                failure ->
                        show(own, "Could not count through the includes: " + failure.getMessage()));
    }

    /// Stops counting.
    void cancel() {
        work.cancelAll();
    }

    private void show(LookupTally counted, String why) {
        tally.set(counted);
        note.set(why);
        text.set(
                counted == null
                        ? "DNS lookups: not known"
                        : counted.lookups()
                                + " of "
                                + SpfRecord.MAX_DNS_TERMS
                                + " DNS lookups, "
                                + counted.voidLookups()
                                + " of "
                                + SpfEvaluation.MAX_VOID_LOOKUPS
                                + " void");
    }

    private static String describe(LookupTally counted) {
        var head =
                switch (counted.level()) {
                    case OK -> "Within the limit";
                    case NEAR -> "Near the limit: one more provider include may exceed it";
                    case OVER ->
                            "Over the limit: receivers give permerror for servers not matched"
                                    + " early (RFC 7208 section 4.6.4)";
                };
        var how =
                counted.complete()
                        ? ", counted through every include."
                        : ", counted as far as DNS answered.";
        var notes = String.join(" ", counted.notes());
        return head + how + (notes.isEmpty() ? "" : " " + notes);
    }
}
