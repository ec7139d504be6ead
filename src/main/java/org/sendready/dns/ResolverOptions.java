package org.sendready.dns;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/// Which servers a live resolver asks and how long it waits.
///
/// `servers` empty means the system's configured resolvers. Each query tries the servers in
/// order, `attempts` rounds over all of them, each try bounded by `tryTimeout`; whatever
/// happens, the answer is there by `deadline`.
public record ResolverOptions(
        List<Server.Endpoint> servers, Duration tryTimeout, int attempts, Duration deadline) {

    /// Per try: a loopback or LAN answer takes milliseconds, a far resolver a few hundred; two
    /// seconds leaves room for a recursive lookup without making a dead server linger (glibc
    /// waits five, which feels hung in an interactive check).
    public static final Duration DEFAULT_TRY_TIMEOUT = Duration.ofSeconds(2);

    /// Two tries per server, one retry, as glibc's `attempts:2` default.
    public static final int DEFAULT_ATTEMPTS = 2;

    /// One query never takes longer than this, however many servers and tries.
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(6);

    /// More tries than this only delay a verdict that the deadline cuts off anyway.
    public static final int MAX_ATTEMPTS = 5;

    public ResolverOptions {
        servers = List.copyOf(servers);
        requirePositive(tryTimeout, "try timeout");
        requirePositive(deadline, "deadline");
        if (attempts < 1 || attempts > MAX_ATTEMPTS) {
            throw new IllegalArgumentException(
                    "attempts must be 1.." + MAX_ATTEMPTS + ", not " + attempts);
        }
    }

    /// The system's resolvers with the default timeouts.
    public static ResolverOptions system() {
        return new ResolverOptions(
                List.of(), DEFAULT_TRY_TIMEOUT, DEFAULT_ATTEMPTS, DEFAULT_DEADLINE);
    }

    /// The given servers (`--dns`), in order, with the default timeouts; none means system.
    public static ResolverOptions servers(List<Server.Endpoint> servers) {
        return new ResolverOptions(
                servers, DEFAULT_TRY_TIMEOUT, DEFAULT_ATTEMPTS, DEFAULT_DEADLINE);
    }

    /// True when the system's configured resolvers are asked.
    public boolean usesSystemServers() {
        return servers.isEmpty();
    }

    /// The same servers with other timing.
    public ResolverOptions withTiming(Duration tryTimeout, int attempts, Duration deadline) {
        return new ResolverOptions(servers, tryTimeout, attempts, deadline);
    }

    private static void requirePositive(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + duration);
        }
    }
}
