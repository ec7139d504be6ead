package org.sendready.logs;

import java.time.LocalDateTime;

/// What one log line says, as far as message lifecycles are concerned.
public sealed interface LogEntry {

    /// The log's own wall-clock time of a line that has one (see [LogClock]).
    sealed interface Timed extends LogEntry {
        long logSecond();

        default LocalDateTime time() {
            return LogClock.toDateTime(logSecond());
        }
    }

    /// A delivery attempt for one recipient: `to=<..>, relay=.., delay=.., dsn=.., status=..`
    /// from `smtp`, `lmtp`, `local`, `virtual`, `pipe` or `error`.
    ///
    /// @param delaySeconds `delay=`, the seconds from arrival to this attempt's end, or -1
    /// @param dsn the enhanced status code (RFC 3463), or "" when the line has none
    /// @param reason the text in parentheses after the status, or ""
    /// @param forwarded a local delivery logged as `forwarded as QUEUEID` (not a delivery)
    record Delivery(
            long logSecond,
            String queueId,
            String recipient,
            String relay,
            double delaySeconds,
            String dsn,
            DeliveryStatus status,
            String reason,
            boolean forwarded)
            implements Timed {

        /// The recipient's domain in lower case, or "" for a local name without `@`.
        public String recipientDomain() {
            return RecipientDomain.of(recipient);
        }
    }

    /// The queue manager took a message: `from=<..>, size=.., nrcpt=..`.
    record Accepted(long logSecond, String queueId, String sender, long size, int recipients)
            implements Timed {}

    /// The queue manager gave a message up: `from=<..>, status=expired, returned to sender`.
    record Expired(long logSecond, String queueId, String sender) implements Timed {}

    /// The message left the queue: `QUEUEID: removed`.
    record Removed(long logSecond, String queueId) implements Timed {}

    /// A Postfix line about something else (connections, warnings, cleanup, TLS, ...).
    record PostfixOther(long logSecond) implements Timed {}

    /// A well-formed syslog line of another program (dovecot, sshd, ...).
    record OtherProgram(long logSecond) implements Timed {}

    /// A line with no timestamp this parser knows (neither classic syslog nor RFC 3339).
    record Unparsed() implements LogEntry {}
}
