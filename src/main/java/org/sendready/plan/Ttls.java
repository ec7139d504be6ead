package org.sendready.plan;

import java.time.Duration;
import java.util.Objects;
import org.sendready.input.InvalidInput;

/// The TTL each kind of record is published with.
///
/// One hour is the common default; a shorter DKIM TTL shortens a key rotation, a shorter SPF
/// TTL lets a mistake be corrected sooner.
public record Ttls(
        Duration host, Duration ptr, Duration mx, Duration spf, Duration dkim, Duration dmarc) {

    /// One hour: long enough to spare resolvers, short enough to correct a mistake the same day.
    public static final Duration DEFAULT = Duration.ofHours(1);

    /// RFC 2181 section 8: a TTL is at most 2^31 - 1 seconds.
    public static final long MAX_SECONDS = 2_147_483_647L;

    public Ttls {
        for (var ttl : new Duration[] {host, ptr, mx, spf, dkim, dmarc}) {
            Objects.requireNonNull(ttl);
        }
        check("ttls.host", host);
        check("ttls.ptr", ptr);
        check("ttls.mx", mx);
        check("ttls.spf", spf);
        check("ttls.dkim", dkim);
        check("ttls.dmarc", dmarc);
    }

    /// Every record at [#DEFAULT].
    public static Ttls defaults() {
        return new Ttls(DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
    }

    public Ttls withDkim(Duration ttl) {
        return new Ttls(host, ptr, mx, spf, ttl, dmarc);
    }

    /// Reads a TTL in seconds as typed by a user or stored in a project file.
    public static Duration parseSeconds(long seconds, String field) {
        var ttl = Duration.ofSeconds(seconds);
        check(field, ttl);
        return ttl;
    }

    private static void check(String field, Duration ttl) {
        if (ttl.isNegative() || ttl.toSeconds() > MAX_SECONDS) {
            throw new InvalidInput(
                    field,
                    ttl.toSeconds()
                            + " is out of range; a TTL is 0 to "
                            + MAX_SECONDS
                            + " seconds (3600 is common)");
        }
    }
}
