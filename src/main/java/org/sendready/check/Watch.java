package org.sendready.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/// Re-checks until every step is green, a time limit passes, or the thread is interrupted.
///
/// Between rounds it waits sensibly: when a record was found missing or wrong, a recursive
/// resolver may keep serving that answer for its TTL (the negative-caching TTL of the zone's
/// SOA for an absence, RFC 2308 section 5), so polling faster than that only repeats the
/// cached answer. The wait is the time left until the earliest such expiry, bounded by the
/// policy; without caches (authoritative mode) it starts short and backs off while nothing
/// changes. Each round reports only the steps whose status changed.
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
        var start = clock.instant();
        var end = start.plus(limit);
        var last = new EnumMap<StepId, CheckStatus>(StepId.class);
        var settleBy = new EnumMap<StepId, Instant>(StepId.class);
        var backoff = policy.minInterval();
        while (true) {
            var report = runOnce(context);
            var now = clock.instant();
            var changes = changes(last, report);
            listener.round(now, report, changes);
            noteSettling(report, changes, now, settleBy, listener);
            if (report.ok() || !now.isBefore(end)) {
                return report;
            }
            backoff =
                    changes.isEmpty()
                            ? min(backoff.multipliedBy(2), policy.maxInterval())
                            : policy.minInterval();
            var wait = nextWait(now, end, settleBy, backoff);
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

    private static List<StatusChange> changes(Map<StepId, CheckStatus> last, CheckReport report) {
        var changes = new ArrayList<StatusChange>();
        for (var result : report.steps()) {
            var before = Optional.ofNullable(last.put(result.step(), result.status()));
            if (before.isEmpty() || before.get() != result.status()) {
                changes.add(new StatusChange(result.step(), before, result));
            }
        }
        return changes;
    }

    private void noteSettling(
            CheckReport report,
            List<StatusChange> changes,
            Instant now,
            Map<StepId, Instant> settleBy,
            Listener listener) {
        for (var change : changes) {
            var result = change.now();
            settleBy.remove(result.step());
            if (!policy.cached() || result.status().isGreen()) {
                continue;
            }
            result.settlesWithin()
                    .ifPresent(
                            ttl -> {
                                var by = now.plus(ttl);
                                settleBy.put(result.step(), by);
                                listener.settling(result.step(), by, ttl);
                            });
        }
        report.steps().stream()
                .filter(r -> r.status().isGreen())
                .forEach(r -> settleBy.remove(r.step()));
    }

    /// Until the earliest cached answer expires (never before `backoff`'s lower bound), within
    /// the policy's bounds and the time limit.
    private Duration nextWait(
            Instant now, Instant end, Map<StepId, Instant> settleBy, Duration backoff) {
        var wait = backoff;
        var earliest = settleBy.values().stream().filter(now::isBefore).min(Instant::compareTo);
        if (earliest.isPresent()) {
            var untilExpiry = Duration.between(now, earliest.get());
            wait = max(policy.minInterval(), min(untilExpiry, policy.maxInterval()));
        }
        var left = Duration.between(now, end);
        return min(wait, max(left, Duration.ZERO));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
