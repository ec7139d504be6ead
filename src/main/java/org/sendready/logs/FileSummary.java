package org.sendready.logs;

import java.util.Optional;

/// One input as it was read.
///
/// @param bytes the bytes read (after decompression)
/// @param problem why reading stopped early (e.g. a truncated `.gz`), if it did
public record FileSummary(String name, long lines, long bytes, Optional<String> problem) {}
