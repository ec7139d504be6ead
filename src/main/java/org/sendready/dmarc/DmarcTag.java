package org.sendready.dmarc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/// The tags RFC 7489 section 6.3 defines, in the order of the section 6.4 ABNF, which is the
/// order the canonical form writes them in.
enum DmarcTag {
    V("v"),
    P("p"),
    SP("sp"),
    RUA("rua"),
    RUF("ruf"),
    ADKIM("adkim"),
    ASPF("aspf"),
    RI("ri"),
    FO("fo"),
    RF("rf"),
    PCT("pct");

    private final String tagName;

    DmarcTag(String tagName) {
        this.tagName = tagName;
    }

    String tagName() {
        return tagName;
    }

    /// The tag named `name`, compared case-insensitively: the ABNF literals are
    /// case-insensitive (RFC 5234 section 2.3).
    static Optional<DmarcTag> fromName(String name) {
        var lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.tagName.equals(lower)).findFirst();
    }
}
