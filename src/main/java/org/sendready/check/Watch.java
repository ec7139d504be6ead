package org.sendready.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;

/// Re-checks until every step is green, a time limit passes, or the thread is interrupted.
///
/// Between rounds it waits sensibly: when a record was found missing or wrong, a recursive
/// resolver may keep serving that answer for its TTL (the negative-caching TTL of the zone's
/// SOA for an absence, RFC 2308 section 5), so polling faster than that only repeats the
/// cached answer. The wait is the time left until the earliest such expiry, bounded by the
/// policy; without caches (authoritative mode) it starts short and backs off while nothing
/// changes. Each round reports only the steps whose status changed. The spacing is
/// [WatchPacing]'s, which the GUI's live check shares.
public final class Watch {

    /// How often to ask. `cached` is false when the resolver has no cache between us and the
    /// zone (authoritative mode), so TTLs do not delay what we see.
    public record Policy(Duration minInterval, Duration maxInterval, boolean cached) {
        public Policy {
            if (minInterval.isNegative() || minInterval.compareTo(maxInterval) > 0) {
                throw new IllegalArgumentException("bad interval bounds");
            }
        }

        /// 5 s to 60 s: fast enough to feel live, slow enough to be polite to resolvers.
        public static Policy standard(boolean cached) {
            return new Policy(Duration.ofSeconds(5), Duration.ofSeconds(60), cached);
        }
    }

    /// Receives what a watch finds; the CLI prints it, the GUI shows it.
    public interface Listener {
        /// A round finished; `changes` holds only the steps whose status differs from before.
        void round(Instant at, CheckReport report, List<StatusChange> changes);

        /// A non-green step first seen at `since` should be visible everywhere by `expectedBy`
        /// (its cached answer's TTL from then).
        default void settling(StepId step, Instant expectedBy, Duration ttl) {}

        /// The watch sleeps for `wait` before the next round.
        default void waiting(Duration wait) {}
    }

    /// Sleeps; tests pass one that advances a fake clock.
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final BoardRunner checker;
    private final Policy policy;
    private final Clock clock;
    private final Sleeper sleeper;

    public Watch(BoardRunner checker, Policy policy, Clock clock, Sleeper sleeper) {
        this.checker = checker;
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /// Watches until green, `limit` has passed, or interruption; returns the last board.
    public CheckReport run(CheckContext context, Duration limit, Listener listener) {
        var end = clock.instant().plus(limit);
        var pacing = new WatchPacing(policy);
        while (true) {
            var report = runOnce(context);
            var now = clock.instant();
            var round = pacing.record(now, report);
            listener.round(now, report, round.changes());
            round.settling().forEach(s -> listener.settling(s.step(), s.expectedBy(), s.ttl()));
            if (report.ok() || !now.isBefore(end)) {
                return report;
            }
            var left = WatchPacing.max(Duration.between(now, end), Duration.ZERO);
            var wait = WatchPacing.min(pacing.nextWait(now), left);
            listener.waiting(wait);
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return report;
            }
        }
    }

    private CheckReport runOnce(CheckContext context) {
        try {
            return checker.run(context).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the checker never fails its future", e);
        }
    }
}
