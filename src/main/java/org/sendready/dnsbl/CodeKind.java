package org.sendready.dnsbl;

import java.util.Locale;

/// What a return code says: a listing, a refusal to answer us, or an error in the query.
///
/// Lists answer refused and broken queries with addresses of their own rather than DNS error
/// codes (Spamhaus' 127.255.255.0/24, URIBL's 127.0.0.1), so a naive reader takes them for
/// listings; the kind keeps them apart.
public enum CodeKind {
    /// The address or domain is on the list.
    LISTED,
    /// The list refused to answer this resolver (a public resolver, or too many queries): the
    /// answer says nothing about the address or domain.
    REFUSED,
    /// The query itself was wrong (e.g. a typo in the list's name, an IP asked of a domain
    /// list): the answer says nothing about the address or domain.
    ERROR;

    /// The lower-case id used in JSON and the lists file (`listed`, `refused`, `error`).
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
