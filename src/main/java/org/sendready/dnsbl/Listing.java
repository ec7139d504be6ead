package org.sendready.dnsbl;

import java.util.Objects;
import java.util.Optional;
import org.sendready.dns.DomainName;

/// One list's verdict on one target.
///
/// @param target the address or domain
/// @param list the list asked
/// @param query the name asked; empty when none could be formed (a domain too long for the
///     list's zone)
/// @param outcome what the list said
public record Listing(Target target, Blocklist list, Optional<DomainName> query, Outcome outcome) {

    public Listing {
        Objects.requireNonNull(target);
        Objects.requireNonNull(list);
        Objects.requireNonNull(query);
        Objects.requireNonNull(outcome);
    }

    public ListingStatus status() {
        return outcome.status();
    }

    /// "192.0.2.1 on Spamhaus ZEN": the target and the list's title, for messages.
    public String describe() {
        return target.display() + " on " + list.title();
    }
}
