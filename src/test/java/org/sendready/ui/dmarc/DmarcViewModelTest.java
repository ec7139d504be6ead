package org.sendready.ui.dmarc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dmarc.Alignment;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dmarc.FailureOption;
import org.sendready.dmarc.RequestedPolicy;
import org.sendready.dns.DomainName;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordPurpose;
import org.sendready.ui.wizard.ProjectState;

class DmarcViewModelTest {
    /// example.com sent from mail.example.com; no DKIM key (this step does not need one, and
    /// generating one per test is slow).
    private static SetupPlan example() {
        return SetupPlan.start(
                DomainName.parse("example.com"),
                List.of(PlanFixtures.host("mail.example.com", "192.0.2.10")),
                List.of());
    }

    private final ProjectState project = new ProjectState();

    private DmarcViewModel started() {
        project.set(example());
        return new DmarcViewModel(project);
    }

    private SetupPlan plan() {
        return project.plan().orElseThrow();
    }

    @Test
    void fields_showThePlansPolicy() {
        var dmarc =
                DmarcPolicy.parse(
                        "v=DMARC1; p=quarantine; sp=reject; pct=50; adkim=s;"
                                + " rua=mailto:dmarc@example.com,mailto:agg@example.net!10m");
        project.loaded(example().withDmarc(dmarc), Path.of("p.sendready.json"));

        var viewModel = new DmarcViewModel(project);

        assertThat(viewModel.policyProperty().get()).isEqualTo(RequestedPolicy.QUARANTINE);
        assertThat(viewModel.subdomainPolicyProperty().get()).contains(RequestedPolicy.REJECT);
        assertThat(viewModel.percentProperty().get()).isEqualTo(50);
        assertThat(viewModel.dkimAlignmentProperty().get()).isEqualTo(Alignment.STRICT);
        assertThat(viewModel.spfAlignmentProperty().get()).isEqualTo(Alignment.RELAXED);
        assertThat(viewModel.aggregateReportsProperty().get())
                .isEqualTo("dmarc@example.com, agg@example.net!10m");
        assertThat(project.dirtyProperty().get()).isFalse();
    }

    @Test
    void changes_goToThePlan_keepingTagsThePageDoesNotShow() {
        project.set(
                example()
                        .withDmarc(
                                DmarcPolicy.builder()
                                        .failureOptions(EnumSet.of(FailureOption.ANY_FAIL))
                                        .reportIntervalSeconds(3600)
                                        .build()));
        var viewModel = new DmarcViewModel(project);

        viewModel.policyProperty().set(RequestedPolicy.REJECT);
        viewModel.subdomainPolicyProperty().set(Optional.of(RequestedPolicy.QUARANTINE));
        viewModel.percentProperty().set(25);
        viewModel.spfAlignmentProperty().set(Alignment.STRICT);

        assertThat(plan().dmarc().format())
                .isEqualTo("v=DMARC1; p=reject; sp=quarantine; aspf=s; ri=3600; fo=1; pct=25");
    }

    @Test
    void subdomainsFollowingP_dropsSp() {
        var viewModel = started();
        viewModel.subdomainPolicyProperty().set(Optional.of(RequestedPolicy.REJECT));

        viewModel.subdomainPolicyProperty().set(Optional.empty());

        assertThat(plan().dmarc().subdomainPolicy()).isEmpty();
    }

    @Test
    void reportAddresses_acceptPlainAddressesAndMailtoUris() {
        var viewModel = started();

        viewModel.aggregateReportsProperty().set("dmarc@example.com, mailto:second@example.com");

        assertThat(plan().dmarc().format())
                .isEqualTo(
                        "v=DMARC1; p=none;"
                                + " rua=mailto:dmarc@example.com,mailto:second@example.com");
        assertThat(viewModel.aggregateErrorProperty().get()).isEmpty();
        assertThat(viewModel.authorizationNoteProperty().get()).isEmpty();
        assertThat(viewModel.records())
                .extracting(DnsRecord::purpose)
                .containsExactly(RecordPurpose.DMARC);
    }

    @Test
    void foreignReportDomain_needsItsAuthorization_shownAsRecordAndNote() {
        var viewModel = started();

        viewModel.aggregateReportsProperty().set("reports@dmarc.example.net");

        assertThat(viewModel.records())
                .extracting(DnsRecord::purpose)
                .containsExactly(RecordPurpose.DMARC, RecordPurpose.REPORT_AUTHORIZATION);
        var authorization = viewModel.records().get(1);
        assertThat(authorization.owner().ascii())
                .isEqualTo("example.com._report._dmarc.dmarc.example.net");
        assertThat(viewModel.authorizationNoteProperty().get())
                .startsWith("Reports go to another domain (dmarc.example.net).");
    }

    @Test
    void invalidReportAddress_namesTheField_keepsTheText_andLeavesThePlan() {
        var viewModel = started();
        var before = plan();

        viewModel.failureReportsProperty().set("forensic@example..com");

        assertThat(viewModel.failureErrorProperty().get())
                .startsWith("failure report addresses (ruf): ");
        assertThat(viewModel.failureReportsProperty().get()).isEqualTo("forensic@example..com");
        assertThat(plan()).isSameAs(before);

        viewModel.policyProperty().set(RequestedPolicy.QUARANTINE);
        assertThat(plan()).as("nothing applies while a field is wrong").isSameAs(before);
    }

    @Test
    void nonMailUri_isRefused_withWhatWouldBeRight() {
        var viewModel = started();

        viewModel.aggregateReportsProperty().set("https://reports.example.com/dmarc");

        assertThat(viewModel.aggregateErrorProperty().get())
                .isEqualTo(
                        "aggregate report addresses (rua): 'https://reports.example.com/dmarc' is"
                                + " not a mail address; receivers only have to send reports by"
                                + " mail (RFC 7489 section 6.2), so use e.g. dmarc@example.com");
    }

    @Test
    void planChangedElsewhere_isShown() {
        var viewModel = started();

        project.edit(p -> p.withDmarc(DmarcPolicy.parse("v=DMARC1; p=reject")));

        assertThat(viewModel.policyProperty().get()).isEqualTo(RequestedPolicy.REJECT);
    }

    @ParameterizedTest
    @CsvSource({
        // none ignores pct
        "NONE, 50, The share only matters with quarantine or reject.",
        // the full share
        "QUARANTINE, 100, The policy applies to all failing mail.",
        // left-out quarantine mail is delivered normally (RFC 7489 section 6.6.4)
        "QUARANTINE, 25, 'The policy applies to 25% of failing mail; the rest is delivered"
                + " normally. A lower share is a way to phase the policy in.'",
        // left-out reject mail is quarantined
        "REJECT, 10, 'The policy applies to 10% of failing mail; the rest is quarantined. A lower"
                + " share is a way to phase the policy in.'"
    })
    void percentEffect_saysWhatHappensToTheRest(RequestedPolicy policy, int share, String text) {
        assertThat(DmarcViewModel.percentEffect(policy, share)).isEqualTo(text);
    }

    @Test
    void policyEffect_followsThePolicy() {
        var viewModel = started();

        viewModel.policyProperty().set(RequestedPolicy.REJECT);

        assertThat(viewModel.policyEffectProperty().get())
                .startsWith("Mail that fails DMARC is refused");
    }
}
