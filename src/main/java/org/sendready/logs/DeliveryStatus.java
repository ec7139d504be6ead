package org.sendready.logs;

import java.util.Locale;

/// The outcome Postfix logged for one recipient, plus [#EXPIRED] for recipients still
/// deferred when the queue manager gave the message up.
public enum DeliveryStatus {
    /// `status=sent`: the next hop accepted the message (or it was delivered locally).
    SENT,
    /// `status=deferred`: a temporary failure; Postfix retries later.
    DEFERRED,
    /// `status=bounced`: a permanent failure; the sender gets a non-delivery notice.
    BOUNCED,
    /// The queue manager logged `status=expired, returned to sender` while this recipient was
    /// still deferred (`maximal_queue_lifetime` passed).
    EXPIRED;

    /// The lower-case word used in Postfix logs and in JSON (`sent`, `deferred`, ...).
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
