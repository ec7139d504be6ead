package org.sendready.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendready.records.DnsRecord;

/// One expected record next to what DNS serves at its name, and the verdict.
///
/// @param expected the record the plan requires
/// @param verdict OK, MISSING or WRONG
/// @param live what DNS served for the name and type, as text (empty when MISSING)
/// @param mistake a classic mistake recognised in the live data, said in plain words (e.g.
///     "the DKIM key is cut off at 255 characters: publish it as several strings")
public record RecordComparison(
        DnsRecord expected, RecordVerdict verdict, List<String> live, Optional<String> mistake) {

    public RecordComparison {
        Objects.requireNonNull(expected);
        Objects.requireNonNull(verdict);
        Objects.requireNonNull(mistake);
        live = List.copyOf(live);
    }
}
