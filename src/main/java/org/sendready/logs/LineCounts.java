package org.sendready.logs;

/// What kinds of lines the inputs had.
///
/// @param postfix lines of `postfix/...` and `postfix-INSTANCE/...` programs
/// @param otherPrograms well-formed syslog lines of other programs, ignored
/// @param unparsed lines with no known timestamp, ignored
public record LineCounts(long total, long postfix, long otherPrograms, long unparsed) {}
