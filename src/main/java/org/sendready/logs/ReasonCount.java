package org.sendready.logs;

/// Deferred or bounced attempts with the same status, code and reason.
///
/// @param reason the reason with addresses, IP addresses and per-message ids replaced (see
///     [ReasonText]), so that one cause is one row
/// @param exampleRecipient the first recipient seen with this reason
public record ReasonCount(
        DeliveryStatus status, String dsn, String reason, long count, String exampleRecipient) {

    /// The row that collects reasons past the table's limit.
    public static final String OTHER_REASONS = "(other reasons)";
}
