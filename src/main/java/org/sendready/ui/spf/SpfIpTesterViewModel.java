package org.sendready.ui.spf;

import java.net.InetAddress;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sendready.dns.IpAddresses;
import org.sendready.input.InvalidInput;
import org.sendready.plan.SetupPlan;
import org.sendready.spf.SpfEvaluation;
import org.sendready.spf.SpfEvaluator;
import org.sendready.spf.SpfRequest;
import org.sendready.spf.SpfResult;
import org.sendready.spf.SpfTrace;
import org.sendready.ui.common.PendingWork;
import org.sendready.ui.common.UiThreads;

/// "Would this IP pass?": check_host() (RFC 7208 section 4) of the draft record for an address
/// and sender the user types, in the background, with the result in words and the trace that
/// the include tree shows.
public final class SpfIpTesterViewModel {

    /// One evaluation's time limit, as the live SPF check uses: below the 10 s of a check.
    static final Duration TIME_LIMIT = Duration.ofSeconds(8);

    /// The field names in messages.
    static final String IP_FIELD = "IP address";

    static final String SENDER_FIELD = "sender";

    private final SpfDraftDns dns;
    private final PendingWork work;
    private final StringProperty ip = new SimpleStringProperty("");
    private final StringProperty sender = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper ipError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper senderError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SpfEvaluation> evaluation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper senderPrompt = new ReadOnlyStringWrapper("");
    private SetupPlan plan;

    SpfIpTesterViewModel(SpfDraftDns dns, UiThreads threads) {
        this.dns = dns;
        this.work = new PendingWork(threads);
        ip.addListener((obs, old, now) -> ipError.set(""));
        sender.addListener((obs, old, now) -> senderError.set(""));
    }

    /// The client address to test, as typed.
    public StringProperty ipProperty() {
        return ip;
    }

    /// The MAIL FROM address, as typed; empty means `postmaster@` the domain.
    public StringProperty senderProperty() {
        return sender;
    }

    /// The sender used when [#senderProperty()] is empty.
    public ReadOnlyStringProperty senderPromptProperty() {
        return senderPrompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ipErrorProperty() {
        return ipError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty senderErrorProperty() {
        return senderError.getReadOnlyProperty();
    }

    /// The latest evaluation; `null` before the first or after a change of the record.
    public ReadOnlyObjectProperty<SpfEvaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    /// `pass: 192.0.2.10 may send as postmaster@example.com`.
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /// What the result means for mail, and why it came out so.
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return work.busyProperty();
    }

    /// The trace of the latest evaluation, for the include tree; `null` when there is none.
    public SpfTrace trace() {
        var latest = evaluation.get();
        return latest == null ? null : latest.trace();
    }

    /// The record changed (`null`: it has errors). The first time, the IP is the plan's
    /// first sending address; a valid IP is tested again against the new record.
    void planChanged(SetupPlan newPlan) {
        work.cancelAll();
        this.plan = newPlan;
        if (newPlan == null) {
            evaluation.set(null);
            headline.set("");
            explanation.set("Fix the terms marked in red to test the record.");
            return;
        }
        senderPrompt.set(SpfRequest.POSTMASTER + "@" + newPlan.domain().ascii());
        if (ip.get().isBlank()) {
            newPlan.hosts().stream()
                    .flatMap(h -> h.addresses().stream())
                    .findFirst()
                    .ifPresent(address -> ip.set(IpAddresses.format(address)));
        }
        test();
    }

    /// Runs check_host() for the typed IP and sender against the draft, in the background.
    public void test() {
        work.cancelAll();
        if (plan == null) {
            return;
        }
        InetAddress client;
        String mailFrom;
        try {
            client = IpAddresses.parse(ip.get(), IP_FIELD);
        } catch (InvalidInput e) {
            ipError.set(e.getMessage());
            evaluation.set(null);
            headline.set("");
            explanation.set("");
            return;
        }
        try {
            mailFrom = SpfRequest.parseMailFrom(sender.get(), SENDER_FIELD);
        } catch (InvalidInput e) {
            senderError.set(e.getMessage());
            return;
        }
        var from = mailFrom.isEmpty() ? senderPrompt.get() : mailFrom;
        var request = new SpfRequest(client, from, plan.domain().ascii());
        var draft = plan;
        headline.set("Testing " + IpAddresses.format(client) + "...");
        explanation.set("");
        work.run(
                () ->
                        new SpfEvaluator(
                                        dns.preview(draft),
                                        SpfEvaluator.Options.defaults().withTimeLimit(TIME_LIMIT))
                                .evaluate(request),
                done -> show(done, client, request),
                failure -> explanation.set("The test did not finish: " + failure.getMessage()));
    }

    /// Stops a running test.
    void cancel() {
        work.cancelAll();
    }

    private void show(SpfEvaluation done, InetAddress client, SpfRequest request) {
        evaluation.set(done);
        var result = done.result();
        var who = IpAddresses.format(client);
        var mail = request.sender();
        headline.set(
                result.id()
                        + ": "
                        + switch (result) {
                            case PASS -> who + " may send as " + mail;
                            case FAIL -> who + " may not send as " + mail;
                            case SOFTFAIL -> who + " is probably not allowed to send as " + mail;
                            case NEUTRAL -> "the record says nothing about " + who;
                            case NONE -> "no SPF record for " + request.domain();
                            case TEMPERROR -> "a DNS lookup failed; try again";
                            case PERMERROR -> "the records are broken";
                        });
        var meaning = meaning(result);
        var exp = done.explanation().map(text -> " The domain explains: \"" + text + "\".");
        explanation.set(meaning + " Why: " + done.trace().detail() + "." + exp.orElse(""));
    }

    /// What a result means for the mail, after RFC 7208 section 8.
    static String meaning(SpfResult result) {
        return switch (result) {
            case PASS -> "Receivers count SPF as passed for this server (RFC 7208 section 8.3).";
            case FAIL ->
                    "Receivers may reject the mail or count it as failed (RFC 7208 section 8.4).";
            case SOFTFAIL ->
                    "Receivers usually accept the mail but mark it as suspicious (RFC 7208"
                            + " section 8.5).";
            case NEUTRAL ->
                    "Receivers treat the mail as if there were no SPF record (RFC 7208 section"
                            + " 8.2).";
            case NONE -> "Receivers find no SPF record to check (RFC 7208 section 8.1).";
            case TEMPERROR ->
                    "A transient DNS error: receivers may defer the mail and try later (RFC 7208"
                            + " section 8.6).";
            case PERMERROR ->
                    "The published records cannot be evaluated; fix them (RFC 7208 section"
                            + " 8.7).";
        };
    }
}
