package org.sendready.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.check.CheckReport;
import org.sendready.check.CheckResult;
import org.sendready.check.CheckStatus;
import org.sendready.check.StepId;
import org.sendready.dmarc.RequestedPolicy;
import org.sendready.dns.DomainName;

class LiveCheckTextTest {

    private static CheckReport board(CheckStatus... statuses) {
        var steps = StepId.values();
        var results =
                java.util.stream.IntStream.range(0, statuses.length)
                        .mapToObj(i -> CheckResult.of(steps[i], statuses[i], "summary"))
                        .toList();
        return new CheckReport(DomainName.parse("example.com"), results);
    }

    @Test
    void headline_countsGreenSteps_andAsksForTheFixes() {
        assertThat(LiveCheckText.headline(board(CheckStatus.PASS, CheckStatus.PENDING)))
                .isEqualTo(
                        "1 of 2 steps are green. Publish the fix shown for each step that is"
                                + " not, or wait for DNS caches where the step says so.");
    }

    @Test
    void headline_blamesDns_notTheRecords_whenOnlyDnsFailed() {
        assertThat(LiveCheckText.headline(board(CheckStatus.WARN, CheckStatus.ERROR)))
                .isEqualTo(
                        "1 of 2 steps are green. DNS did not answer for one step, which is not"
                                + " your records' fault: re-check, or choose other DNS servers.");
    }

    @Test
    void headline_saysAllGreen_whenEveryStepPassesOrWarns() {
        assertThat(LiveCheckText.headline(board(CheckStatus.PASS, CheckStatus.WARN)))
                .isEqualTo("All 2 steps are green.");
    }

    @ParameterizedTest
    @CsvSource({
        // p=none: monitoring first, then tighten
        "NONE, from p=none to p=quarantine",
        // p=quarantine: the last step
        "QUARANTINE, move the policy to p=reject",
        // p=reject: nothing left to tighten
        "REJECT, rejects mail that fails"
    })
    void nextSteps_adviseTheNextDmarcPolicy(RequestedPolicy policy, String advice) {
        assertThat(LiveCheckText.nextSteps(policy))
                .hasSize(3)
                .anySatisfy(step -> assertThat(step).contains(advice));
    }

    @ParameterizedTest
    @CsvSource({"0, 0:00", "27, 0:27", "60, 1:00", "605, 10:05"})
    void minutesSeconds_padsTheSeconds(long seconds, String shown) {
        assertThat(LiveCheckText.minutesSeconds(seconds)).isEqualTo(shown);
    }

    @Test
    void greenNotice_joinsTheStepNames() {
        assertThat(new GreenNotice(Arrays.asList(StepId.SPF), false).title())
                .isEqualTo("SPF is green");
        assertThat(
                        new GreenNotice(Arrays.asList(StepId.HOST, StepId.DKIM, StepId.DMARC), true)
                                .toString())
                .isEqualTo(
                        "Mail host address, DKIM and DMARC are green. Everything is published and"
                                + " correct.");
    }

    @Test
    void propagationRow_saysHowManyServersCaughtUp() {
        var row =
                new Propagation.Row(
                        StepId.DMARC,
                        Arrays.asList(
                                Optional.of(CheckStatus.PASS),
                                Optional.of(CheckStatus.PENDING),
                                Optional.of(CheckStatus.PENDING)));

        assertThat(row.agree()).isFalse();
        assertThat(row.verdict())
                .isEqualTo("1 of 3 serve it correctly; the others have not caught up yet");
    }
}
