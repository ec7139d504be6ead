package org.sendready.spf;

import java.util.Objects;
import java.util.Optional;

/// The outcome of check_host() (RFC 7208 section 4) for one request.
///
/// @param result the SPF result
/// @param explanation the domain's explanation text (`exp=`, RFC 7208 section 6.2), only with
///     `fail` and only when the domain published one that could be fetched and expanded
/// @param lookups DNS-querying terms evaluated, of the 10 allowed (section 4.6.4)
/// @param voidLookups lookups that found no name or no records, of the 2 allowed
/// @param trace the tree of records, includes and redirects with each term's outcome
public record SpfEvaluation(
        SpfResult result,
        Optional<String> explanation,
        int lookups,
        int voidLookups,
        SpfTrace trace) {

    /// RFC 7208 section 4.6.4: implementations SHOULD limit void lookups (answers with no
    /// records, or NXDOMAIN) to two; exceeding it is a permerror.
    public static final int MAX_VOID_LOOKUPS = 2;

    public SpfEvaluation {
        Objects.requireNonNull(result);
        Objects.requireNonNull(explanation);
        Objects.requireNonNull(trace);
    }
}
