package org.sendready.spf;

import java.util.Objects;
import java.util.Optional;

/// What one mechanism gave: a match, no match, or the error that ends the evaluation (RFC 7208
/// section 4.6.2 and section 5's rules for DNS errors).
record Verdict(Kind kind, String detail) {

    enum Kind {
        MATCH,
        NO_MATCH,
        TEMPERROR,
        PERMERROR
    }

    Verdict {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(detail);
    }

    static Verdict match(String detail) {
        return new Verdict(Kind.MATCH, detail);
    }

    static Verdict noMatch(String detail) {
        return new Verdict(Kind.NO_MATCH, detail);
    }

    static Verdict temperror(String detail) {
        return new Verdict(Kind.TEMPERROR, detail);
    }

    static Verdict permerror(String detail) {
        return new Verdict(Kind.PERMERROR, detail);
    }

    /// The error result this verdict ends evaluation with, if it is one.
    Optional<SpfResult> error() {
        return switch (kind) {
            case TEMPERROR -> Optional.of(SpfResult.TEMPERROR);
            case PERMERROR -> Optional.of(SpfResult.PERMERROR);
            case MATCH, NO_MATCH -> Optional.empty();
        };
    }

    /// The term outcome for the trace.
    TermOutcome outcome() {
        return switch (kind) {
            case MATCH -> TermOutcome.MATCHED;
            case NO_MATCH -> TermOutcome.NOT_MATCHED;
            case TEMPERROR, PERMERROR -> TermOutcome.ERROR;
        };
    }
}
