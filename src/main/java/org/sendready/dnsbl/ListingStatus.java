package org.sendready.dnsbl;

import java.util.Locale;

/// The verdict of one list on one address or domain.
public enum ListingStatus {
    /// NXDOMAIN or no address: the list does not list it.
    NOT_LISTED,
    /// The list answered a listing code.
    LISTED,
    /// The list refused to answer this resolver; not a listing, and no verdict either.
    REFUSED,
    /// No usable answer: a timeout, SERVFAIL, or an error code for the query itself.
    ERROR,
    /// An answer the list's table does not explain, e.g. an address outside 127.0.0.0/8 from
    /// a resolver that rewrites NXDOMAIN. Not read as a listing.
    UNEXPECTED;

    /// The id used in JSON: `not-listed`, `listed`, `refused`, `error`, `unexpected`.
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
