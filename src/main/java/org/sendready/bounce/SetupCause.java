package org.sendready.bounce;

import java.util.List;
import java.util.Locale;
import org.sendready.check.StepId;

/// A bounce whose cause is the sender's own setup rather than the recipient's address: the
/// receiving server refused the message because of reverse DNS, SPF, DKIM, DMARC or a
/// blocklist. Such a bounce never suppresses the recipient; it names the setup step that
/// fixes it.
///
/// (The MTA log analysis keeps a catalogue of its own for log lines; the two are to be
/// unified.)
public enum SetupCause {
    /// RFC 7372 section 3.3: x.7.25, reverse DNS validation failed.
    PTR(
            List.of(StepId.PTR),
            "the receiving server found no matching reverse DNS (PTR) for the sending IP"),
    /// RFC 7372 section 3.2: x.7.23 SPF validation failed, x.7.24 SPF validation error.
    SPF(
            List.of(StepId.SPF, StepId.BOUNCE),
            "SPF did not pass for the envelope sender (the Return-Path domain)"),
    /// RFC 7372 section 3.1: x.7.20 to x.7.22, no passing or acceptable DKIM signature.
    DKIM(List.of(StepId.DKIM), "the message had no DKIM signature the receiver accepted"),
    /// The receiver applied the From domain's DMARC policy (RFC 7489): neither SPF nor DKIM
    /// passed in alignment with the From domain.
    DMARC(
            List.of(StepId.DMARC, StepId.DKIM, StepId.SPF),
            "the message failed DMARC: neither SPF nor DKIM passed aligned with the From domain"),
    /// RFC 7372 section 3.4 x.7.26 (multiple authentication checks failed), as large
    /// receivers use it for unauthenticated mail: neither SPF nor DKIM passed.
    UNAUTHENTICATED(
            List.of(StepId.DKIM, StepId.SPF),
            "the receiver found the message unauthenticated: neither SPF nor DKIM passed"),
    /// RFC 7505 section 4.2: x.7.27, the sender's domain publishes a null MX (so it cannot
    /// receive bounces).
    NULL_MX(
            List.of(StepId.BOUNCE, StepId.MX),
            "the sender's domain has a null MX, so receivers refuse mail that cannot bounce"),
    /// The sending IP is on a DNS blocklist (RFC 5782) or a receiver's own block list.
    BLOCKLIST(
            List.of(StepId.DNSBL),
            "the sending IP is on a blocklist; look it up at the list the message names and"
                    + " ask for removal once the cause is fixed");

    private final List<StepId> steps;
    private final String description;

    SetupCause(List<StepId> steps, String description) {
        this.steps = steps;
        this.description = description;
    }

    /// The checks (`sendready check` steps) whose fix removes the cause, most likely first;
    /// empty when no sendready step covers it yet.
    public List<StepId> steps() {
        return steps;
    }

    /// One sentence for the admin.
    public String description() {
        return description;
    }

    /// The lower-case id used in CSV and JSON (`ptr`, `null-mx`, ...).
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
