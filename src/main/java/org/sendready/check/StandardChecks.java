package org.sendready.check;

import java.util.ArrayList;
import java.util.List;

/// The checks a board runs, one per setup step.
public final class StandardChecks {
    private StandardChecks() {}

    public static List<StepCheck> all() {
        return List.of(
                new HostCheck(),
                new PtrCheck(),
                new MxCheck(),
                new SpfCheck(),
                new DkimCheck(),
                new DmarcCheck(),
                new HeloCheck(),
                new BounceCheck());
    }

    /// Every step's check and the blocklist check, which runs only on request
    /// (docs/decisions/0005-dnsbl-check-on-request.md).
    public static List<StepCheck> withBlocklists() {
        var checks = new ArrayList<>(all());
        checks.add(DnsblCheck.standard());
        return List.copyOf(checks);
    }
}
