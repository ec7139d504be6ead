package org.sendready.ui.ptr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sendready.check.CheckStatus;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.Question;
import org.sendready.dns.RrType;
import org.sendready.dns.Server;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.testing.InMemoryDns;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.WizardViewModel;

class PtrViewModelTest {
    private static final String REVERSE = "10.89.67.45.in-addr.arpa";

    private final WizardViewModel wizard = new WizardViewModel();
    private final InMemoryDns dns = new InMemoryDns();

    /// example.com sent from mail.example.com at one public address, so no warning applies.
    private static SetupPlan plan() {
        return PlanFixtures.publicHost();
    }

    private PtrViewModel viewModel(DnsResolver resolver) {
        return new PtrViewModel(
                wizard.project(),
                wizard.dnsProperty(),
                choice -> resolver,
                UiThreads.direct(),
                Duration.ofSeconds(5));
    }

    @Test
    void entries_givePerAddress_theReverseNameZoneAndRecord() {
        wizard.project()
                .set(
                        SetupPlan.start(
                                DomainName.parse("example.com"),
                                List.of(
                                        PlanFixtures.host(
                                                "mail.example.com", "192.0.2.10", "2001:db8::10")),
                                List.of()));
        var viewModel = viewModel(dns);

        assertThat(viewModel.entries()).hasSize(2);
        var v4 = viewModel.entries().getFirst();
        assertThat(v4.ip()).isEqualTo("192.0.2.10");
        assertThat(v4.reverse().owner().ascii()).isEqualTo("10.2.0.192.in-addr.arpa");
        assertThat(v4.reverse().zone().ascii()).isEqualTo("2.0.192.in-addr.arpa");
        assertThat(v4.hostname().ascii()).isEqualTo("mail.example.com");
        assertThat(v4.record().zone()).isEqualTo(v4.reverse().zone());
        assertThat(v4.unreachable()).hasValueSatisfying(w -> assertThat(w).contains("RFC 5737"));
        assertThat(viewModel.entries().get(1).reverse().zone().ascii())
                .isEqualTo("0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
    }

    @Test
    void check_passes_whenPtrAndForwardAgree_andTouchesNothingElse() {
        wizard.project().set(plan());
        dns.ptr(REVERSE, "mail.example.com").address("mail.example.com", "45.67.89.10");
        var viewModel = viewModel(dns);
        var planBefore = wizard.project().plan().orElseThrow();

        viewModel.checkNow();

        assertThat(viewModel.statusProperty().get()).contains(CheckStatus.PASS);
        assertThat(viewModel.summaryProperty().get())
                .isEqualTo("The sending address has forward-confirmed reverse DNS naming its host");
        assertThat(viewModel.details())
                .anyMatch(d -> d.startsWith("Forward-confirmed: 45.67.89.10"));
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(wizard.lastReportProperty().get()).isNull();
        assertThat(wizard.project().plan()).containsSame(planBefore);
        assertThat(dns.asked()).extracting(Question::type).containsOnly(RrType.PTR, RrType.A);
    }

    @Test
    void check_isPending_whenNoPtrIsPublished() {
        wizard.project().set(plan());
        dns.address("mail.example.com", "45.67.89.10");
        var viewModel = viewModel(dns);

        viewModel.checkNow();

        assertThat(viewModel.statusProperty().get()).contains(CheckStatus.PENDING);
        assertThat(viewModel.summaryProperty().get())
                .contains("45.67.89.10 has no reverse DNS (PTR record) yet");
    }

    @Test
    void check_isError_whenDnsTimesOut() {
        wizard.project().set(plan());
        dns.fail(REVERSE, RrType.PTR, DnsAnswer.Failure.TIMEOUT);
        var viewModel = viewModel(dns);

        viewModel.checkNow();

        assertThat(viewModel.statusProperty().get()).contains(CheckStatus.ERROR);
    }

    @Test
    void check_isError_whenDnsNeverAnswersBeforeTheDeadline() throws InterruptedException {
        wizard.project().set(plan());
        var viewModel =
                new PtrViewModel(
                        wizard.project(),
                        wizard.dnsProperty(),
                        choice -> (name, type) -> new CompletableFuture<>(),
                        UiThreads.direct(),
                        Duration.ofMillis(50));

        // The deadline completes the check on another thread; the direct FX hop runs it there.
        var shown = new CountDownLatch(1);
        viewModel
                .statusProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now.isPresent()) {
                                shown.countDown();
                            }
                        });

        viewModel.checkNow();

        assertThat(shown.await(5, TimeUnit.SECONDS)).as("a result within 5 s").isTrue();
        assertThat(viewModel.statusProperty().get()).contains(CheckStatus.ERROR);
        assertThat(viewModel.summaryProperty().get()).startsWith("DNS did not answer within");
    }

    @Test
    void cancel_dropsTheRunningCheck() {
        wizard.project().set(plan());
        var viewModel = viewModel((name, type) -> new CompletableFuture<>());

        viewModel.checkNow();
        assertThat(viewModel.busyProperty().get()).isTrue();
        assertThat(viewModel.summaryProperty().get()).startsWith("Asking the system's DNS");
        viewModel.cancel();

        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEmpty();
        assertThat(viewModel.summaryProperty().get()).isEmpty();
    }

    @Test
    void otherAddresses_dropTheLastResult() {
        wizard.project().set(plan());
        dns.ptr(REVERSE, "mail.example.com").address("mail.example.com", "45.67.89.10");
        var viewModel = viewModel(dns);
        viewModel.checkNow();

        wizard.project()
                .edit(
                        p ->
                                p.withHosts(
                                        List.of(
                                                PlanFixtures.host(
                                                        "mail.example.com", "45.67.89.11"))));

        assertThat(viewModel.statusProperty().get()).isEmpty();
        assertThat(viewModel.entries()).extracting(PtrEntry::ip).containsExactly("45.67.89.11");
    }

    @Test
    void asking_namesTheChosenServers() {
        var viewModel = viewModel(dns);
        assertThat(viewModel.askingProperty().get()).isEqualTo("the system's DNS resolvers");

        wizard.dnsProperty()
                .set(
                        new DnsChoice(
                                List.of(
                                        new Server.Endpoint(
                                                InetAddress.getLoopbackAddress(), 5353)),
                                false));

        assertThat(viewModel.askingProperty().get()).isEqualTo("the DNS server 127.0.0.1:5353");
    }
}
