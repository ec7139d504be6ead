package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.sendready.plan.PlanFixtures;
import org.sendready.testing.InMemoryDns;

class CheckerTest {
    private static final CheckContext CONTEXT =
            CheckContext.of(PlanFixtures.example(), new InMemoryDns());

    /// A check that never answers.
    private static StepCheck hanging(StepId step) {
        return new StepCheck() {
            @Override
            public StepId step() {
                return step;
            }

            @Override
            public CompletableFuture<CheckResult> run(CheckContext context) {
                return new CompletableFuture<>();
            }
        };
    }

    /// A check with a bug.
    private static StepCheck throwing(StepId step) {
        return new StepCheck() {
            @Override
            public StepId step() {
                return step;
            }

            @Override
            public CompletableFuture<CheckResult> run(CheckContext context) {
                throw new IllegalStateException("boom");
            }
        };
    }

    @Test
    void run_listsStepsInBoardOrder_andIsOkOnlyWhenAllGreen() {
        var checker =
                new Checker(
                        List.of(
                                new ScriptedCheck(StepId.SPF, Optional.empty(), CheckStatus.WARN),
                                new ScriptedCheck(StepId.HOST, Optional.empty(), CheckStatus.PASS)),
                        Duration.ofSeconds(1));

        var report = checker.run(CONTEXT).join();

        assertThat(report.steps())
                .extracting(CheckResult::step)
                .containsExactly(StepId.HOST, StepId.SPF);
        assertThat(report.ok()).isTrue();
        assertThat(report.worst()).isEqualTo(CheckStatus.WARN);
    }

    @Test
    void run_reportsAHangingCheckAsError_atTheDeadline() {
        var checker =
                new Checker(
                        List.of(
                                hanging(StepId.DKIM),
                                new ScriptedCheck(StepId.HOST, Optional.empty(), CheckStatus.PASS)),
                        Duration.ofMillis(200));

        var report =
                checker.run(CONTEXT).orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).join();

        assertThat(report.step(StepId.DKIM).orElseThrow().status()).isEqualTo(CheckStatus.ERROR);
        assertThat(report.step(StepId.HOST).orElseThrow().status()).isEqualTo(CheckStatus.PASS);
        assertThat(report.ok()).isFalse();
    }

    @Test
    void run_reportsACrashingCheckAsError_withoutHidingTheOthers() {
        var checker =
                new Checker(
                        List.of(
                                throwing(StepId.MX),
                                new ScriptedCheck(StepId.HOST, Optional.empty(), CheckStatus.PASS)),
                        Duration.ofSeconds(1));

        var report = checker.run(CONTEXT).join();

        assertThat(report.step(StepId.MX).orElseThrow().summary()).contains("internal error");
        assertThat(report.steps()).hasSize(2);
    }
}
