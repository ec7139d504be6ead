package org.sendready.spf;

import java.util.Locale;

/// The results of check_host() (RFC 7208 section 2.6).
public enum SpfResult {
    /// No syntactically valid domain, or no SPF record at it (section 2.6.1).
    NONE,
    /// The domain owner states nothing about the client (section 2.6.2); also the default when
    /// no mechanism matches (section 4.7).
    NEUTRAL,
    /// The client is authorised (section 2.6.3).
    PASS,
    /// The client is not authorised (section 2.6.4).
    FAIL,
    /// Probably not authorised, a weak statement (section 2.6.5).
    SOFTFAIL,
    /// A transient DNS error; a later check may succeed (section 2.6.6).
    TEMPERROR,
    /// The published records are wrong and need an administrator (section 2.6.7).
    PERMERROR;

    /// The result in lower case, as RFC 7208 and the JSON output write it: `pass`.
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /// The result a matching directive with `qualifier` gives (section 4.6.2).
    public static SpfResult of(Qualifier qualifier) {
        return switch (qualifier) {
            case PASS -> PASS;
            case FAIL -> FAIL;
            case SOFTFAIL -> SOFTFAIL;
            case NEUTRAL -> NEUTRAL;
        };
    }

    /// True for the two error results, which end evaluation wherever they arise.
    public boolean isError() {
        return this == TEMPERROR || this == PERMERROR;
    }

    @Override
    public String toString() {
        return id();
    }
}
