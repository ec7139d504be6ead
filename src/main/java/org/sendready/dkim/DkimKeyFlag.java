package org.sendready.dkim;

/// The flags of a key record's `t=` tag (RFC 6376 section 3.6.1).
public enum DkimKeyFlag {
    /// `t=y`: the domain is testing DKIM; verifiers must not treat signed mail differently from
    /// unsigned mail.
    TESTING("y"),
    /// `t=s`: the signature's `i=` domain must equal its `d=` domain, no subdomains.
    STRICT("s");

    private final String tag;

    DkimKeyFlag(String tag) {
        this.tag = tag;
    }

    /// The flag as `t=` writes it: `y` or `s`.
    public String tag() {
        return tag;
    }
}
