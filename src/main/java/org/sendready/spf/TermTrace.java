package org.sendready.spf;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// One term of a record in an evaluation trace: what became of it and which DNS names it
/// asked. An `include` or a followed `redirect=` carries the trace of the record it evaluated.
///
/// @param term the term in canonical text, e.g. `include:_spf.example.com`
/// @param outcome what became of it
/// @param detail why, in one sentence
/// @param queries the DNS lookups it made, in order (the record lookup of an include or
///     redirect target is in the child's trace)
/// @param child the trace of the included or redirected-to record
public record TermTrace(
        String term,
        TermOutcome outcome,
        String detail,
        List<DnsLookup> queries,
        Optional<SpfTrace> child) {

    public TermTrace {
        Objects.requireNonNull(term);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(detail);
        queries = List.copyOf(queries);
        Objects.requireNonNull(child);
    }

    /// A term with no DNS work and no child, e.g. one not reached.
    static TermTrace of(Term term, TermOutcome outcome, String detail) {
        return new TermTrace(term.format(), outcome, detail, List.of(), Optional.empty());
    }

    /// The trace of a term evaluation did not reach, or of a modifier without effect.
    static TermTrace unevaluated(Term term, boolean recordHasAll, boolean explain) {
        return switch (term) {
            case Directive directive ->
                    of(term, TermOutcome.NOT_REACHED, "evaluation ended before this term");
            case Modifier.Redirect redirect ->
                    of(
                            term,
                            TermOutcome.IGNORED,
                            recordHasAll
                                    ? "ignored because the record has all (RFC 7208 section 6.1)"
                                    : "not used: the result came from a mechanism");
            case Modifier.Explanation exp ->
                    of(
                            term,
                            TermOutcome.IGNORED,
                            explain
                                    ? "used only with a fail result from this record (RFC 7208"
                                            + " section 6.2)"
                                    : "not used: an included record's explanation is never used"
                                            + " (RFC 7208 section 6.2)");
            case Modifier.Unknown unknown ->
                    of(term, TermOutcome.IGNORED, "unknown modifier, ignored (RFC 7208 section 6)");
        };
    }
}
