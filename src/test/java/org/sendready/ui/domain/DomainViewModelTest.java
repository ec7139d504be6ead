package org.sendready.ui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dmarc.RequestedPolicy;
import org.sendready.dns.DomainName;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordPurpose;
import org.sendready.spf.SpfParser;
import org.sendready.ui.wizard.ProjectState;

class DomainViewModelTest {
    private final ProjectState project = new ProjectState();
    private final DomainViewModel viewModel = new DomainViewModel(project);

    private void fill(String domain, String hostname, String addresses) {
        viewModel.domainProperty().set(domain);
        var row = viewModel.hosts().getFirst();
        row.hostnameProperty().set(hostname);
        row.addressesProperty().set(addresses);
    }

    private SetupPlan plan() {
        return project.plan().orElseThrow();
    }

    @Test
    void newViewModel_hasOneEmptyRow_noErrors_andSaysWhatIsMissing() {
        assertThat(viewModel.hosts()).hasSize(1);
        assertThat(viewModel.domainErrorProperty().get()).isEmpty();
        assertThat(viewModel.hosts().getFirst().addressesErrorProperty().get()).isEmpty();
        assertThat(viewModel.missingProperty().get())
                .isEqualTo(
                        "Enter the domain your mail is sent from and a sending server (host name"
                                + " and IP address).");
        assertThat(project.plan()).isEmpty();
    }

    @Test
    void firstValidInput_startsThePlan_fromTheHosts() {
        fill("example.com", "mail.example.com", "192.0.2.10, 2001:db8::10");

        assertThat(plan())
                .isEqualTo(
                        SetupPlan.start(
                                DomainName.parse("example.com"),
                                List.of(
                                        PlanFixtures.host(
                                                "mail.example.com", "192.0.2.10", "2001:db8::10")),
                                List.of()));
        assertThat(project.dirtyProperty().get()).isTrue();
        assertThat(viewModel.missingProperty().get()).isEmpty();
    }

    @Test
    void records_areHostAddressesAndHeloSpf_plusMx_whenReceiving() {
        fill("example.com", "mail.example.com", "192.0.2.10 2001:db8::10");
        assertThat(viewModel.records())
                .extracting(DnsRecord::purpose)
                .containsExactly(RecordPurpose.HOST, RecordPurpose.HOST, RecordPurpose.HELO);

        viewModel.receivesMailProperty().set(true);

        assertThat(plan().receivesMail()).isTrue();
        assertThat(viewModel.records())
                .extracting(DnsRecord::purpose)
                .containsExactly(
                        RecordPurpose.HOST,
                        RecordPurpose.HOST,
                        RecordPurpose.HELO,
                        RecordPurpose.MX);
    }

    @Test
    void invalidDomain_namesTheField_keepsTheText_andMakesNoPlan() {
        fill("exa mple.com", "mail.example.com", "192.0.2.10");

        assertThat(viewModel.domainErrorProperty().get())
                .isEqualTo("domain: 'exa mple.com' contains a space; a domain name has none");
        assertThat(viewModel.domainProperty().get()).isEqualTo("exa mple.com");
        assertThat(viewModel.missingProperty().get()).contains("Correct the fields marked in red");
        assertThat(project.plan()).isEmpty();
    }

    @Test
    void invalidAddress_leavesThePlanAsItWas_andKeepsTheText() {
        fill("example.com", "mail.example.com", "192.0.2.10");
        var before = plan();

        viewModel.hosts().getFirst().addressesProperty().set("192.0.2.10, 192.0.2.300");

        var row = viewModel.hosts().getFirst();
        assertThat(row.addressesErrorProperty().get())
                .isEqualTo("IP addresses: '192.0.2.300' has 300; each part is at most 255");
        assertThat(row.addressesProperty().get()).isEqualTo("192.0.2.10, 192.0.2.300");
        assertThat(plan()).isSameAs(before);
        assertThat(viewModel.missingProperty().get())
                .contains("Until then the plan keeps its last valid values");
    }

