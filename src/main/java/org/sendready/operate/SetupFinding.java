package org.sendready.operate;

import java.util.List;
import org.sendready.logs.DeliveryStatus;

/// Log lines that one [KnownRejection] explains.
///
/// @param attempts deferred and bounced delivery attempts with this cause
/// @param statuses which outcomes they had (deferred, bounced), in enum order
/// @param exampleReason one normalized reason as the receiver wrote it
/// @param exampleRecipient a recipient it happened to
public record SetupFinding(
        KnownRejection rejection,
        long attempts,
        List<DeliveryStatus> statuses,
        String exampleDsn,
        String exampleReason,
        String exampleRecipient) {

    public SetupFinding {
        statuses = List.copyOf(statuses);
    }

    /// The steps that fix it.
    public List<FixStep> steps() {
        return rejection.steps();
    }
}
