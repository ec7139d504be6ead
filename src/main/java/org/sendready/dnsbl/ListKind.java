package org.sendready.dnsbl;

import java.util.Locale;

/// What a blocklist lists: IP addresses (RFC 5782 section 2.1) or domain names (section 2.2).
public enum ListKind {
    /// Addresses that send mail, asked by their reversed octets or nibbles.
    IP("addresses"),
    /// Domain names, asked by the name itself (an "RHSBL" or "URIBL").
    DOMAIN("domains");

    private final String plural;

    ListKind(String plural) {
        this.plural = plural;
    }

    /// The lower-case id used in JSON and the lists file (`ip`, `domain`).
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /// What the list holds, for a sentence: "addresses", "domains".
    public String plural() {
        return plural;
    }
}
