package org.sendready.storage;

/// Whether a write may replace a file that already exists.
public enum WriteMode {
    /// Refuse when the file exists (replacing a DKIM key breaks signing until DNS has the new
    /// record; replacing a project file loses work).
    CREATE_NEW,
    /// Replace an existing file, atomically.
    OVERWRITE
}
