package org.sendready.bounce;

import java.util.Locale;

/// What a returned message means for the recipient's address.
public enum BounceClass {
    /// A permanent failure (RFC 3463 class 5): the address does not take mail, resending
    /// will not help. The only class that goes on the suppression list.
    HARD,
    /// A transient failure (class 4), or a permanent code for a passing state such as a full
    /// mailbox: a later message may arrive.
    SOFT,
    /// An automatic answer from the recipient (RFC 3834 `Auto-Submitted: auto-replied`, out
    /// of office, vacation): the message was delivered.
    AUTO_REPLY,
    /// Not recognisable as a bounce or an auto-reply, or a report of success.
    UNKNOWN;

    /// The lower-case id used in CSV and JSON (`hard`, `auto-reply`, ...).
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
