package org.sendready.spf;

/// A syntax error found while parsing, at a 0-based offset into the parsed text.
///
/// Internal to the parsers: the public entry points turn it into [SpfParseResult.Invalid] or
/// [org.sendready.input.InvalidInput].
final class SyntaxError extends RuntimeException {
    private final int offset;
    private final String reason;

    SyntaxError(int offset, String reason) {
        super(reason, null, false, false);
        this.offset = offset;
        this.reason = reason;
    }

    int offset() {
        return offset;
    }

    String reason() {
        return reason;
    }
}
