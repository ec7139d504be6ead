package org.sendready.spf;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// The trace of one check_host() call (RFC 7208 section 4): the domain, its record, what each
/// term did, and the result. Includes and redirects nest as children of their terms, so the
/// whole evaluation is a tree.
///
/// @param domain the domain checked, as computed (it may be an invalid name, then the result
///     is `none` and `detail` says why)
/// @param record the SPF record as published, when one was found
/// @param result the result of this call
/// @param detail why this result, in one sentence
/// @param queries the lookups made to find the record (the TXT query)
/// @param terms every term of the record in order; empty without a valid record
/// @param lookups DNS-querying terms evaluated in this call, nested calls included (RFC 7208
///     section 4.6.4 allows 10 for the whole evaluation)
/// @param voidLookups void lookups in this call, nested calls included (at most 2 allowed)
public record SpfTrace(
        String domain,
        Optional<String> record,
        SpfResult result,
        String detail,
        List<DnsLookup> queries,
        List<TermTrace> terms,
        int lookups,
        int voidLookups) {

    public SpfTrace {
        Objects.requireNonNull(domain);
        Objects.requireNonNull(record);
        Objects.requireNonNull(result);
        Objects.requireNonNull(detail);
        queries = List.copyOf(queries);
        terms = List.copyOf(terms);
    }
}
