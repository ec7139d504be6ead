package org.sendready.spf;

/// The processing limits of RFC 7208 section 4.6.4, counted over one whole check_host()
/// evaluation, across every include and redirect.
///
/// Counting happens in evaluation order, by the evaluator only: answers the prefetcher fetched
/// for terms that are never reached count for nothing.
final class LookupBudget {

    /// RFC 7208 section 4.6.4: at most two void lookups, see [SpfEvaluation#MAX_VOID_LOOKUPS].
    static final int MAX_VOID_LOOKUPS = SpfEvaluation.MAX_VOID_LOOKUPS;

    private int terms;
    private int voids;

    /// Spends one DNS-querying term (`include`, `a`, `mx`, `ptr`, `exists`, `redirect`);
    /// false when it would be the 11th, which RFC 7208 section 4.6.4 makes a permerror. A
    /// refused term is not counted, since it is not evaluated.
    boolean spendTerm() {
        if (terms == SpfRecord.MAX_DNS_TERMS) {
            return false;
        }
        terms++;
        return true;
    }

    /// Counts a term whose DNS query came back void; false once there are more than
    /// [#MAX_VOID_LOOKUPS].
    boolean spendVoid() {
        voids++;
        return voids <= MAX_VOID_LOOKUPS;
    }

    /// DNS-querying terms evaluated so far.
    int terms() {
        return terms;
    }

    /// Void lookups so far.
    int voids() {
        return voids;
    }

    /// The detail of a permerror for the term limit.
    static String termLimitReason() {
        return "more than "
                + SpfRecord.MAX_DNS_TERMS
                + " DNS-querying terms (include, a, mx, ptr, exists, redirect) in one check;"
                + " RFC 7208 section 4.6.4 makes that a permerror";
    }

    /// The detail of a permerror for the void lookup limit.
    static String voidLimitReason() {
        return "more than "
                + MAX_VOID_LOOKUPS
                + " DNS lookups found no name or no records (void lookups); RFC 7208 section"
                + " 4.6.4 makes that a permerror";
    }
}
