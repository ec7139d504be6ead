package org.sendready.logs;

/// Totals by outcome. Recipient counts count delivery lines, as pflogsumm does; message
/// counts count queue ids.
///
/// @param messages messages the queue manager took (`from=<..>, size=..`)
/// @param sent recipients delivered (`status=sent`, not `forwarded as`); pflogsumm's
///     "delivered"
/// @param forwarded local deliveries logged as `forwarded as QUEUEID`
/// @param deferrals deferred delivery attempts (`status=deferred` lines)
/// @param deferredMessages messages with at least one deferral; pflogsumm's "deferred"
/// @param bounced recipients bounced (`status=bounced`); pflogsumm's "bounced"
/// @param expiredMessages messages given up with `status=expired`
/// @param expiredRecipients recipients still deferred when their message expired
/// @param removed messages that left the queue (`removed`)
public record StatusCounts(
        long messages,
        long sent,
        long forwarded,
        long deferrals,
        long deferredMessages,
        long bounced,
        long expiredMessages,
        long expiredRecipients,
        long removed) {}
