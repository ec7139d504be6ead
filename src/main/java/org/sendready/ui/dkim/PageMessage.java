package org.sendready.ui.dkim;

import java.util.Objects;

/// A line of feedback under the page's key actions: what just happened, or what went wrong and
/// what to do.
///
/// @param kind how it is coloured
/// @param text the message, in full sentences
public record PageMessage(Kind kind, String text) {
    /// How a message is coloured (CSS pseudo-classes of the same names).
    public enum Kind {
        INFO,
        SUCCESS,
        ERROR
    }

    public PageMessage {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(text);
    }

    static PageMessage info(String text) {
        return new PageMessage(Kind.INFO, text);
    }

    static PageMessage success(String text) {
        return new PageMessage(Kind.SUCCESS, text);
    }

    static PageMessage error(String text) {
        return new PageMessage(Kind.ERROR, text);
    }
}
