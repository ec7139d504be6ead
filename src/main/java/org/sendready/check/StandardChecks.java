package org.sendready.check;

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
}
