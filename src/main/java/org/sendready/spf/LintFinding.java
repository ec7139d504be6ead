package org.sendready.spf;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/// One observation [SpfLint] makes about a valid record: how serious, which rule, what it means
/// and what to do, and the term it is about if any.
///
/// @param termIndex 0-based index into [SpfRecord#terms()], empty for the record as a whole
public record LintFinding(Severity severity, Rule rule, String message, OptionalInt termIndex) {

    public LintFinding {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(message);
        Objects.requireNonNull(termIndex);
    }

    /// How much a finding matters.
    public enum Severity {
        /// The record works against its owner: anyone may send, or receivers will permerror.
        ERROR,
        /// Likely a mistake or a risk; the record still works.
        WARNING,
        /// Worth knowing; nothing is wrong.
        INFO;

        /// The name in lower case, as JSON writes it.
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /// What a finding is about; the id is stable for scripts and the GUI.
    public enum Rule {
        PASS_ALL,
        NEUTRAL_ALL,
        MULTIPLE_ALL,
        TERMS_AFTER_ALL,
        REDIRECT_IGNORED,
        NO_DEFAULT,
        PTR,
        PTR_MACRO,
        DNS_LOOKUPS,
        LENGTH,
        WIDE_PREFIX,
        HOST_BITS,
        UNKNOWN_MODIFIER,
        SECOND_VERSION,
        DUPLICATE_TERM,
        INVALID_NAME,
        EXP_UNUSED;

        /// The name in lower kebab case, e.g. `pass-all`.
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
