package org.sendready.check;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The spacing of a watch's rounds, apart from the waiting itself: the CLI's [Watch] sleeps
/// between rounds, the GUI's live check counts down on a timer; both ask this when to check
/// next and which steps changed.
///
/// After each round, the next one is due when the earliest cached answer for a not-yet-green
/// step expires (RFC 2308 section 5: an absence is cached for the negative-caching TTL, a
/// wrong record for its own TTL), bounded by the policy, since asking sooner only repeats the
/// cached answer. Without such a hint (or without caches, in authoritative mode) the wait starts
/// at the policy's minimum and doubles, up to its maximum, while nothing changes. Not
/// thread-safe: one watch uses it from one thread.
public final class WatchPacing {

    /// A non-green step whose cached answer should have expired everywhere by `expectedBy`.
    public record Settling(StepId step, Instant expectedBy, Duration ttl) {}

    /// What one round brought: the steps whose status changed (all of them in the first round)
    /// and the steps that started settling.
    public record Round(List<StatusChange> changes, List<Settling> settling) {
        public Round {
            changes = List.copyOf(changes);
            settling = List.copyOf(settling);
        }
    }

    private final Watch.Policy policy;
    private final Map<StepId, CheckStatus> last = new EnumMap<>(StepId.class);
    private final Map<StepId, Instant> settleBy = new EnumMap<>(StepId.class);
    private Duration backoff;

    public WatchPacing(Watch.Policy policy) {
        this.policy = policy;
        this.backoff = policy.minInterval();
    }

    public Watch.Policy policy() {
        return policy;
    }

    /// Takes in the board of a round that finished at `at`.
    public Round record(Instant at, CheckReport report) {
        var changes = new ArrayList<StatusChange>();
        for (var result : report.steps()) {
            var before = Optional.ofNullable(last.put(result.step(), result.status()));
            if (before.isEmpty() || before.get() != result.status()) {
                changes.add(new StatusChange(result.step(), before, result));
            }
        }
        var settling = noteSettling(report, changes, at);
        backoff =
                changes.isEmpty()
                        ? min(backoff.multipliedBy(2), policy.maxInterval())
                        : policy.minInterval();
        return new Round(changes, settling);
    }

    /// How long after `now` the next round is due: until the earliest cached answer expires
    /// (never less than the policy's minimum), else the current back-off.
    public Duration nextWait(Instant now) {
        var earliest = settleBy.values().stream().filter(now::isBefore).min(Instant::compareTo);
        if (earliest.isEmpty()) {
            return backoff;
        }
        var untilExpiry = Duration.between(now, earliest.get());
        return max(policy.minInterval(), min(untilExpiry, policy.maxInterval()));
    }

    private List<Settling> noteSettling(
            CheckReport report, List<StatusChange> changes, Instant now) {
        var settling = new ArrayList<Settling>();
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
                                settling.add(new Settling(result.step(), by, ttl));
                            });
        }
        report.steps().stream()
                .filter(r -> r.status().isGreen())
                .forEach(r -> settleBy.remove(r.step()));
        return settling;
    }

    static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
