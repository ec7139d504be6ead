package org.sendready.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendready.check.CheckResult;
import org.sendready.check.CheckStatus;
import org.sendready.check.StepId;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.RecordPurpose;
import org.sendready.testing.MovableClock;
import org.sendready.testing.TestDnsServer;
import org.sendready.ui.common.DnsAccess;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.testing.RecordingCopier;
import org.sendready.ui.testing.ScriptedFileDialogs;
import org.sendready.ui.wizard.WizardContext;
import org.sendready.ui.wizard.WizardStep;
import org.sendready.ui.wizard.WizardViewModel;

/// The live check's view-model on the FX-less direct threads: each check runs to the end
/// inside the call that starts it, against a loopback test DNS server.
class LiveCheckViewModelTest {
    private static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");

    /// example.com's name servers on 127.0.0.2 and 127.0.0.3 (ns1 is the zone's default NS).
    private static final String NAME_SERVERS =
            """
            @ 3600 NS ns2
            ns1 3600 A 127.0.0.2
            ns2 3600 A 127.0.0.3
            """;

    private final SetupPlan plan = PlanFixtures.example();
    private final MovableClock clock = new MovableClock(NOON);
    private final WizardViewModel wizard = new WizardViewModel();
    private final List<GreenNotice> notices = new ArrayList<>();
    private final LiveCheckDns dns = new LiveCheckDns();

    @AfterEach
    void stop() {
        dns.close();
    }

    private LiveCheckViewModel model(DnsAccess access, LiveCheckTuning tuning) {
        wizard.project().set(plan);
        var context =
                new WizardContext(
                        wizard,
                        UiThreads.direct(),
                        new RecordingCopier(),
                        new ScriptedFileDialogs(),
                        access,
                        clock,
                        Path.of("settings-not-used"));
        return new LiveCheckViewModel(context, notices::add, tuning);
    }

    /// The page opened with the wizard's DNS pointing at the test server.
    private LiveCheckViewModel opened() {
        wizard.dnsProperty().set(dns.choice());
        var model = model(dns.access(), LiveCheckDns.TUNING);
        model.entered();
        return model;
    }

    private static CheckStatus status(LiveCheckViewModel model, StepId step) {
        return model.reportProperty().get().step(step).orElseThrow().status();
    }

    @Test
    void entered_showsEveryStepGreen_andTheEndState_whenTheServerServesThePlan() {
        dns.serve(plan);

        var model = opened();

        var report = model.reportProperty().get();
        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(model.allGreenProperty().get()).isTrue();
        assertThat(wizard.lastReportProperty().get()).isEqualTo(report);
        assertThat(wizard.status(WizardStep.SPF)).map(CheckStatus::isGreen).contains(true);
        assertThat(model.countdownProperty().get())
                .isEqualTo("Everything is green: automatic re-check stopped.");
        assertThat(model.statusProperty().get())
                .isEqualTo(
                        "Checked at 12:00:00 through " + dns.server().endpoint().display() + ".");
        assertThat(notices).as("the first check announces nothing").isEmpty();
    }

    @Test
    void entered_showsPendingRowsWithTheRecordsToPublish_whenTheServerServesNothing() {
        dns.serve(plan, record -> false);

        var model = opened();

        var report = model.reportProperty().get();
        assertThat(report.steps())
                .extracting(CheckResult::status)
                .containsOnly(CheckStatus.PENDING);
        assertThat(report.step(StepId.DMARC).orElseThrow().fix())
                .singleElement()
                .satisfies(r -> assertThat(r.purpose()).isEqualTo(RecordPurpose.DMARC));
        assertThat(model.headlineProperty().get()).startsWith("0 of " + report.steps().size());
        assertThat(model.allGreenProperty().get()).isFalse();
        assertThat(model.waitNote(report.step(StepId.DMARC).orElseThrow()))
                .hasValueSatisfying(
                        note -> assertThat(note).contains("up to 5 min (until 12:05:00)"));
    }

