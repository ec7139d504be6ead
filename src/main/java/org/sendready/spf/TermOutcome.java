package org.sendready.spf;

import java.util.Locale;

/// What became of one term of a record during evaluation.
public enum TermOutcome {
    /// The mechanism matched: its qualifier is the record's result (RFC 7208 section 4.6.2).
    MATCHED,
    /// The mechanism did not match; evaluation went on with the next term.
    NOT_MATCHED,
    /// The term ended evaluation with temperror or permerror (see the record's result).
    ERROR,
    /// Evaluation ended before this term (an earlier match or error).
    NOT_REACHED,
    /// `redirect=`: no mechanism matched, so the target's result is the result (section 6.1).
    FOLLOWED,
    /// `exp=`: its explanation text was fetched for a fail result (section 6.2).
    USED,
    /// A modifier without effect here: an unknown one (section 6), `redirect=` beside `all`
    /// (section 6.1), `exp=` without a fail result or whose text could not be had (6.2).
    IGNORED;

    /// Lower case with hyphens, as JSON writes it: `not-matched`.
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /// For people: `not matched`.
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
