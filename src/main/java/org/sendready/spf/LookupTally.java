package org.sendready.spf;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;

/// The DNS lookups a record costs a receiver in the worst case: a client no mechanism matches,
/// so every term is evaluated, counted through `include` and `redirect=` as RFC 7208 section
/// 4.6.4 counts them. Unlike one check_host() evaluation, which stops at the 11th term with a
/// permerror, the tally goes on counting, so an admin sees how far over the limit a record is.
///
/// @param lookups DNS-querying terms (`include`, `a`, `mx`, `ptr`, `exists`, `redirect=`) in
///     the record and in every record it includes or redirects to
/// @param voidLookups terms whose own DNS query found no name or no records (section 4.6.4
///     allows [SpfEvaluation#MAX_VOID_LOOKUPS])
/// @param complete whether every include and redirect target was fetched and counted; false
///     when DNS failed, a target depends on macros, or the walk stopped at its bound
/// @param notes what a receiver would stumble over, or why the tally is not complete, one
///     sentence each
public record LookupTally(int lookups, int voidLookups, boolean complete, List<String> notes) {

    /// How close a tally is to the limits.
    public enum Level {
        /// Below [SpfLint#DNS_TERMS_WARNING] lookups and within the void limit.
        OK,
        /// From [SpfLint#DNS_TERMS_WARNING] to [SpfRecord#MAX_DNS_TERMS] lookups: one more
        /// provider include may tip it over.
        NEAR,
        /// More than [SpfRecord#MAX_DNS_TERMS] lookups or [SpfEvaluation#MAX_VOID_LOOKUPS] void
        /// lookups: receivers give permerror for clients that reach that far.
        OVER
    }

    public LookupTally {
        if (lookups < 0 || voidLookups < 0) {
            throw new IllegalArgumentException("negative count");
        }
        notes = List.copyOf(notes);
    }

    /// The lookups written in `record` itself, without DNS: complete only when it has no
    /// `include` and no effective `redirect=`, whose targets add lookups of their own.
    public static LookupTally ofRecord(SpfRecord record) {
        boolean followsOthers =
                record.directives().stream()
                                .anyMatch(d -> d.mechanism() instanceof Mechanism.Include)
                        || (record.redirect().isPresent() && !record.hasAll());
        return new LookupTally(record.dnsTermCount(), 0, !followsOthers, List.of());
    }

    /// Counts `record`, to be published at `domain`, through every record it includes or
    /// redirects to, asking `dns` for those records and for the targets of `a`, `mx` and
    /// `exists` (to find void lookups). Blocks until done, at most about `timeLimit`; call it
    /// off any UI thread. DNS failures make the tally incomplete, never an exception.
    public static LookupTally count(
            SpfRecord record, DomainName domain, DnsResolver dns, Duration timeLimit) {
        Objects.requireNonNull(record);
        Objects.requireNonNull(domain);
        var deadline = System.nanoTime() + timeLimit.toNanos();
        return new LookupWalk(new DnsCache(dns, deadline)).tally(record, domain);
    }

    /// The level of this tally against the limits of RFC 7208 section 4.6.4.
    public Level level() {
        if (lookups > SpfRecord.MAX_DNS_TERMS || voidLookups > SpfEvaluation.MAX_VOID_LOOKUPS) {
            return Level.OVER;
        }
        return lookups >= SpfLint.DNS_TERMS_WARNING ? Level.NEAR : Level.OK;
    }
}
