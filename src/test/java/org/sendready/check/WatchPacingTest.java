package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendready.dns.DomainName;

class WatchPacingTest {
    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    private static final DomainName EXAMPLE = DomainName.parse("example.com");

    private static CheckResult result(StepId step, CheckStatus status, Duration settles) {
        return new CheckResult(
                step,
                status,
                step.id() + " " + status.id(),
                List.of(),
                List.of(),
                List.of(),
                Optional.ofNullable(settles));
    }

    private static CheckReport board(CheckResult... results) {
        return new CheckReport(EXAMPLE, Arrays.asList(results));
    }

    @Test
    void record_reportsEveryStepAsChanged_inTheFirstRound() {
        var pacing = new WatchPacing(Watch.Policy.standard(true));

        var round =
                pacing.record(
                        T0,
                        board(
                                result(StepId.SPF, CheckStatus.PASS, null),
                                result(StepId.DKIM, CheckStatus.PENDING, null)));

        assertThat(round.changes())
                .extracting(StatusChange::step)
                .containsExactly(StepId.SPF, StepId.DKIM);
        assertThat(round.changes()).allMatch(c -> c.before().isEmpty());
    }

    @Test
    void record_reportsOnlyTransitions_withTheStatusBefore() {
        var pacing = new WatchPacing(Watch.Policy.standard(true));
        pacing.record(
                T0,
                board(
                        result(StepId.SPF, CheckStatus.PASS, null),
                        result(StepId.DKIM, CheckStatus.PENDING, null)));

        var round =
                pacing.record(
                        T0.plusSeconds(5),
                        board(
                                result(StepId.SPF, CheckStatus.PASS, null),
                                result(StepId.DKIM, CheckStatus.WARN, null)));

        assertThat(round.changes())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.step()).isEqualTo(StepId.DKIM);
                            assertThat(c.before()).contains(CheckStatus.PENDING);
                            assertThat(c.now().status()).isEqualTo(CheckStatus.WARN);
                        });
    }

    @Test
    void nextWait_doublesWhileNothingChanges_upToTheMaximum() {
        var pacing = new WatchPacing(Watch.Policy.standard(false));
        var pending = board(result(StepId.MX, CheckStatus.PENDING, null));
        var waits = new java.util.ArrayList<Duration>();
        var now = T0;
        for (int i = 0; i < 6; i++) {
            pacing.record(now, pending);
            var wait = pacing.nextWait(now);
            waits.add(wait);
            now = now.plus(wait);
        }

        assertThat(waits)
                .extracting(Duration::toSeconds)
                .containsExactly(5L, 10L, 20L, 40L, 60L, 60L);
    }

    @Test
    void nextWait_startsShortAgain_afterAChange() {
        var pacing = new WatchPacing(Watch.Policy.standard(false));
        pacing.record(T0, board(result(StepId.MX, CheckStatus.PENDING, null)));
        pacing.record(T0.plusSeconds(5), board(result(StepId.MX, CheckStatus.PENDING, null)));
        assertThat(pacing.nextWait(T0.plusSeconds(5))).isEqualTo(Duration.ofSeconds(10));

        pacing.record(T0.plusSeconds(15), board(result(StepId.MX, CheckStatus.FAIL, null)));

        assertThat(pacing.nextWait(T0.plusSeconds(15))).isEqualTo(Duration.ofSeconds(5));
    }

    static Stream<Arguments> cachedAnswers() {
        return Stream.of(
                // a 40 s negative TTL: ask again when it has expired
                Arguments.of(40, true, 40),
                // the test server's 300 s SOA MINIMUM: capped at the policy's 60 s
                Arguments.of(300, true, 60),
                // a 2 s TTL: never faster than the policy's 5 s
                Arguments.of(2, true, 5),
                // authoritative mode has no cache in between: the TTL does not matter
                Arguments.of(300, false, 5));
    }

    @ParameterizedTest
    @MethodSource("cachedAnswers")
    void nextWait_waitsOutTheCachedAnswer_withinThePolicy(
            long ttlSeconds, boolean cached, long expectedSeconds) {
        var pacing = new WatchPacing(Watch.Policy.standard(cached));

        var round =
                pacing.record(
                        T0,
                        board(
                                result(
                                        StepId.DKIM,
                                        CheckStatus.PENDING,
                                        Duration.ofSeconds(ttlSeconds))));

        assertThat(pacing.nextWait(T0)).isEqualTo(Duration.ofSeconds(expectedSeconds));
        assertThat(round.settling())
                .hasSize(cached ? 1 : 0)
                .allSatisfy(s -> assertThat(s.expectedBy()).isEqualTo(T0.plusSeconds(ttlSeconds)));
    }

    @Test
    void nextWait_forgetsTheCachedAnswer_ofAStepThatTurnedGreen() {
        var pacing = new WatchPacing(Watch.Policy.standard(true));
        pacing.record(T0, board(result(StepId.DKIM, CheckStatus.PENDING, Duration.ofSeconds(40))));

        pacing.record(T0.plusSeconds(5), board(result(StepId.DKIM, CheckStatus.PASS, null)));

        assertThat(pacing.nextWait(T0.plusSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }
}
