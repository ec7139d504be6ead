package org.sendready.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sendready.dnsbl.DnsblReport;
import org.sendready.dnsbl.Listing;
import org.sendready.dnsbl.ListingStatus;
import org.sendready.dnsbl.ListingText;
import org.sendready.dnsbl.Outcome;
import org.sendready.dnsbl.Target;

/// Prints blocklist results for a terminal: per target one line per list, then the verdict.
final class DnsblText {
    private static final int NAME_WIDTH = 14;
    private static final int STATUS_WIDTH = 11;
    private static final String INDENT = " ".repeat(2 + NAME_WIDTH + 1 + STATUS_WIDTH + 1);

    private DnsblText() {}

    static void print(DnsblReport report, String servers, PrintWriter out) {
        out.println(
                "sendready dnsbl  (DNS: "
                        + servers
                        + "; "
                        + report.lists().size()
                        + (report.lists().size() == 1 ? " list)" : " lists)"));
        report.targets().skipped().forEach(why -> out.println("Skipped: " + why + "."));
        for (var target : report.targets().targets()) {
            out.println();
            out.println(target.display());
            var listings =
                    report.listings().stream().filter(l -> l.target().equals(target)).toList();
            if (listings.isEmpty()) {
                out.println("  no list of the set covers " + covered(target));
            }
            listings.forEach(listing -> printListing(listing, out));
        }
        out.println();
        out.println(verdict(report));
    }

    private static void printListing(Listing listing, PrintWriter out) {
        var status = listing.status();
        var line =
                "  "
                        + BoardText.pad(listing.list().name(), NAME_WIDTH)
                        + " "
                        + BoardText.pad(status.name().replace('_', ' '), STATUS_WIDTH);
        if (status == ListingStatus.NOT_LISTED) {
            out.println(line.stripTrailing());
            return;
        }
        out.println(line + " " + ListingText.describe(listing.outcome()));
        switch (listing.outcome()) {
            case Outcome.Listed listed -> {
                listed.reasons().forEach(r -> out.println(INDENT + "reason: " + r));
                listing.list().removal().ifPresent(u -> out.println(INDENT + "removal: " + u));
            }
            case Outcome.Refused refused ->
                    listing.list().note().ifPresent(n -> out.println(INDENT + n));
            case Outcome.Failed failed -> {}
            case Outcome.Unexpected unexpected -> {}
            case Outcome.NotListed none -> {}
        }
    }

    private static String covered(Target target) {
        return switch (target) {
            case Target.Address address when address.isIpv6() -> "IPv6 addresses";
            case Target.Address address -> "IP addresses";
            case Target.Domain domain -> "domains";
        };
    }

    /// The closing line: what is listed, or what gave no verdict, or that all is clean.
    static String verdict(DnsblReport report) {
        var listed = report.with(ListingStatus.LISTED);
        if (!listed.isEmpty()) {
            return "Listed: " + pairs(listed) + ".";
        }
        var refused = report.with(ListingStatus.REFUSED);
        var failed = report.with(ListingStatus.ERROR);
        if (!refused.isEmpty() || !failed.isEmpty()) {
            return "Nothing listed as far as the lists answered, but "
                    + (refused.size() + failed.size())
                    + " gave no verdict"
                    + (refused.isEmpty()
                            ? " (" + pairs(failed) + "); try again later."
                            : " ("
                                    + pairs(refused)
                                    + " refused this resolver); ask through your"
                                    + " own resolver with --dns.");
        }
        var unexpected = report.with(ListingStatus.UNEXPECTED);
        return "Not listed on any of the "
                + report.lists().size()
                + " lists."
                + (unexpected.isEmpty()
                        ? ""
                        : " " + unexpected.size() + " answers were unexpected (see above).");
    }

    private static String pairs(List<Listing> listings) {
        return String.join(
                ", ",
                listings.stream()
                        .map(l -> l.target().display() + " on " + l.list().name())
                        .toList());
    }
}
