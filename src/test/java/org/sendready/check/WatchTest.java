package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendready.plan.PlanFixtures;
import org.sendready.testing.InMemoryDns;

class WatchTest {
    private static final CheckContext CONTEXT =
            CheckContext.of(PlanFixtures.example(), new InMemoryDns());

    /// A clock that only moves when the watch sleeps.
    private static final class FakeTime extends Clock implements Watch.Sleeper {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static final class Recorder implements Watch.Listener {
        final List<List<StatusChange>> rounds = new ArrayList<>();
        final List<String> settling = new ArrayList<>();

        @Override
        public void round(Instant at, CheckReport report, List<StatusChange> changes) {
            rounds.add(changes);
        }

        @Override
        public void settling(StepId step, Instant expectedBy, Duration ttl) {
            settling.add(step.id() + " by " + expectedBy + " (" + ttl + ")");
        }
    }

    @Test
    void run_stopsWhenGreen_reportingOnlyChanges() {
        var time = new FakeTime();
        var checker =
                new Checker(
                        List.of(
                                new ScriptedCheck(StepId.HOST, Optional.empty(), CheckStatus.PASS),
                                new ScriptedCheck(
                                        StepId.SPF,
                                        Optional.empty(),
                                        CheckStatus.PENDING,
                                        CheckStatus.PENDING,
                                        CheckStatus.PASS)),
                        Duration.ofSeconds(1));
        var recorder = new Recorder();

        var report =
                new Watch(checker, Watch.Policy.standard(false), time, time)
                        .run(CONTEXT, Duration.ofMinutes(10), recorder);

        assertThat(report.ok()).isTrue();
        assertThat(recorder.rounds).hasSize(3);
        assertThat(recorder.rounds.get(0)).hasSize(2); // first round: every step is new
        assertThat(recorder.rounds.get(1)).isEmpty(); // nothing changed
        assertThat(recorder.rounds.get(2))
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.before()).contains(CheckStatus.PENDING);
                            assertThat(c.now().status()).isEqualTo(CheckStatus.PASS);
                        });
        // no change after the first wait: the interval backs off
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Test
    void run_waitsForTheCachedAbsenceToExpire_andSaysWhenItShouldBeVisible() {
        var time = new FakeTime();
        var checker =
                new Checker(
                        List.of(
                                new ScriptedCheck(
                                        StepId.DKIM,
                                        Optional.of(Duration.ofSeconds(40)),
                                        CheckStatus.PENDING,
                                        CheckStatus.PASS)),
                        Duration.ofSeconds(1));
        var recorder = new Recorder();

        new Watch(checker, Watch.Policy.standard(true), time, time)
                .run(CONTEXT, Duration.ofMinutes(10), recorder);

        assertThat(recorder.settling).containsExactly("dkim by 2026-11-26T12:00:40Z (PT40S)");
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(40));
    }

    @Test
    void run_givesUpAtTheTimeLimit_withTheLastBoard() {
        var time = new FakeTime();
        var checker =
                new Checker(
                        List.of(new ScriptedCheck(StepId.MX, Optional.empty(), CheckStatus.FAIL)),
                        Duration.ofSeconds(1));

        var report =
                new Watch(checker, Watch.Policy.standard(false), time, time)
                        .run(CONTEXT, Duration.ofSeconds(30), new Recorder());

        assertThat(report.ok()).isFalse();
        assertThat(time.sleeps.stream().reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(Duration.ofSeconds(30));
    }
}
