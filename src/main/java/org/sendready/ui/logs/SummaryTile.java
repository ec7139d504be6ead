package org.sendready.ui.logs;

import java.util.List;
import java.util.Locale;
import org.sendready.logs.DeliveryStatus;
import org.sendready.logs.StatusCounts;

/// One of the summary tiles: an outcome, how many, and its share.
///
/// Delivered, bounced and expired count recipients and their shares add up to the recipients
/// with a final outcome; deferred counts messages (a message deferred and later delivered is
/// in both), so its share is of the messages.
///
/// @param count the number shown big
/// @param unit what `count` counts (`recipients`, `messages`)
/// @param detail the share and what it is of: `43% of 7 recipients`
/// @param note a second count where the tile has one (`3 attempts`), else ""
public record SummaryTile(
        DeliveryStatus status, String title, long count, String unit, String detail, String note) {

    static List<SummaryTile> of(StatusCounts s) {
        long recipients = s.sent() + s.bounced() + s.expiredRecipients();
        return List.of(
                new SummaryTile(
                        DeliveryStatus.SENT,
                        "Delivered",
                        s.sent(),
                        plural(s.sent(), "recipient"),
                        share(s.sent(), recipients, "recipient"),
                        ""),
                new SummaryTile(
                        DeliveryStatus.DEFERRED,
                        "Deferred",
                        s.deferredMessages(),
                        plural(s.deferredMessages(), "message"),
                        share(s.deferredMessages(), s.messages(), "message"),
                        count(s.deferrals(), "attempt")),
                new SummaryTile(
                        DeliveryStatus.BOUNCED,
                        "Bounced",
                        s.bounced(),
                        plural(s.bounced(), "recipient"),
                        share(s.bounced(), recipients, "recipient"),
                        ""),
                new SummaryTile(
                        DeliveryStatus.EXPIRED,
                        "Expired",
                        s.expiredRecipients(),
                        plural(s.expiredRecipients(), "recipient"),
                        share(s.expiredRecipients(), recipients, "recipient"),
                        count(s.expiredMessages(), "message")));
    }

    /// `43% of 7 recipients`; never 0% for some or 100% for not all.
    static String share(long part, long whole, String noun) {
        return percent(part, whole) + " of " + count(whole, noun);
    }

    static String percent(long part, long whole) {
        if (whole <= 0 || part <= 0) {
            return "0%";
        }
        double value = 100.0 * part / whole;
        if (value < 1) {
            return "<1%";
        }
        long rounded = Math.round(value);
        if (rounded == 100 && part < whole) {
            return ">99%";
        }
        return rounded + "%";
    }

    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s", n, plural(n, noun));
    }

    private static String plural(long n, String noun) {
        return n == 1 ? noun : noun + "s";
    }
}
