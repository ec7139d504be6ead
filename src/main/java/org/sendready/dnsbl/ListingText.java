package org.sendready.dnsbl;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/// One listing in words, the same for the command line and the wizard's board.
public final class ListingText {
    private ListingText() {}

    /// What the list said, e.g. `listed: 127.0.0.4 (XBL: ...)` or `query refused, not a
    /// listing: 127.255.255.254 (...)`.
    public static String describe(Outcome outcome) {
        return switch (outcome) {
            case Outcome.NotListed none -> "not listed";
            case Outcome.Listed listed ->
                    "listed: "
                            + codes(listed.codes())
                            + (listed.unexplained().isEmpty()
                                    ? ""
                                    : "; also "
                                            + String.join(", ", listed.unexplained())
                                            + ", a code sendready's table does not explain");
            case Outcome.Refused refused ->
                    "query refused, not a listing: " + codes(refused.codes());
            case Outcome.Failed failed ->
                    "no verdict: "
                            + failed.reason()
                            + (failed.codes().isEmpty() ? "" : ": " + codes(failed.codes()));
            case Outcome.Unexpected unexpected ->
                    unexpected.outsideLoopback()
                            ? "unexpected answer "
                                    + String.join(", ", unexpected.answers())
                                    + ", outside 127.0.0.0/8 where every list answer lies: the"
                                    + " resolver seems to rewrite NXDOMAIN; not read as a"
                                    + " listing"
                            : "unexpected answer "
                                    + String.join(", ", unexpected.answers())
                                    + ", which the list's documentation does not explain; not"
                                    + " read as a listing";
        };
    }

    /// `Spamhaus ZEN (zen.spamhaus.org)`.
    public static String title(Blocklist list) {
        return list.title() + " (" + list.zone().ascii() + ")";
    }

    /// A deadline in words: `8 s`, or `250 ms` below a second.
    public static String duration(Duration duration) {
        return duration.toMillis() % 1000 == 0
                ? duration.toSeconds() + " s"
                : duration.toMillis() + " ms";
    }

    private static String codes(List<ReturnCode> codes) {
        return codes.stream().map(ReturnCode::describe).collect(Collectors.joining("; "));
    }
}
