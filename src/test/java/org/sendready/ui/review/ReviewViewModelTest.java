package org.sendready.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.BindZoneWriter;
import org.sendready.records.DnsRecord;
import org.sendready.records.PlanRecords;
import org.sendready.ui.testing.RecordingCopier;
import org.sendready.ui.wizard.ProjectState;

class ReviewViewModelTest {
    /// example.com from its own mail host and a relay in another zone, DMARC reports to
    /// another domain: forward zones, three reverse zones and a report receiver's zone.
    static final SetupPlan PLAN =
            PlanFixtures.example()
                    .withHosts(
                            List.of(
                                    PlanFixtures.host(
                                            "mail.example.com", "192.0.2.10", "2001:db8::10"),
                                    PlanFixtures.host("relay.hoster.net", "198.51.100.7")))
                    .withDmarc(
                            DmarcPolicy.parse(
                                    "v=DMARC1; p=quarantine; rua=mailto:reports@example.net"));

    private final RecordingCopier copier = new RecordingCopier();
    private final ProjectState project = new ProjectState();
    private final ReviewViewModel model = new ReviewViewModel(project, copier);

    @Test
    void groups_listForwardZonesFirst_thenReverseZones_thenReportReceivers() {
        project.set(PLAN);

        model.refresh();

        assertThat(model.groups())
                .extracting(g -> g.zone().ascii(), ZoneGroup::kind)
                .containsExactly(
                        tuple("example.com", ZoneGroup.Kind.FORWARD),
                        tuple("hoster.net", ZoneGroup.Kind.FORWARD),
                        tuple("2.0.192.in-addr.arpa", ZoneGroup.Kind.REVERSE),
                        tuple("0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa", ZoneGroup.Kind.REVERSE),
                        tuple("100.51.198.in-addr.arpa", ZoneGroup.Kind.REVERSE),
                        tuple("example.net", ZoneGroup.Kind.REPORT_AUTHORIZATION));
    }

    @Test
    void groups_holdEveryRecordOfThePlan_once() {
        project.set(PLAN);

        model.refresh();

        List<DnsRecord> shown = model.groups().stream().flatMap(g -> g.records().stream()).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(PlanRecords.of(PLAN).records());
        assertThat(shown).hasSameSizeAs(PlanRecords.of(PLAN).records());
    }

    @Test
    void reverseZoneNote_saysTheProviderPublishesIt() {
        project.set(PLAN);
        model.refresh();

        var reverse =
                model.groups().stream()
                        .filter(g -> g.kind() == ZoneGroup.Kind.REVERSE)
                        .findFirst()
                        .orElseThrow();

        assertThat(reverse.heading()).isEqualTo("Reverse zone 2.0.192.in-addr.arpa");
        assertThat(reverse.note(PLAN.domain())).startsWith("Your provider publishes this");
    }

    @Test
    void summary_saysWhatThePlanSetsUp() {
        project.set(PLAN);

        model.refresh();

        assertThat(model.summary())
                .contains(
                        "Mail from example.com is sent by mail.example.com (192.0.2.10,"
                                + " 2001:db8::10); relay.hoster.net (198.51.100.7).",
                        "example.com receives no mail at these servers, so there are no MX"
                                + " records.",
                        "DKIM: selector s2026, RSA 2048-bit key, private key not on this"
                                + " computer.",
                        "DMARC: policy quarantine (failing mail goes to spam), aggregate reports"
                                + " to mailto:reports@example.net.");
        assertThat(model.summary().getLast()).isEqualTo("12 records in 6 zones.");
    }

    @Test
    void summary_pointsToTheDkimStep_whenThereIsNoKey() {
        project.set(PLAN.withDkimKeys(List.of()));

        model.refresh();

        assertThat(model.summary()).anyMatch(line -> line.startsWith("DKIM: no key yet."));
    }

    @Test
    void copyAllAsBind_copiesTheZoneSnippetOfEveryRecord() {
        project.set(PLAN);
        model.refresh();

        model.copyAllAsBind();

        assertThat(copier.last()).isEqualTo(BindZoneWriter.relative().export(PlanRecords.of(PLAN)));
        assertThat(model.statusProperty().get()).startsWith("Copied 12 records");
    }

    @Test
    void refresh_withoutAPlan_showsNothing() {
        model.refresh();

        assertThat(model.groups()).isEmpty();
        assertThat(model.summary()).isEmpty();
        model.copyAllAsBind();
        assertThat(copier.copied()).isEmpty();
    }
}
