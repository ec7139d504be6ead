package org.sendready.operate;

import java.util.Locale;
import java.util.Optional;
import org.sendready.check.StepId;

/// The sendready step that fixes a rejection caused by the sender's own setup.
public enum FixStep {
    /// Reverse DNS: each sending IP needs a PTR naming a host that resolves back to it.
    PTR(StepId.PTR),
    /// The SPF record must authorize every sending IP.
    SPF(StepId.SPF),
    /// Messages must carry a valid DKIM signature of the sending domain.
    DKIM(StepId.DKIM),
    /// A DMARC record, and SPF or DKIM aligned with the From domain.
    DMARC(StepId.DMARC),
    /// The bounce (Return-Path) domain: receivers check SPF on the envelope sender's domain
    /// (RFC 7208 section 2.4), and refuse a sender whose domain cannot take bounces.
    BOUNCE(StepId.BOUNCE),
    /// The domain's MX records: a null MX (RFC 7505) says the domain takes no mail, bounces
    /// included.
    MX(StepId.MX),
    /// A sending IP is on a blocklist or has a poor reputation: check the lists, then ask for
    /// removal.
    BLOCKLIST(StepId.DNSBL);

    private final StepId check;

    FixStep(StepId check) {
        this.check = check;
    }

    /// The live check that shows whether this step is done, if there is one.
    public Optional<StepId> check() {
        return Optional.ofNullable(check);
    }

    /// The lower-case id used on the command line and in JSON (`ptr`, `blocklist`, ...).
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
