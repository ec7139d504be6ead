package org.sendready.dkim;

/// Whether writing key files may replace files that already exist.
public enum WriteMode {
    /// Refuse when a file exists: replacing a key breaks signing until DNS has the new record.
    CREATE_NEW,
    /// Replace existing files (each one atomically).
    OVERWRITE
}
