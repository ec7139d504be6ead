package org.sendready.check;

import java.util.Locale;

/// The outcome of a check, from best to worst as a board sorts them.
///
/// PENDING (not published yet), FAIL (published but wrong) and ERROR (DNS could not answer)
/// are kept apart on purpose: each asks the admin for something different.
public enum CheckStatus {
    /// Done and right.
    PASS,
    /// Works, but something should be improved (e.g. `~all`, a 1024-bit key, `t=y`).
    WARN,
    /// Not published yet, or not visible yet: publish the fix, or wait for caches.
    PENDING,
    /// Published, but wrong: change the record.
    FAIL,
    /// DNS could not answer (timeout, SERVFAIL): not the admin's records' fault.
    ERROR;

    /// True for the statuses that end a setup step: PASS and WARN.
    public boolean isGreen() {
        return this == PASS || this == WARN;
    }

    /// The lower-case name used in JSON and as a CSS pseudo-class (`pass`, `warn`, ...).
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /// The worse of two statuses.
    public CheckStatus worst(CheckStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
