package org.sendready.logs;

import java.util.List;
import java.util.Optional;

/// One message's life in the queue, from the lines that carry its queue id.
///
/// @param sender the envelope sender from the queue manager's `from=<..>` ("" is the null
///     sender `<>`), or empty when that line was not in the log
/// @param size the message size in bytes, or -1 when unknown
/// @param deliveries every delivery attempt, in log order
/// @param expired the queue manager gave the message up (`status=expired`)
/// @param end how the lifecycle ended
public record MessageLifecycle(
        String queueId,
        Optional<String> sender,
        long size,
        List<LogEntry.Delivery> deliveries,
        boolean expired,
        End end) {

    public MessageLifecycle {
        deliveries = List.copyOf(deliveries);
    }

    /// Why the lifecycle was handed out.
    public enum End {
        /// Postfix logged `removed`: the message left the queue.
        REMOVED,
        /// Too many messages were open at once; the oldest was dropped (see [LogAnalysis]).
        EVICTED,
        /// The log ended while the message was still in the queue.
        END_OF_INPUT
    }
}
