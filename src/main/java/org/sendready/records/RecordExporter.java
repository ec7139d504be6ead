package org.sendready.records;

/// Turns a record set into the text of one export format.
///
/// Implementations are immutable and hold no per-call state, so one instance may serve any
/// number of exports, from any thread.
@FunctionalInterface
public interface RecordExporter {

    /// The whole export for `records`, ending in a line break.
    String export(RecordSet records);
}
