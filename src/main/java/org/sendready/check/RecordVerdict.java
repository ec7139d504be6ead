package org.sendready.check;

/// How one expected record compares with what DNS serves.
public enum RecordVerdict {
    /// Served as expected (split strings, whitespace and tag order tolerated).
    OK,
    /// Nothing is served at the name for the type.
    MISSING,
    /// Something is served, but not the expected value.
    WRONG
}
