package org.sendready.input;

import java.util.Objects;

/// User input that cannot be accepted, named by the field it came from and the reason.
///
/// Thrown only at the edge where text becomes a value; the CLI turns it into a one-line
/// message and exit code 2, the GUI into a decoration on the field. The message reads
/// `field: reason`, so it always says which input is wrong and why.
public final class InvalidInput extends RuntimeException {
    private final String field;
    private final String reason;

    public InvalidInput(String field, String reason) {
        super(Objects.requireNonNull(field) + ": " + Objects.requireNonNull(reason));
        this.field = field;
        this.reason = reason;
    }

    public InvalidInput(String field, String reason, Throwable cause) {
        this(field, reason);
        initCause(cause);
    }

    /// The input's name as the user knows it, e.g. `domain`, `--ip`, `dkim key file`.
    public String field() {
        return field;
    }

    /// What is wrong and, where it helps, what would be right.
    public String reason() {
        return reason;
    }

    /// The same reason, attributed to a more specific field (e.g. `ip` → `hosts[0].ip`).
    public InvalidInput inField(String outerField) {
        var moved = new InvalidInput(outerField, reason);
        moved.initCause(this);
        return moved;
    }
}
