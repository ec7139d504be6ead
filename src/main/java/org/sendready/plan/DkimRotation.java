package org.sendready.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sendready.dkim.DkimSelector;
import org.sendready.input.InvalidInput;

/// A DKIM key rotation in progress: the selector being retired, the selector replacing it, and
/// the moments that decide what is safe to do next. The plan stores it (and the project file),
/// because a rotation takes days; the stage is always derived from the moments and the clock.
///
/// Rules, in order ([RotationStage]):
/// - The signer may switch to the new selector once every authoritative name server serves the
///   new key identically ([#propagated]) and the TTL of any older answer for its name has run
///   out since then ([Propagated#cacheTtl]): before that, a resolver may still answer "no such
///   key" from its cache and the new signatures fail.
/// - The old selector stays published for [#OVERLAP] after the switch.
/// - Then its record is replaced by the revocation record, an empty `p=` (RFC 6376 section
///   3.6.1: "An empty value means that this public key has been revoked").
///
/// @param retiring the selector that signs now and is replaced
/// @param incoming the new selector
/// @param started when the new key was added
/// @param propagated when every name server was first seen serving the new key, and how long
///     an older answer may be cached; empty until then
/// @param switched when the admin switched the signer to the new selector
/// @param revoked when the old selector's record became its revocation
public record DkimRotation(
        DkimSelector retiring,
        DkimSelector incoming,
        Instant started,
        Optional<Propagated> propagated,
        Optional<Instant> switched,
        Optional<Instant> revoked) {

    /// How long the old key stays published after the switch: seven days. Mail signed just
    /// before the switch may be verified days later: a message queued for retry is given up
    /// only after 4 to 5 days (RFC 5321 section 4.5.4.1; Postfix's `maximal_queue_lifetime` is
    /// 5 days), and mailing lists, forwarders and DMARC report processing verify late too. A
    /// week covers a full queue lifetime with margin.
    public static final Duration OVERLAP = Duration.ofDays(7);

    /// The field name errors about a rotation carry.
    static final String FIELD = "dkim rotation";

    /// The moment every authoritative name server served the new key, and the longest time a
    /// resolver may keep an older answer for the new selector's name (negative answers
    /// included, RFC 2308 section 5).
    public record Propagated(Instant at, Duration cacheTtl) {
        public Propagated {
            Objects.requireNonNull(at);
            Objects.requireNonNull(cacheTtl);
            if (cacheTtl.isNegative()) {
                throw new IllegalArgumentException("negative TTL: " + cacheTtl);
            }
        }

        /// When the older answers have expired from every cache.
        public Instant safeAt() {
            return at.plus(cacheTtl);
        }
    }

    public DkimRotation {
        Objects.requireNonNull(retiring);
        Objects.requireNonNull(incoming);
        Objects.requireNonNull(started);
        Objects.requireNonNull(propagated);
        Objects.requireNonNull(switched);
        Objects.requireNonNull(revoked);
        if (retiring.equals(incoming)) {
            throw new InvalidInput(
                    FIELD,
                    "retires and adds the same selector '"
                            + retiring
                            + "'; a new key needs a new selector");
        }
        if (switched.isPresent() && propagated.isEmpty()) {
            throw new InvalidInput(
                    FIELD, "the signer switched before the new key was seen on every name server");
        }
        if (revoked.isPresent() && switched.isEmpty()) {
            throw new InvalidInput(
                    FIELD, "the old key was revoked before the signer switched to the new one");
        }
    }

    /// A rotation from `retiring` to `incoming`, the new key just added at `now`.
    public static DkimRotation start(DkimSelector retiring, DkimSelector incoming, Instant now) {
        return new DkimRotation(
                retiring, incoming, now, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /// Where the rotation stands at `now`.
    public RotationStage stage(Instant now) {
        if (revoked.isPresent()) {
            return RotationStage.DONE;
        }
        if (switched.isPresent()) {
            return now.isBefore(switched.get().plus(OVERLAP))
                    ? RotationStage.OVERLAP
                    : RotationStage.REVOKE_OLD;
        }
        if (propagated.isPresent()) {
            return now.isBefore(propagated.get().safeAt())
                    ? RotationStage.WAIT_PROPAGATION
                    : RotationStage.SWITCH_SIGNER;
        }
        return RotationStage.PUBLISH_NEW;
    }

    /// When switching the signer becomes safe; empty until every name server serves the key.
    public Optional<Instant> safeToSwitchAt() {
        return propagated.map(Propagated::safeAt);
    }

    /// When the old key may be revoked; empty until the signer switched.
    public Optional<Instant> revocableAt() {
        return switched.map(s -> s.plus(OVERLAP));
    }

    /// True when `selector` signs mail now: the old one until the switch, the new one after,
    /// any other selector of the plan always (e.g. the Ed25519 key of dual signing).
    public boolean signsWith(DkimSelector selector) {
        if (selector.equals(incoming)) {
            return switched.isPresent();
        }
        if (selector.equals(retiring)) {
            return switched.isEmpty();
        }
        return true;
    }

    /// This rotation with the new key seen on every name server; an earlier sighting is kept,
    /// as caches have been expiring since then.
    public DkimRotation seenEverywhere(Propagated sighting) {
        if (propagated.isPresent() || switched.isPresent()) {
            return this;
        }
        return new DkimRotation(
                retiring, incoming, started, Optional.of(sighting), switched, revoked);
    }

    /// This rotation with a name server no longer (or not yet) serving the new key: the wait
    /// starts over once all serve it. After the switch, nothing changes.
    public DkimRotation notEverywhere() {
        if (switched.isPresent()) {
            return this;
        }
        return new DkimRotation(retiring, incoming, started, Optional.empty(), switched, revoked);
    }

    /// The admin switched the signer at `now`; only allowed at [RotationStage#SWITCH_SIGNER].
    public DkimRotation switchedAt(Instant now) {
        requireStage(RotationStage.SWITCH_SIGNER, now);
        return new DkimRotation(retiring, incoming, started, propagated, Optional.of(now), revoked);
    }

    /// The old record became its revocation at `now`; only allowed at
    /// [RotationStage#REVOKE_OLD].
    public DkimRotation revokedAt(Instant now) {
        requireStage(RotationStage.REVOKE_OLD, now);
        return new DkimRotation(
                retiring, incoming, started, propagated, switched, Optional.of(now));
    }

    private void requireStage(RotationStage wanted, Instant now) {
        var stage = stage(now);
        if (stage != wanted) {
            throw new IllegalStateException("rotation is at " + stage + ", not " + wanted);
        }
    }
}
