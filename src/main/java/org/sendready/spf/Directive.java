package org.sendready.spf;

import java.util.Objects;

/// A mechanism with its qualifier (RFC 7208 section 4.6.2), e.g. `-all` or `ip4:192.0.2.1`.
public record Directive(Qualifier qualifier, Mechanism mechanism) implements Term {

    public Directive {
        Objects.requireNonNull(qualifier);
        Objects.requireNonNull(mechanism);
    }

    /// The mechanism with the default qualifier, [Qualifier#PASS].
    public static Directive pass(Mechanism mechanism) {
        return new Directive(Qualifier.PASS, mechanism);
    }

    /// Canonical text: the qualifier unless `+`, then the mechanism.
    @Override
    public String format() {
        return qualifier.prefix() + mechanism.format();
    }

    @Override
    public String toString() {
        return format();
    }
}
