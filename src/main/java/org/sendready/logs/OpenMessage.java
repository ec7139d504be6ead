package org.sendready.logs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// The state of a message whose `removed` line has not come yet.
final class OpenMessage {
    final String queueId;
    private String sender;
    private long size = -1;
    private boolean deferredOnce;
    private boolean expired;
    private Set<String> stillDeferred;
    private final List<LogEntry.Delivery> deliveries;

    OpenMessage(String queueId, boolean keepDeliveries) {
        this.queueId = queueId;
        this.deliveries = keepDeliveries ? new ArrayList<>() : null;
    }

    /// Records the queue manager's line; true the first time.
    boolean accept(String sender, long size) {
        boolean first = this.sender == null;
        this.sender = sender;
        this.size = size;
        return first;
    }

    /// Records a delivery attempt; for a deferral, true when it is the message's first.
    boolean deliver(LogEntry.Delivery delivery) {
        if (deliveries != null) {
            deliveries.add(delivery);
        }
        if (delivery.status() == DeliveryStatus.DEFERRED) {
            if (stillDeferred == null) {
                stillDeferred = new HashSet<>();
            }
            stillDeferred.add(delivery.recipient());
            boolean first = !deferredOnce;
            deferredOnce = true;
            return first;
        }
        if (stillDeferred != null) {
            stillDeferred.remove(delivery.recipient());
        }
        return false;
    }

    /// Marks the message expired; returns the recipients still deferred, or null when it had
    /// expired already.
    Set<String> expire() {
        if (expired) {
            return null;
        }
        expired = true;
        var pending = stillDeferred == null ? Set.<String>of() : Set.copyOf(stillDeferred);
        stillDeferred = null;
        return pending;
    }

    MessageLifecycle toLifecycle(MessageLifecycle.End end) {
        return new MessageLifecycle(
                queueId,
                Optional.ofNullable(sender),
                size,
                deliveries == null ? List.of() : deliveries,
                expired,
                end);
    }
}
