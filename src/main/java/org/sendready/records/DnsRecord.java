package org.sendready.records;

import java.time.Duration;
import java.util.Objects;
import org.sendready.dns.DomainName;

/// One record the setup requires: owner name, TTL, data, and the zone it is published in
/// (the reverse zone for a PTR), so exporters can write names relative to that zone.
public record DnsRecord(
        DomainName owner, DomainName zone, Duration ttl, RecordData data, RecordPurpose purpose) {

    /// RFC 2181 section 8: a TTL is an unsigned 31-bit number of seconds.
    public static final long MAX_TTL_SECONDS = 2_147_483_647L;

    public DnsRecord {
        Objects.requireNonNull(owner);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(data);
        Objects.requireNonNull(purpose);
        if (ttl.isNegative() || ttl.toSeconds() > MAX_TTL_SECONDS) {
            throw new IllegalArgumentException("TTL out of range: " + ttl);
        }
        if (!owner.isWithin(zone)) {
            throw new IllegalArgumentException(owner + " is not within zone " + zone);
        }
    }

    /// The owner relative to its zone: `@` for the apex.
    public String relativeOwner() {
        return owner.relativeTo(zone);
    }
}
