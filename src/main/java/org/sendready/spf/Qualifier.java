package org.sendready.spf;

import java.util.Optional;

/// The result a directive gives when its mechanism matches (RFC 7208 section 4.6.2).
///
/// A directive without a qualifier means [#PASS]; the canonical text omits `+`.
public enum Qualifier {
    PASS('+', "pass"),
    FAIL('-', "fail"),
    SOFTFAIL('~', "softfail"),
    NEUTRAL('?', "neutral");

    private final char symbol;
    private final String word;

    Qualifier(char symbol, String word) {
        this.symbol = symbol;
        this.word = word;
    }

    /// The character written before the mechanism: `+ - ~ ?`.
    public char symbol() {
        return symbol;
    }

    /// The result's name in RFC 7208 section 2.6, lower case: `pass`, `fail`, `softfail`,
    /// `neutral`.
    public String word() {
        return word;
    }

    /// The qualifier written as `symbol`, if it is one of `+ - ~ ?`.
    public static Optional<Qualifier> fromSymbol(char symbol) {
        for (var qualifier : values()) {
            if (qualifier.symbol == symbol) {
                return Optional.of(qualifier);
            }
        }
        return Optional.empty();
    }

    /// The prefix in canonical text: nothing for [#PASS], else the symbol.
    String prefix() {
        return this == PASS ? "" : String.valueOf(symbol);
    }
}
