package org.sendready.logs;

/// Outcomes for one recipient domain; `deferred` counts attempts, `expired` recipients.
///
/// @param dnsFailures deferred or bounced attempts whose reason was a DNS lookup failure
public record DomainStats(
        String domain, long sent, long deferred, long bounced, long expired, long dnsFailures) {

    /// The row that collects domains past the table's limit.
    public static final String OTHER_DOMAINS = "(other domains)";

    public long total() {
        return sent + deferred + bounced + expired;
    }

    /// Deferred, bounced and expired together.
    public long problems() {
        return deferred + bounced + expired;
    }
}
