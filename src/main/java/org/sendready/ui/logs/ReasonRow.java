package org.sendready.ui.logs;

import java.util.List;
import java.util.Locale;
import org.sendready.logs.DeliveryStatus;
import org.sendready.logs.ReasonCount;
import org.sendready.operate.FixStep;
import org.sendready.operate.KnownRejection;

/// A reason row of the table: the reason, the domain of its example recipient (what the
/// domain filter matches), and the steps that fix it when the user's own setup causes it.
///
/// @param fixes the setup steps that fix this rejection, most direct first; empty when the
///     cause is not the sender's setup
public record ReasonRow(ReasonCount reason, String recipientDomain, List<FixStep> fixes) {
    public ReasonRow {
        fixes = List.copyOf(fixes);
    }

    static ReasonRow of(ReasonCount reason) {
        var recipient = reason.exampleRecipient();
        int at = recipient.lastIndexOf('@');
        return new ReasonRow(
                reason,
                at < 0 ? "" : recipient.substring(at + 1).toLowerCase(Locale.ROOT),
                reason.reason().equals(ReasonCount.OTHER_REASONS)
                        ? List.of()
                        : KnownRejection.match(reason.dsn(), reason.reason())
                                .map(KnownRejection::steps)
                                .orElse(List.of()));
    }

    public DeliveryStatus status() {
        return reason.status();
    }

    public String dsn() {
        return reason.dsn();
    }

    public long count() {
        return reason.count();
    }
}
