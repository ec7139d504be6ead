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