    @Test
    void blocklists_addTheBlocklistStep_andRecheckAtOnce_whenSwitchedOn() {
        dns.serve(plan);
        dns.server()
                .zone("dbl.spamhaus.org", "example.com A 127.0.1.2")
                .zone("multi.surbl.org", "")
                .zone("multi.uribl.com", "");
        var model = opened();
        assertThat(model.reportProperty().get().step(StepId.DNSBL)).isEmpty();
        assertThat(dns.server().queries("example.com.dbl.spamhaus.org", "A")).isZero();

        model.blocklistsProperty().set(true);

        var result = model.reportProperty().get().step(StepId.DNSBL).orElseThrow();
        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary())
                .isEqualTo(
                        "Listed: example.com on Spamhaus DBL; see the list's reason and removal"
                                + " page");
        assertThat(result.details())
                .contains(
                        "example.com on Spamhaus DBL (dbl.spamhaus.org): listed: 127.0.1.2 (spam"
                                + " domain: a domain with low reputation)");
        assertThat(wizard.status(WizardStep.CHECK)).contains(CheckStatus.FAIL);
        assertThat(wizard.status(WizardStep.DMARC)).map(CheckStatus::isGreen).contains(true);
    }

    @Test
    void checkNow_announcesTheStepsThatTurnedGreen_andThatEverythingIsGreen() {
        dns.serveWithout(plan, RecordPurpose.DKIM, RecordPurpose.DMARC);
        var model = opened();
        assertThat(status(model, StepId.DKIM)).isEqualTo(CheckStatus.PENDING);
        assertThat(notices).isEmpty();

        dns.serve(plan);
        clock.advance(Duration.ofSeconds(10));
        model.checkNow();

        assertThat(notices)
                .singleElement()
                .satisfies(
                        notice -> {
                            assertThat(notice.steps()).containsExactly(StepId.DKIM, StepId.DMARC);
                            assertThat(notice.allGreen()).isTrue();
                            assertThat(notice.title()).isEqualTo("DKIM and DMARC are green");
                        });
        assertThat(wizard.status(WizardStep.DKIM)).map(CheckStatus::isGreen).contains(true);
    }

    @Test
    void checkNow_announcesNothing_whenNothingTurnedGreen() {
        dns.serveWithout(plan, RecordPurpose.DMARC);
        var model = opened();

        model.checkNow();
        dns.serveWithout(plan, RecordPurpose.DMARC, RecordPurpose.SPF);
        model.checkNow();

        assertThat(notices).isEmpty();
        assertThat(status(model, StepId.SPF).isGreen()).isFalse();
    }

    @Test
    void tick_countsDownToTheNextCheck_andChecksWhenItIsDue() {
        dns.serveWithout(plan, RecordPurpose.DMARC);
        var model = opened();
        // The absence is cached for the zone's 300 s negative TTL; the policy caps it at 60 s.
        assertThat(model.countdownProperty().get()).isEqualTo("Next check in 1:00");
        int asked = dns.server().queries("_dmarc.example.com", "TXT");

        clock.advance(Duration.ofMillis(27_400));
        model.tick();
        assertThat(model.countdownProperty().get()).isEqualTo("Next check in 0:33");
        assertThat(dns.server().queries("_dmarc.example.com", "TXT")).isEqualTo(asked);

        dns.serve(plan);
        clock.advance(Duration.ofSeconds(33));
        model.tick();

        assertThat(dns.server().queries("_dmarc.example.com", "TXT")).isGreaterThan(asked);
        assertThat(model.allGreenProperty().get()).isTrue();
        assertThat(notices)
                .singleElement()
                .satisfies(n -> assertThat(n.title()).isEqualTo("DMARC is green"));
        assertThat(model.countdownProperty().get())
                .isEqualTo("Everything is green: automatic re-check stopped.");
    }

    @Test
    void tick_checksNothing_whenAutomaticRecheckIsOff() {
        dns.serveWithout(plan, RecordPurpose.DMARC);
        var model = opened();
        int asked = dns.server().queries("_dmarc.example.com", "TXT");

        model.autoRecheckProperty().set(false);
        clock.advance(Duration.ofMinutes(5));
        model.tick();

        assertThat(model.countdownProperty().get()).isEmpty();
        assertThat(dns.server().queries("_dmarc.example.com", "TXT")).isEqualTo(asked);
    }

    @Test
    void tick_checksNothing_afterTheUserLeftThePage() {
        dns.serveWithout(plan, RecordPurpose.DMARC);
        var model = opened();
        int asked = dns.server().queries("_dmarc.example.com", "TXT");

        model.left();
        clock.advance(Duration.ofMinutes(5));
        model.tick();

        assertThat(dns.server().queries("_dmarc.example.com", "TXT")).isEqualTo(asked);
        assertThat(model.countdownProperty().get()).isEmpty();
    }

    @Test
    void autoRecheck_turnedBackOn_checksAtOnce() {
        dns.serveWithout(plan, RecordPurpose.DMARC);
        var model = opened();
        model.autoRecheckProperty().set(false);
        int asked = dns.server().queries("_dmarc.example.com", "TXT");

        model.autoRecheckProperty().set(true);

        assertThat(dns.server().queries("_dmarc.example.com", "TXT")).isGreaterThan(asked);
        assertThat(model.countdownProperty().get()).startsWith("Next check in ");
    }

    @Test
    void entered_showsErrorRowsWithinTheDeadline_whenTheServerDropsEveryQuery() {
        try (var silent = new SilentDnsServer()) {
            wizard.dnsProperty().set(silent.choice());
            var model = model(dns.access(), LiveCheckDns.TUNING);
            long start = System.nanoTime();

            model.entered();

            var elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertThat(elapsed).isLessThan(LiveCheckDns.TUNING.deadline().plusSeconds(2));
            assertThat(model.reportProperty().get().steps())
                    .extracting(CheckResult::status)
                    .containsOnly(CheckStatus.ERROR);
            assertThat(model.headlineProperty().get()).contains("DNS did not answer");
            assertThat(model.busyProperty().get()).isFalse();
        }
    }

    @Test
    void goTo_opensTheWizardStepThatSetsUpTheCheck() {
        var model = model(dns.access(), LiveCheckDns.TUNING);

        model.goTo(StepId.SPF);
        assertThat(wizard.current()).isEqualTo(WizardStep.SPF);
        model.goTo(StepId.HELO);
        assertThat(wizard.current()).isEqualTo(WizardStep.DOMAIN);
        model.goTo(StepId.PTR);
        assertThat(wizard.current()).isEqualTo(WizardStep.PTR);
    }

    @Test
    void checkNow_asksNothing_whileTheServersTypedDoNotParse() {
        dns.serve(plan);
        var model = opened();
        int asked = dns.server().queries("_dmarc.example.com", "TXT");

        model.resolver().serversTextProperty().set("dns.example.net");
        model.checkNow();

        assertThat(model.statusProperty().get())
                .startsWith("Correct the DNS servers first. DNS servers: 'dns.example.net' is not");
        assertThat(dns.server().queries("_dmarc.example.com", "TXT")).isEqualTo(asked);
        assertThat(wizard.dnsProperty().get())
                .as("the wizard keeps the last valid choice")
                .isEqualTo(dns.choice());
    }

    @Test
    void nextSteps_suggestMovingDmarcFromNoneToQuarantine() {
        var model = model(dns.access(), LiveCheckDns.TUNING);

        assertThat(model.nextSteps())
                .anySatisfy(s -> assertThat(s).contains("from p=none to p=quarantine"))
                .anySatisfy(s -> assertThat(s).contains("test message"));
    }

    @Test
    void entered_inPreview_checksThePlannedRecords_withoutColouringTheWizard() {
        dns.serve(plan, record -> false);
        wizard.dnsProperty().set(dns.choice());
        var model = model(dns.access(), LiveCheckDns.TUNING);
        model.resolver().previewProperty().set(true);

        model.entered();

        assertThat(model.reportProperty().get().ok()).isTrue();
        assertThat(model.previewShownProperty().get()).isTrue();
        assertThat(wizard.lastReportProperty().get()).isNull();
        assertThat(model.statusProperty().get()).endsWith("with the planned records laid over.");
    }

    @Test
    void headline_namesDnsFailures_apartFromMissingRecords() {
        dns.serveWithout(plan, RecordPurpose.DMARC);
        var model = opened();

        assertThat(model.headlineProperty().get())
                .startsWith(
                        (model.reportProperty().get().steps().size() - 1)
                                + " of "
                                + model.reportProperty().get().steps().size()
                                + " steps are green.")
                .doesNotContain("DNS did not answer");
    }

    @Test
    void cancel_dropsTheRunningCheck_andTurnsAutomaticRecheckOff() {
        try (var silent = new SilentDnsServer();
                var background = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            wizard.project().set(plan);
            wizard.dnsProperty().set(silent.choice());
            var context =
                    new WizardContext(
                            wizard,
                            new UiThreads(Runnable::run, background),
                            new RecordingCopier(),
                            new ScriptedFileDialogs(),
                            dns.access(),
                            clock,
                            Path.of("settings-not-used"));
            var model = new LiveCheckViewModel(context, notices::add, LiveCheckDns.TUNING);
            model.entered();
            assertThat(model.busyProperty().get()).isTrue();

            model.cancel();

            assertThat(model.busyProperty().get()).isFalse();
            assertThat(model.autoRecheckProperty().get()).isFalse();
            assertThat(model.statusProperty().get()).startsWith("Check cancelled");
        }
    }

    @Test
    void authoritative_showsWhichNameServersServeEachStep() {
        var servers =
                TestDnsServer.startOnSamePort(
                        java.net.InetAddress.ofLiteral("127.0.0.1"),
                        java.net.InetAddress.ofLiteral("127.0.0.2"),
                        java.net.InetAddress.ofLiteral("127.0.0.3"));
        try (var recursive = new LiveCheckDns(servers.get(0));
                var ns1 = new LiveCheckDns(servers.get(1));
                var ns2 = new LiveCheckDns(servers.get(2))) {
            recursive.serve(plan).server().add("example.com", NAME_SERVERS);
            ns1.serve(plan).server().add("example.com", NAME_SERVERS);
            ns2.serveWithout(plan, RecordPurpose.DMARC).server().add("example.com", NAME_SERVERS);
            var model =
                    model(
                            recursive.access(),
                            new LiveCheckTuning(
                                    LiveCheckDns.TUNING.deadline(), recursive.server().port()));
            model.resolver().modeProperty().set(ResolverMode.AUTHORITATIVE);
            model.resolver().serversTextProperty().set(recursive.server().endpoint().display());

            model.entered();

            assertThat(wizard.dnsProperty().get().authoritative()).isTrue();
            var propagation = model.propagationProperty().get();
            assertThat(propagation.servers())
                    .containsExactly(
                            "ns1.example.com (" + ns1.server().endpoint().display() + ")",
                            "ns2.example.com (" + ns2.server().endpoint().display() + ")");
            var dmarc =
                    propagation.rows().stream()
                            .filter(r -> r.step() == StepId.DMARC)
                            .findFirst()
                            .orElseThrow();
            assertThat(dmarc.statuses())
                    .containsExactly(
                            java.util.Optional.of(CheckStatus.PASS),
                            java.util.Optional.of(CheckStatus.PENDING));
            assertThat(dmarc.agree()).isFalse();
            assertThat(dmarc.verdict()).startsWith("1 of 2 serve it correctly");
            assertThat(propagation.rows())
                    .filteredOn(r -> r.step() == StepId.SPF)
                    .singleElement()
                    .satisfies(r -> assertThat(r.verdict()).isEqualTo("all agree"));
            assertThat(status(model, StepId.DMARC)).isEqualTo(CheckStatus.PENDING);
            assertThat(model.statusProperty().get()).contains("each name server of example.com");
        }
    }
}