    @Test
    void hostName_mustBeFullyQualified() {
        fill("example.com", "mail", "192.0.2.10");

        assertThat(viewModel.hosts().getFirst().hostnameErrorProperty().get())
                .startsWith("host name: 'mail' is not fully qualified");
        assertThat(project.plan()).isEmpty();
    }

    @Test
    void hostNameWithoutAddress_asksForOne() {
        fill("example.com", "mail.example.com", "");

        assertThat(viewModel.hosts().getFirst().addressesErrorProperty().get())
                .startsWith("IP addresses: is empty; expected an IP address such as");
    }

    @Test
    void internationalisedDomain_isStoredAsALabel_andShownBoth() {
        fill("Bücher.example", "mail.bücher.example", "192.0.2.10");

        assertThat(viewModel.domainInDnsProperty().get()).isEqualTo("xn--bcher-kva.example");
        assertThat(plan().domain().ascii()).isEqualTo("xn--bcher-kva.example");
        assertThat(viewModel.domainProperty().get()).isEqualTo("Bücher.example");
    }

    @Test
    void asciiDomain_needsNoSecondForm() {
        fill("Example.COM.", "mail.example.com", "192.0.2.10");

        assertThat(viewModel.domainInDnsProperty().get()).isEmpty();
    }

    @Test
    void privateAddress_isWarnedAbout_butAccepted() {
        fill("example.com", "mail.example.com", "10.0.0.5");

        assertThat(viewModel.hosts().getFirst().warningProperty().get())
                .isEqualTo(
                        "10.0.0.5 is in 10.0.0.0/8, a private range (RFC 1918); it is not"
                                + " reachable from the internet");
        assertThat(project.plan()).isPresent();
    }

    @Test
    void newAddresses_rederiveTheSpf_whileItIsStillTheDefault() {
        fill("example.com", "mail.example.com", "192.0.2.10");

        viewModel.hosts().getFirst().addressesProperty().set("192.0.2.10, 192.0.2.11");

        assertThat(plan().spf().format()).isEqualTo("v=spf1 ip4:192.0.2.10 ip4:192.0.2.11 -all");
        assertThat(viewModel.notesProperty().get()).isEmpty();
    }

    @Test
    void newAddresses_keepAHandMadeSpf_andSaySo() {
        fill("example.com", "mail.example.com", "192.0.2.10");
        var custom = SpfParser.parse("v=spf1 ip4:192.0.2.10 include:_spf.example.net -all");
        project.edit(p -> p.withSpf(custom));

        viewModel.hosts().getFirst().addressesProperty().set("192.0.2.11");

        assertThat(plan().spf()).isEqualTo(custom);
        assertThat(viewModel.notesProperty().get())
                .isEqualTo(
                        "Your SPF record was changed in the SPF step, so it was kept as it is:"
                                + " make sure it allows 192.0.2.11; remove 192.0.2.10 if no server"
                                + " sends from it any more (SPF builder).");
    }

    @Test
    void otherDomain_keepsWhatOtherStepsDecided_andMovesTheBounceDomainAlong() {
        fill("example.com", "mail.example.com", "192.0.2.10");
        var dmarc = DmarcPolicy.builder().policy(RequestedPolicy.REJECT).build();
        var key = PlanFixtures.rsaKey("s1", 1024, Optional.empty());
        project.edit(
                p ->
                        p.withDmarc(dmarc)
                                .withDkimKeys(List.of(key))
                                .withBounceDomain(
                                        Optional.of(DomainName.parse("bounces.example.com"))));

        viewModel.domainProperty().set("example.org");

        assertThat(plan().domain().ascii()).isEqualTo("example.org");
        assertThat(plan().dmarc()).isEqualTo(dmarc);
        assertThat(plan().dkimKeys()).containsExactly(key);
        assertThat(plan().bounceDomain()).contains(DomainName.parse("bounces.example.org"));
        assertThat(viewModel.notesProperty().get())
                .contains(
                        "The bounce domain moved along with the domain: it is now"
                                + " bounces.example.org.");
    }

