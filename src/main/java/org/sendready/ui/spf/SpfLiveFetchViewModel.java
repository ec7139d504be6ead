package org.sendready.ui.spf;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.spf.SpfParser;
import org.sendready.ui.common.PendingWork;
import org.sendready.ui.common.UiThreads;

/// Fetches the SPF record a domain publishes now (its TXT records, RFC 7208 section 4.4), in
/// the background and cancellable, and hands the record's text on.
public final class SpfLiveFetchViewModel {
    private final SpfDraftDns dns;
    private final PendingWork work;
    private final Predicate<String> load;
    private final Consumer<String> paste;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    /// `load` receives the text of the one SPF record the domain publishes and says whether it
    /// could load it (false: a syntax error); `paste` receives the first of several records,
    /// which the user must merge.
    SpfLiveFetchViewModel(
            SpfDraftDns dns, UiThreads threads, Predicate<String> load, Consumer<String> paste) {
        this.dns = dns;
        this.work = new PendingWork(threads);
        this.load = load;
        this.paste = paste;
    }

    /// What the last fetch did, or why it did not.
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /// True when the last fetch failed or found nothing to use.
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fetchingProperty() {
        return work.busyProperty();
    }

    /// Asks DNS for `domain`'s TXT records.
    void fetch(DomainName domain) {
        work.cancelAll();
        failed.set(false);
        status.set("Asking DNS for the TXT records of " + domain.ascii() + "...");
        var resolver = dns.live();
        work.track(
                resolver.query(domain, RrType.TXT),
                answer -> received(domain, answer),
                bug -> fail("The lookup failed: " + bug.getMessage()));
    }

    /// Stops waiting for DNS.
    public void cancel() {
        if (work.busyProperty().get()) {
            work.cancelAll();
            failed.set(false);
            status.set("Fetching cancelled; nothing changed.");
        }
    }

    private void received(DomainName domain, DnsAnswer answer) {
        var name = domain.ascii();
        switch (answer) {
            case DnsAnswer.Records records -> {
                var spf =
                        records.recordsOf(ResourceRecord.Txt.class).stream()
                                .map(ResourceRecord.Txt::joined)
                                .filter(SpfParser::isSpfRecord)
                                .toList();
                if (spf.isEmpty()) {
                    fail(name + " publishes TXT records, but none is an SPF record (v=spf1).");
                } else if (spf.size() > 1) {
                    fail(
                            name
                                    + " publishes "
                                    + spf.size()
                                    + " SPF records, which receivers treat as a permerror (RFC"
                                    + " 7208 section 4.5). The first is in the paste field;"
                                    + " merge them into one.");
                    paste.accept(spf.getFirst());
                } else {
                    if (load.test(spf.getFirst())) {
                        status.set("Loaded the record " + name + " publishes now.");
                    } else {
                        fail(
                                "The record "
                                        + name
                                        + " publishes has a syntax error; it is in the paste"
                                        + " field to fix.");
                    }
                }
            }
            case DnsAnswer.NxDomain nx ->
                    fail(name + " does not exist in DNS (NXDOMAIN), so it has no SPF record yet.");
            case DnsAnswer.NoData noData ->
                    fail(name + " has no TXT records: no SPF record is published yet.");
            case DnsAnswer.Failed dnsFailure ->
                    fail(
                            "Could not fetch the record of "
                                    + name
                                    + ": "
                                    + dnsFailure.kind().description()
                                    + " from "
                                    + dnsFailure.from().display()
                                    + ". Check the DNS servers chosen in the Live check step,"
                                    + " or try again.");
        }
    }

    private void fail(String message) {
        failed.set(true);
        status.set(message);
    }
}
