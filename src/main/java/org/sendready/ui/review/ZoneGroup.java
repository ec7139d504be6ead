package org.sendready.ui.review;

import java.util.List;
import java.util.Objects;
import org.sendready.dns.DomainName;
import org.sendready.records.DnsRecord;

/// The records of one zone, and who publishes them.
///
/// @param zone the zone the records belong in
/// @param kind whose zone it is
/// @param records the records, in the plan's order
public record ZoneGroup(DomainName zone, Kind kind, List<DnsRecord> records) {

    /// Whose zone it is, which decides who publishes its records.
    public enum Kind {
        /// The domain's own zone, or the zone of a mail host outside it: the admin publishes.
        FORWARD,
        /// A reverse zone: the owner of the IP addresses publishes.
        REVERSE,
        /// A report receiver's zone: its admin publishes the DMARC report authorisation.
        REPORT_AUTHORIZATION
    }

    public ZoneGroup {
        Objects.requireNonNull(zone);
        Objects.requireNonNull(kind);
        records = List.copyOf(records);
    }

    /// The group's heading, e.g. `Zone example.com` or `Reverse zone 2.0.192.in-addr.arpa`.
    public String heading() {
        var name =
                zone.unicode().equals(zone.ascii())
                        ? zone.ascii()
                        : zone.unicode() + " (" + zone.ascii() + ")";
        return switch (kind) {
            case FORWARD, REPORT_AUTHORIZATION -> "Zone " + name;
            case REVERSE -> "Reverse zone " + name;
        };
    }

    /// Who publishes the records, and how, in plain words; `domain` is the plan's domain.
    public String note(DomainName domain) {
        return switch (kind) {
            case FORWARD ->
                    zone.equals(domain)
                            ? "Publish these at the DNS provider of "
                                    + zone.unicode()
                                    + ", in its web panel or zone file."
                            : "A mail host lives in this zone: publish these there, or ask"
                                    + " whoever runs "
                                    + zone.unicode()
                                    + " to.";
            case REVERSE ->
                    "Your provider publishes this: reverse DNS belongs to the owner of the IP"
                            + " addresses, usually your hosting provider. Set each PTR in"
                            + " their control panel, or ask their support to set it.";
            case REPORT_AUTHORIZATION ->
                    "Published by whoever runs "
                            + zone.unicode()
                            + ": it allows them to receive DMARC reports for "
                            + domain.unicode()
                            + ". Needed only because the reports go to another domain.";
        };
    }
}