    @Test
    void sameHostNameTwice_isAPlanError_andNoChange() {
        fill("example.com", "mail.example.com", "192.0.2.10");
        var before = plan();
        var second = viewModel.addHost();
        second.hostnameProperty().set("mail.example.com");
        second.addressesProperty().set("192.0.2.20");

        assertThat(viewModel.planErrorProperty().get())
                .isEqualTo("hostname: 'mail.example.com' is listed twice");
        assertThat(plan()).isSameAs(before);
    }

    @Test
    void blankExtraRow_isIgnored_andRemovingItKeepsThePlan() {
        fill("example.com", "mail.example.com", "192.0.2.10");
        var before = plan();
        var extra = viewModel.addHost();

        assertThat(plan()).isSameAs(before);
        assertThat(extra.hostnameErrorProperty().get()).isEmpty();
        viewModel.removeHost(extra);
        assertThat(viewModel.hosts()).hasSize(1);
    }

    @Test
    void removingTheOnlyRow_emptiesIt() {
        var only = viewModel.hosts().getFirst();
        only.hostnameProperty().set("mail.example.com");

        viewModel.removeHost(only);

        assertThat(viewModel.hosts()).hasSize(1);
        assertThat(viewModel.hosts().getFirst().hostnameProperty().get()).isEmpty();
    }

    @Test
    void secondServer_addsItsRecords_inOrder() {
        fill("example.com", "mail.example.com", "192.0.2.10");
        var second = viewModel.addHost();
        second.hostnameProperty().set("mx2.example.com");
        second.addressesProperty().set("192.0.2.20");

        assertThat(plan().hosts())
                .extracting(h -> h.hostname().ascii())
                .containsExactly("mail.example.com", "mx2.example.com");
    }

    @Test
    void openedProject_isShownInTheFields() {
        var opened =
                SetupPlan.start(
                                DomainName.parse("bücher.example"),
                                List.of(
                                        PlanFixtures.host(
                                                "mx.example.net", "192.0.2.7", "2001:db8::7")),
                                List.of())
                        .withReceivesMail(true);

        project.loaded(opened, Path.of("b.sendready.json"));

        assertThat(viewModel.domainProperty().get()).isEqualTo("bücher.example");
        assertThat(viewModel.hosts()).hasSize(1);
        assertThat(viewModel.hosts().getFirst().hostnameProperty().get())
                .isEqualTo("mx.example.net");
        assertThat(viewModel.hosts().getFirst().addressesProperty().get())
                .isEqualTo("192.0.2.7, 2001:db8::7");
        assertThat(viewModel.receivesMailProperty().get()).isTrue();
        assertThat(project.dirtyProperty().get()).as("showing is no edit").isFalse();
        assertThat(viewModel.records()).extracting(DnsRecord::purpose).contains(RecordPurpose.MX);
    }

    @Test
    void viewModelMadeAfterThePlan_showsIt() {
        project.loaded(PlanFixtures.example(), Path.of("x.sendready.json"));

        var late = new DomainViewModel(project);

        assertThat(late.domainProperty().get()).isEqualTo("example.com");
        assertThat(late.records()).isNotEmpty();
        assertThat(project.dirtyProperty().get()).isFalse();
    }

    @Test
    void anotherStepsEdit_doesNotOverwriteInvalidTypedText() {
        fill("example.com", "mail.example.com", "192.0.2.10");
        viewModel.hosts().getFirst().addressesProperty().set("192.0.2.");

        project.edit(
                p -> p.withDmarc(DmarcPolicy.builder().policy(RequestedPolicy.REJECT).build()));

        assertThat(viewModel.hosts().getFirst().addressesProperty().get()).isEqualTo("192.0.2.");
    }

    @Test
    void newProject_emptiesTheFields() {
        fill("example.com", "mail.example.com", "192.0.2.10");

        project.clear();

        assertThat(viewModel.domainProperty().get()).isEmpty();
        assertThat(viewModel.hosts()).hasSize(1);
        assertThat(viewModel.hosts().getFirst().isBlank()).isTrue();
        assertThat(viewModel.records()).isEmpty();
    }
}
