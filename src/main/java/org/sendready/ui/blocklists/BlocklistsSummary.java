package org.sendready.ui.blocklists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sendready.check.CheckStatus;
import org.sendready.dnsbl.Blocklist;
import org.sendready.dnsbl.DnsblReport;
import org.sendready.dnsbl.Listing;
import org.sendready.dnsbl.ListingStatus;

/// The line over the results: what is listed where, or on how many lists nothing is, and
/// which lists gave no verdict and what to do about it.
///
/// Lists are counted, not listings: "Listed on 1 of 9 lists". A list that refused or failed
/// for any target did not answer, and a refusal is never counted as a listing.
///
/// @param status the colour of the summary's badge: fail when listed, error when a list gave
///     no verdict, warn for answers no list gives, else pass
/// @param text the sentence
public record BlocklistsSummary(CheckStatus status, String text) {
    public BlocklistsSummary {
        Objects.requireNonNull(status);
        Objects.requireNonNull(text);
    }

    /// The summary of a finished scan.
    public static BlocklistsSummary of(DnsblReport report) {
        var asked = new LinkedHashSet<Blocklist>();
        report.listings().forEach(listing -> asked.add(listing.list()));
        var listed = lists(report, ListingStatus.LISTED);
        var refused = lists(report, ListingStatus.REFUSED);
        var failed = lists(report, ListingStatus.ERROR);
        failed.removeAll(refused);
        var unexpected = lists(report, ListingStatus.UNEXPECTED);
        int answered = asked.size() - refused.size() - failed.size();

        var parts = new ArrayList<String>();
        if (!listed.isEmpty()) {
            parts.add(
                    "Listed on "
                            + listed.size()
                            + " of "
                            + count(asked.size(), "list")
                            + ": "
                            + pairs(report.with(ListingStatus.LISTED)));
        } else if (answered == asked.size()) {
            parts.add("Not listed on any of the " + count(asked.size(), "list"));
        } else if (answered > 0) {
            parts.add("Not listed on any of the " + count(answered, "list") + " that answered");
        } else {
            parts.add("No list gave a verdict");
        }
        if (!refused.isEmpty()) {
            parts.add(refused.size() + " refused: use your own resolver");
        }
        if (!failed.isEmpty()) {
            parts.add(failed.size() + " gave no answer in time or failed: scan again later");
        }
        if (!unexpected.isEmpty()) {
            parts.add(
                    unexpected.size()
                            + " answered what no blocklist answers: does your resolver rewrite"
                            + " missing names?");
        }
        return new BlocklistsSummary(status(listed, refused, failed, unexpected), join(parts));
    }

    private static CheckStatus status(
            Set<Blocklist> listed,
            Set<Blocklist> refused,
            Set<Blocklist> failed,
            Set<Blocklist> unexpected) {
        if (!listed.isEmpty()) {
            return CheckStatus.FAIL;
        }
        if (!refused.isEmpty() || !failed.isEmpty()) {
            return CheckStatus.ERROR;
        }
        return unexpected.isEmpty() ? CheckStatus.PASS : CheckStatus.WARN;
    }

    private static Set<Blocklist> lists(DnsblReport report, ListingStatus status) {
        var lists = new LinkedHashSet<Blocklist>();
        report.with(status).forEach(listing -> lists.add(listing.list()));
        return lists;
    }

    /// "Listed on 1 of 9 lists: 192.0.2.1 on Spamhaus ZEN; 2 refused: ...".
    private static String join(List<String> parts) {
        var text = String.join("; ", parts);
        return text.endsWith("?") ? text : text + ".";
    }

    private static String pairs(List<Listing> listings) {
        return String.join(", ", listings.stream().map(Listing::describe).toList());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
