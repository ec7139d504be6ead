package org.sendready.bounce;

import java.util.Locale;

/// What kind of message a bounce turned out to be.
public enum BounceFormat {
    /// A delivery status notification: `multipart/report; report-type=delivery-status` with a
    /// `message/delivery-status` part (RFC 3464, RFC 6522).
    DSN,
    /// A non-standard bounce in prose (qmail, older Exchange, Yahoo, Exim without DSN): read
    /// from its wording, its `X-Failed-Recipients` header and the returned message.
    PROVIDER_TEXT,
    /// An automatic answer such as an out-of-office note (RFC 3834).
    AUTO_REPLY,
    /// A readable message that is neither.
    UNRECOGNIZED,
    /// Not a readable message at all (broken MIME, not mail, too large).
    MALFORMED;

    /// The lower-case id used in CSV and JSON (`dsn`, `provider-text`, ...).
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
