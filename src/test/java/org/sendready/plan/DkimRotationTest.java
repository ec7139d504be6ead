package org.sendready.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendready.dkim.DkimSelector;
import org.sendready.input.InvalidInput;

class DkimRotationTest {
    private static final DkimSelector OLD = DkimSelector.parse("s202605");
    private static final DkimSelector NEW = DkimSelector.parse("s202611");
    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private final DkimRotation started = DkimRotation.start(OLD, NEW, START);

    @Test
    void stage_walksThroughEveryStep_asTimePassesAndTheAdminActs() {
        assertThat(started.stage(START.plus(Duration.ofDays(3))))
                .as("nothing proves the key is served yet")
                .isEqualTo(RotationStage.PUBLISH_NEW);

        var seen = started.seenEverywhere(new DkimRotation.Propagated(START.plus(HOUR), HOUR));
        assertThat(seen.stage(START.plus(HOUR))).isEqualTo(RotationStage.WAIT_PROPAGATION);
        assertThat(seen.stage(START.plus(HOUR).plus(HOUR).minusSeconds(1)))
                .as("an older answer may still be cached")
                .isEqualTo(RotationStage.WAIT_PROPAGATION);
        var safe = START.plus(HOUR).plus(HOUR);
        assertThat(seen.safeToSwitchAt()).contains(safe);
        assertThat(seen.stage(safe)).isEqualTo(RotationStage.SWITCH_SIGNER);

        var switched = seen.switchedAt(safe);
        assertThat(switched.stage(safe.plus(Duration.ofDays(6)))).isEqualTo(RotationStage.OVERLAP);
        assertThat(switched.revocableAt()).contains(safe.plus(DkimRotation.OVERLAP));
        var overlapOver = safe.plus(DkimRotation.OVERLAP);
        assertThat(switched.stage(overlapOver)).isEqualTo(RotationStage.REVOKE_OLD);

        var revoked = switched.revokedAt(overlapOver);
        assertThat(revoked.stage(overlapOver.plus(Duration.ofDays(100))))
                .isEqualTo(RotationStage.DONE);
    }

    @Test
    void signsWith_isTheOldSelectorUntilTheSwitch_thenTheNewOne() {
        var other = DkimSelector.parse("ed202611");
        var seen = started.seenEverywhere(new DkimRotation.Propagated(START, Duration.ZERO));
        var switched = seen.switchedAt(START);

        assertThat(List.of(seen.signsWith(OLD), seen.signsWith(NEW), seen.signsWith(other)))
                .containsExactly(true, false, true);
        assertThat(
                        List.of(
                                switched.signsWith(OLD),
                                switched.signsWith(NEW),
                                switched.signsWith(other)))
                .containsExactly(false, true, true);
    }

    @Test
    void seenEverywhere_keepsTheFirstSighting_sinceCachesExpireFromThen() {
        var first = started.seenEverywhere(new DkimRotation.Propagated(START, HOUR));

        var again = first.seenEverywhere(new DkimRotation.Propagated(START.plus(HOUR), HOUR));

        assertThat(again.safeToSwitchAt()).contains(START.plus(HOUR));
    }

    @Test
    void notEverywhere_startsTheWaitOver_beforeTheSwitch_only() {
        var seen = started.seenEverywhere(new DkimRotation.Propagated(START, HOUR));
        var switched = seen.switchedAt(START.plus(HOUR));

        assertThat(seen.notEverywhere().stage(START.plus(Duration.ofDays(1))))
                .isEqualTo(RotationStage.PUBLISH_NEW);
        assertThat(switched.notEverywhere()).isEqualTo(switched);
    }

    @Test
    void switchedAt_isRefused_beforeItIsSafe() {
        var seen = started.seenEverywhere(new DkimRotation.Propagated(START, HOUR));

        assertThatThrownBy(() -> seen.switchedAt(START.plusSeconds(60)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WAIT_PROPAGATION");
    }

    @Test
    void revokedAt_isRefused_duringTheOverlap() {
        var switched =
                started.seenEverywhere(new DkimRotation.Propagated(START, Duration.ZERO))
                        .switchedAt(START);

        assertThatThrownBy(() -> switched.revokedAt(START.plus(Duration.ofDays(6))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OVERLAP");
    }

    @Test
    void new_refusesASelectorReplacingItself() {
        assertThatThrownBy(() -> DkimRotation.start(OLD, OLD, START))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("a new key needs a new selector");
    }

    @Test
    void new_refusesARevocationBeforeTheSwitch() {
        assertThatThrownBy(
                        () ->
                                new DkimRotation(
                                        OLD,
                                        NEW,
                                        START,
                                        Optional.of(new DkimRotation.Propagated(START, HOUR)),
                                        Optional.empty(),
                                        Optional.of(START)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("dkim rotation: the old key was revoked before");
    }
}
