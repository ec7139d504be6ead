package org.sendready.dnsbl;

import java.util.List;
import java.util.Objects;

/// Every list's verdict on every target it covers, in target order, then list order.
///
/// @param targets what was looked up and what was left out
/// @param lists the lists asked
/// @param listings one per target and list that covers it
public record DnsblReport(Targets targets, List<Blocklist> lists, List<Listing> listings) {

    public DnsblReport {
        Objects.requireNonNull(targets);
        lists = List.copyOf(lists);
        listings = List.copyOf(listings);
    }

    /// The listings with `status`.
    public List<Listing> with(ListingStatus status) {
        return listings.stream().filter(l -> l.status() == status).toList();
    }

    /// True when some list lists some target.
    public boolean listed() {
        return !with(ListingStatus.LISTED).isEmpty();
    }

    /// True when every list answered and none lists anything (unexpected answers aside, which
    /// are not listings): nothing to act on.
    public boolean clean() {
        return listings.stream()
                .allMatch(
                        l ->
                                l.status() == ListingStatus.NOT_LISTED
                                        || l.status() == ListingStatus.UNEXPECTED);
    }
}
