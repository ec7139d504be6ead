package org.sendready.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dns.DomainName;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;

class PlanRecordsTest {
    private static final DomainName DOMAIN = DomainName.parse("example.com");

    private static List<String> lines(RecordSet set) {
        return set.records().stream()
                .map(
                        r ->
                                r.purpose()
                                        + " "
                                        + r.owner()
                                        + " "
                                        + r.data().type()
                                        + " "
                                        + RecordValue.of(r.data())
                                        + " @"
                                        + r.zone())
                .toList();
    }

    @Test
    void of_derivesEveryRecordOfATypicalPlan_inStableOrder() {
        var plan = PlanFixtures.example();
        var dkim = plan.dkimKeys().getFirst().record().format();

        assertThat(lines(PlanRecords.of(plan)))
                .containsExactly(
                        "HOST mail.example.com A 192.0.2.10 @example.com",
                        "HOST mail.example.com AAAA 2001:db8::10 @example.com",
                        "HELO mail.example.com TXT v=spf1 a -all @example.com",
                        "SPF example.com TXT v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all @example.com",
                        "DKIM s2026._domainkey.example.com TXT " + dkim + " @example.com",
                        "DMARC _dmarc.example.com TXT v=DMARC1; p=none @example.com",
                        "PTR 10.2.0.192.in-addr.arpa PTR mail.example.com. @2.0.192.in-addr.arpa",
                        "PTR 0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"
                                + " PTR mail.example.com. @0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
    }

    @Test
    void of_addsMxPerHostInOrder_whenTheDomainReceivesMail() {
        var plan =
                PlanFixtures.example()
                        .withHosts(
                                List.of(
                                        PlanFixtures.host("mx1.example.com", "192.0.2.1"),
                                        PlanFixtures.host("mx2.example.com", "192.0.2.2")))
                        .withReceivesMail(true);

        assertThat(lines(PlanRecords.of(plan)))
                .contains(
                        "MX example.com MX 10 mx1.example.com. @example.com",
                        "MX example.com MX 20 mx2.example.com. @example.com");
    }

    @Test
    void of_givesTheBounceDomainItsOwnMxAndSpf() {
        var plan =
                PlanFixtures.example()
                        .withBounceDomain(Optional.of(DomainName.parse("bounces.example.com")));

        assertThat(lines(PlanRecords.of(plan)))
                .contains(
                        "BOUNCE bounces.example.com MX 10 mail.example.com. @example.com",
                        "BOUNCE bounces.example.com TXT v=spf1 ip4:192.0.2.10 ip6:2001:db8::10"
                                + " -all @example.com");
    }

    @Test
    void of_authorisesExternalDmarcReportDomains_inTheirZone() {
        var plan =
                PlanFixtures.example()
                        .withDmarc(
                                DmarcPolicy.parse(
                                        "v=DMARC1; p=reject; rua=mailto:agg@reports.example.net"));

        assertThat(lines(PlanRecords.of(plan)))
                .contains(
                        "REPORT_AUTHORIZATION example.com._report._dmarc.reports.example.net TXT"
                                + " v=DMARC1 @reports.example.net");
    }

    @Test
    void of_skipsHeloSpf_whenTheHostIsTheDomainItself() {
        var plan =
                SetupPlan.start(
                        DOMAIN, List.of(PlanFixtures.host("example.com", "192.0.2.1")), List.of());

        assertThat(PlanRecords.of(plan).records())
                .noneMatch(r -> r.purpose() == RecordPurpose.HELO);
    }

    @Test
    void of_putsAHostOutsideTheDomain_inItsParentZone() {
        var plan =
                SetupPlan.start(
                        DOMAIN,
                        List.of(PlanFixtures.host("out1.mailhost.example.net", "192.0.2.1")),
                        List.of());

        assertThat(PlanRecords.of(plan).records())
                .filteredOn(r -> r.purpose() == RecordPurpose.HOST)
                .allMatch(r -> r.zone().equals(DomainName.parse("mailhost.example.net")));
    }
}
