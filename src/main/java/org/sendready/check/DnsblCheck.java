package org.sendready.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendready.dnsbl.Blocklist;
import org.sendready.dnsbl.BlocklistCatalogue;
import org.sendready.dnsbl.BlocklistScanner;
import org.sendready.dnsbl.DnsblReport;
import org.sendready.dnsbl.Listing;
import org.sendready.dnsbl.ListingStatus;
import org.sendready.dnsbl.ListingText;
import org.sendready.dnsbl.Outcome;
import org.sendready.dnsbl.Target;
import org.sendready.dnsbl.Targets;

/// The blocklist step: the plan's public sending addresses on the IP lists, its domain and
/// bounce domain on the domain lists.
///
/// PASS when no list lists anything; FAIL when one does (with the list's reason and where to
/// ask for removal); ERROR when a list gave no verdict: it refused this resolver (Spamhaus and
/// URIBL refuse public resolvers) or did not answer in time, which says nothing about the
/// setup. WARN when only answers no list gives came back, typically a resolver rewriting
/// NXDOMAIN. There is no record to publish, so the fix is always empty.
public final class DnsblCheck implements StepCheck {
    private final List<Blocklist> lists;
    private final int maxInFlight;
    private final Duration deadline;

    public DnsblCheck(List<Blocklist> lists, int maxInFlight, Duration deadline) {
        this.lists = List.copyOf(lists);
        this.maxInFlight = maxInFlight;
        this.deadline = Objects.requireNonNull(deadline);
    }

    /// The built-in lists, [BlocklistScanner]'s bound and deadline.
    public static DnsblCheck standard() {
        return new DnsblCheck(
                BlocklistCatalogue.standard(),
                BlocklistScanner.DEFAULT_MAX_IN_FLIGHT,
                BlocklistScanner.DEFAULT_DEADLINE);
    }

    @Override
    public StepId step() {
        return StepId.DNSBL;
    }

    @Override
    public CompletableFuture<CheckResult> run(CheckContext context) {
        return new BlocklistScanner(context.dns(), maxInFlight, deadline)
                .scan(Targets.of(context.plan()), lists)
                .thenApply(DnsblCheck::result);
    }

    /// The board's row for a scan.
    static CheckResult result(DnsblReport report) {
        var listed = report.with(ListingStatus.LISTED);
        var refused = report.with(ListingStatus.REFUSED);
        var failed = report.with(ListingStatus.ERROR);
        var unexpected = report.with(ListingStatus.UNEXPECTED);
        CheckStatus status;
        String summary;
        if (!listed.isEmpty()) {
            status = CheckStatus.FAIL;
            summary = "Listed: " + pairs(listed) + "; see the list's reason and removal page";
        } else if (!refused.isEmpty() || !failed.isEmpty()) {
            status = CheckStatus.ERROR;
            summary =
                    refused.isEmpty()
                            ? "Not listed as far as the lists answered; "
                                    + failed.size()
                                    + " gave no answer in time or failed: re-check later"
                            : "Not listed as far as the lists answered; "
                                    + lists(refused)
                                    + " refused this resolver (not a listing): ask through your"
                                    + " own resolver, not a public one";
        } else if (!unexpected.isEmpty()) {
            status = CheckStatus.WARN;
            summary =
                    "Not listed, but "
                            + unexpected.size()
                            + " answers no blocklist gives came back: does the resolver rewrite"
                            + " missing names?";
        } else {
            status = CheckStatus.PASS;
            summary = "Not listed on any of " + report.lists().size() + " blocklists";
        }
        return new CheckResult(
                StepId.DNSBL,
                status,
                summary,
                details(report),
                List.of(),
                List.of(),
                Optional.empty());
    }

    private static List<String> details(DnsblReport report) {
        var details = new ArrayList<String>();
        for (var listing : report.listings()) {
            if (listing.status() == ListingStatus.NOT_LISTED) {
                continue;
            }
            details.add(
                    listing.target().display()
                            + " on "
                            + ListingText.title(listing.list())
                            + ": "
                            + ListingText.describe(listing.outcome()));
            if (listing.outcome() instanceof Outcome.Listed listed) {
                listed.reasons().forEach(reason -> details.add("  reason: " + reason));
                listing.list().removal().ifPresent(u -> details.add("  removal: " + u));
            }
            if (listing.status() == ListingStatus.REFUSED) {
                listing.list().note().ifPresent(note -> details.add("  " + note));
            }
        }
        var targets = report.targets();
        details.add(
                "Asked about "
                        + String.join(
                                ", ", targets.targets().stream().map(Target::display).toList())
                        + ": "
                        + String.join(", ", report.lists().stream().map(Blocklist::name).toList())
                        + ".");
        targets.skipped().forEach(why -> details.add("Skipped: " + why + "."));
        return List.copyOf(details);
    }

    private static String pairs(List<Listing> listings) {
        return String.join(", ", listings.stream().map(Listing::describe).toList());
    }

    private static String lists(List<Listing> listings) {
        return String.join(", ", listings.stream().map(l -> l.list().title()).distinct().toList());
    }
}
