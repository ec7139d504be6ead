package org.sendready.ui.logs;

import java.util.Optional;

/// The class of an enhanced mail system status code, its first digit (RFC 3463 section 3.1).
public enum DsnClass {
    /// 2.X.X: the message was delivered.
    SUCCESS('2', "2.x.x delivered"),
    /// 4.X.X: a persistent transient failure; the sender retries.
    TEMPORARY('4', "4.x.x temporary failure"),
    /// 5.X.X: a permanent failure; the message bounces.
    PERMANENT('5', "5.x.x permanent failure");

    private final char digit;
    private final String label;

    DsnClass(char digit, String label) {
        this.digit = digit;
        this.label = label;
    }

    /// The class of `dsn` (`5.7.25`); empty for "" and anything that is not a code.
    public static Optional<DsnClass> of(String dsn) {
        if (dsn.length() < 5 || dsn.charAt(1) != '.') {
            return Optional.empty();
        }
        for (var c : values()) {
            if (c.digit == dsn.charAt(0)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /// What the filter shows: `4.x.x temporary failure`.
    public String label() {
        return label;
    }
}
