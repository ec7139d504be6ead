package org.sendready.logs;

import java.util.LinkedHashMap;
import java.util.function.Consumer;

/// The messages still in the queue, keyed by queue id, in the order they were first seen.
///
/// A message leaves on its `removed` line. So that memory does not grow with the log, at most
/// [#MAX_OPEN] messages stay open; beyond that the oldest is dropped and counted. Counts never
/// depend on kept lines: a dropped message that shows up again starts a new lifecycle.
final class MessageTracker {
    /// Postfix's own active queue holds at most 20000 messages (`qmgr_message_active_limit`,
    /// postconf(5)); ten times that covers the deferred queue of a busy server.
    static final int MAX_OPEN = 200_000;

    private final LinkedHashMap<String, OpenMessage> open = new LinkedHashMap<>();
    private final int maxOpen;
    private final Consumer<MessageLifecycle> closed;
    private long evicted;

    /// `closed` receives each finished lifecycle with its deliveries, or is null when no one
    /// needs them (deliveries are then not kept).
    MessageTracker(int maxOpen, Consumer<MessageLifecycle> closed) {
        this.maxOpen = maxOpen;
        this.closed = closed;
    }

    OpenMessage get(String queueId) {
        var message = open.get(queueId);
        if (message == null) {
            message = new OpenMessage(queueId, closed != null);
            open.put(queueId, message);
            if (open.size() > maxOpen) {
                var eldest = open.pollFirstEntry().getValue();
                evicted++;
                hand(eldest, MessageLifecycle.End.EVICTED);
            }
        }
        return message;
    }

    void remove(String queueId) {
        var message = open.remove(queueId);
        if (message != null) {
            hand(message, MessageLifecycle.End.REMOVED);
        }
    }

    /// Hands out the messages still open; returns how many there were.
    long finish() {
        long count = open.size();
        for (var message : open.values()) {
            hand(message, MessageLifecycle.End.END_OF_INPUT);
        }
        open.clear();
        return count;
    }

    long evicted() {
        return evicted;
    }

    private void hand(OpenMessage message, MessageLifecycle.End end) {
        if (closed != null) {
            closed.accept(message.toLifecycle(end));
        }
    }
}
