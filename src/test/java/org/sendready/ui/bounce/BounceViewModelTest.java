package org.sendready.ui.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendready.dmarc.Alignment;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dns.DomainName;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.ui.wizard.ProjectState;

class BounceViewModelTest {
    /// example.com sent from mail.example.com; no DKIM key (this step does not need one, and
    /// generating one per test is slow).
    private static SetupPlan example() {
        return SetupPlan.start(
                DomainName.parse("example.com"),
                List.of(PlanFixtures.host("mail.example.com", "192.0.2.10")),
                List.of());
    }

    private final ProjectState project = new ProjectState();

    private BounceViewModel started() {
        project.set(example());
        return new BounceViewModel(project);
    }

    private SetupPlan plan() {
        return project.plan().orElseThrow();
    }

    @Test
    void turningItOn_suggestsBouncesBelowTheDomain_andPublishesItsMxAndSpf() {
        var viewModel = started();

        viewModel.enabledProperty().set(true);

        assertThat(viewModel.domainProperty().get()).isEqualTo("bounces.example.com");
        assertThat(plan().bounceDomain()).contains(DomainName.parse("bounces.example.com"));
        assertThat(viewModel.records())
                .extracting(DnsRecord::data)
                .hasExactlyElementsOfTypes(RecordData.Mx.class, RecordData.Txt.class);
        assertThat(viewModel.records())
                .allSatisfy(r -> assertThat(r.owner().ascii()).isEqualTo("bounces.example.com"));
    }

    @Test
    void theDomainItself_isRefused_withTheCoresReason_andThePlanStays() {
        var viewModel = started();
        viewModel.enabledProperty().set(true);
        var before = plan();

        viewModel.domainProperty().set("example.com");

        assertThat(viewModel.errorProperty().get())
                .isEqualTo(
                        "bounce domain: is the domain itself; leave it empty, or use a subdomain"
                                + " such as bounces.example.com");
        assertThat(plan()).isSameAs(before);
        assertThat(viewModel.domainProperty().get()).isEqualTo("example.com");
    }

    @Test
    void invalidName_namesTheField() {
        var viewModel = started();
        viewModel.enabledProperty().set(true);

        viewModel.domainProperty().set("bounces..example.com");

        assertThat(viewModel.errorProperty().get()).startsWith("bounce domain: ");
        assertThat(plan().bounceDomain()).contains(DomainName.parse("bounces.example.com"));
    }

    @Test
    void turningItOff_removesItFromThePlan_butKeepsTheText() {
        var viewModel = started();
        viewModel.enabledProperty().set(true);
        viewModel.domainProperty().set("rp.example.net");

        viewModel.enabledProperty().set(false);

        assertThat(plan().bounceDomain()).isEmpty();
        assertThat(viewModel.records()).isEmpty();
        assertThat(viewModel.domainProperty().get()).isEqualTo("rp.example.net");
        viewModel.enabledProperty().set(true);
        assertThat(plan().bounceDomain()).contains(DomainName.parse("rp.example.net"));
    }

    @Test
    void openedPlan_isShown() {
        project.loaded(
                example().withBounceDomain(Optional.of(DomainName.parse("rp.example.com"))),
                Path.of("p.sendready.json"));

        var viewModel = new BounceViewModel(project);

        assertThat(viewModel.enabledProperty().get()).isTrue();
        assertThat(viewModel.domainProperty().get()).isEqualTo("rp.example.com");
        assertThat(project.dirtyProperty().get()).isFalse();
    }

    @Test
    void alignmentNote_followsThePlansSpfAlignment() {
        var viewModel = started();
        viewModel.enabledProperty().set(true);
        assertThat(viewModel.alignmentNoteProperty().get())
                .startsWith("Your DMARC policy uses relaxed SPF alignment (aspf=r)")
                .contains("aligns with From: addresses at example.com");

        project.edit(
                p -> p.withDmarc(DmarcPolicy.builder().spfAlignment(Alignment.STRICT).build()));

        assertThat(viewModel.alignmentNoteProperty().get())
                .startsWith("Your DMARC policy uses strict SPF alignment (aspf=s)")
                .contains("passes DMARC through DKIM alone");
    }

    @Test
    void alignmentNote_forAnotherDomain_saysOnlyDkimMayAlign() {
        var viewModel = started();
        viewModel.enabledProperty().set(true);

        viewModel.domainProperty().set("bounce-mail.net");

        assertThat(viewModel.alignmentNoteProperty().get())
                .startsWith("bounce-mail.net is not below example.com.");
    }
}
