package org.sendready.ui.bounces;

import java.util.List;
import org.sendready.bounce.BounceClass;
import org.sendready.bounce.BounceReport;

/// The summary tiles of a report: recipients per class, addresses suppressed, and tokens.
public final class BounceTiles {

    /// One tile: a number with what it counts.
    ///
    /// @param id for tests and CSS (`hard`, `tokens`)
    public record Tile(String id, String value, String title, String detail) {}

    private BounceTiles() {}

    public static List<Tile> of(BounceReport report) {
        var classes = report.countByClass();
        var tokens = report.countByToken();
        int suppressed = report.suppressions().size();
        return List.of(
                new Tile(
                        "hard", count(classes.get(BounceClass.HARD)), "hard", "permanent failures"),
                new Tile("soft", count(classes.get(BounceClass.SOFT)), "soft", "may still arrive"),
                new Tile(
                        "auto-reply",
                        count(classes.get(BounceClass.AUTO_REPLY)),
                        "auto-reply",
                        "delivered, answered"),
                new Tile(
                        "unknown",
                        count(classes.get(BounceClass.UNKNOWN)),
                        "unknown",
                        "not a bounce we read"),
                new Tile("suppressed", count(suppressed), "suppress", "stop sending to these"),
                report.tokensChecked()
                        ? new Tile(
                                "tokens",
                                tokens.get("valid") + " / " + tokens.get("forged"),
                                "tokens valid / forged",
                                tokens.get("expired")
                                        + " expired, "
                                        + tokens.get("none")
                                        + " without a token")
                        : new Tile("tokens", "-", "tokens", "not checked: no key"));
    }

    private static String count(Integer value) {
        return Integer.toString(value == null ? 0 : value);
    }
}
