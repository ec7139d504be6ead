package org.sendready.spf;

import java.util.Optional;

/// The letters of a macro expansion `%{x}` (RFC 7208 section 7.2).
public enum MacroLetter {
    SENDER('s', "the sender address, <sender>"),
    LOCAL_PART('l', "the local-part of <sender>"),
    SENDER_DOMAIN('o', "the domain of <sender>"),
    DOMAIN('d', "the domain being checked, <domain>"),
    IP('i', "the client IP address, dotted for IPv4 and nibbles for IPv6"),
    VALIDATED_NAME('p', "the validated domain name of the client IP (do not use)"),
    IP_VERSION('v', "'in-addr' for IPv4 clients, 'ip6' for IPv6 clients"),
    HELO('h', "the HELO/EHLO domain"),
    CLIENT_IP('c', "the client IP in readable form (explanation text only)"),
    RECEIVER('r', "the name of the host doing the check (explanation text only)"),
    TIMESTAMP('t', "the current time in seconds since the epoch (explanation text only)");

    private final char letter;
    private final String meaning;

    MacroLetter(char letter, String meaning) {
        this.letter = letter;
        this.meaning = meaning;
    }

    /// The lower-case letter.
    public char letter() {
        return letter;
    }

    /// What the macro expands to, for people.
    public String meaning() {
        return meaning;
    }

    /// RFC 7208 section 7.2: `c`, `r` and `t` are allowed only in explanation text (the TXT
    /// record that `exp=` names), never in a domain-spec of the record itself.
    public boolean explanationOnly() {
        return this == CLIENT_IP || this == RECEIVER || this == TIMESTAMP;
    }

    /// The letter written as `c`, in either case.
    public static Optional<MacroLetter> fromChar(char c) {
        char lower = Character.toLowerCase(c);
        for (var value : values()) {
            if (value.letter == lower) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
