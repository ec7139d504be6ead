package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.Question;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.dns.Server;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.PlanRecords;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;
import org.sendready.records.RecordSet;
import org.sendready.records.RecordValue;
import org.sendready.testing.InMemoryDns;

/// The preview overlay: the plan's records answer for their names and types, live DNS for
/// everything else.
class PreviewDnsTest {
    /// example.com sent from mail.example.com, with a 2048-bit key (a TXT longer than one
    /// character-string) and MX records.
    private final SetupPlan plan = PlanFixtures.example().withReceivesMail(true);

    private final RecordSet planned = PlanRecords.of(plan);

    private final InMemoryDns live =
            new InMemoryDns()
                    .txt("example.com", "v=spf1 a:old.example.net -all")
                    .txt("example.com", "google-site-verification=abc")
                    .address("example.com", "198.51.100.80")
                    .address("www.example.com", "198.51.100.80")
                    .txt("other.example.org", "live text");

    private final DnsResolver preview = PreviewDns.over(live, planned);

    private DnsAnswer ask(String name, RrType type) {
        return preview.query(DomainName.parse(name), type).join();
    }

    private String plannedValue(RecordPurpose purpose) {
        return planned.records().stream()
                .filter(r -> r.purpose() == purpose)
                .findFirst()
                .map(r -> RecordValue.of(r.data()))
                .orElseThrow();
    }

    @Test
    void over_answersThePlannedSpf_replacingEveryLiveTxtAtTheName() {
        var answer = (DnsAnswer.Records) ask("example.com", RrType.TXT);

        assertThat(answer.from()).isEqualTo(Server.Source.PLANNED);
        assertThat(answer.recordsOf(ResourceRecord.Txt.class))
                .extracting(ResourceRecord.Txt::joined)
                .containsExactly(plannedValue(RecordPurpose.SPF));
        assertThat(live.asked()).isEmpty();
    }

    @Test
    void over_answersThePlannedDkimKey_splitIntoCharacterStringsThatJoinToTheValue() {
        var answer = (DnsAnswer.Records) ask("s2026._domainkey.example.com", RrType.TXT);

        var txt = answer.recordsOf(ResourceRecord.Txt.class).getFirst();
        assertThat(txt.joined()).isEqualTo(plannedValue(RecordPurpose.DKIM));
        assertThat(txt.strings())
                .hasSizeGreaterThan(1)
                .allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(255));
    }

    @Test
    void over_answersThePlannedDmarcHostAndMx() {
        assertThat(((DnsAnswer.Records) ask("_dmarc.example.com", RrType.TXT)).records())
                .extracting(r -> ((ResourceRecord.Txt) r).joined())
                .containsExactly(plannedValue(RecordPurpose.DMARC));
        assertThat(((DnsAnswer.Records) ask("mail.example.com", RrType.A)).records())
                .containsExactly(
                        new ResourceRecord.A(
                                DomainName.parse("mail.example.com"),
                                ttlOf("mail.example.com", "A"),
                                (java.net.Inet4Address) InetAddress.ofLiteral("192.0.2.10")));
        var mx =
                ((DnsAnswer.Records) ask("example.com", RrType.MX))
                        .recordsOf(ResourceRecord.Mx.class);
        assertThat(mx)
                .extracting(m -> m.exchange().orElseThrow())
                .containsExactly(DomainName.parse("mail.example.com"));
    }

    @Test
    void over_answersThePlannedPtr_atTheReverseName() {
        var answer = (DnsAnswer.Records) ask("10.2.0.192.in-addr.arpa", RrType.PTR);

        assertThat(answer.recordsOf(ResourceRecord.Ptr.class))
                .extracting(ResourceRecord.Ptr::target)
                .containsExactly(DomainName.parse("mail.example.com"));
        assertThat(answer.from()).isEqualTo(Server.Source.PLANNED);
    }

    @Test
    void over_asksLiveDns_forOtherTypesAtAPlannedName() {
        var answer = (DnsAnswer.Records) ask("example.com", RrType.A);

        assertThat(answer.from()).isEqualTo(Server.Source.MEMORY);
        assertThat(answer.records())
                .extracting(r -> ((ResourceRecord.A) r).address().getHostAddress())
                .containsExactly("198.51.100.80");
        assertThat(live.asked())
                .containsExactly(new Question(DomainName.parse("example.com"), RrType.A));
    }

    @Test
    void over_asksLiveDns_forNamesThePlanDoesNotHave() {
        var txt = (DnsAnswer.Records) ask("other.example.org", RrType.TXT);

        assertThat(txt.from()).isEqualTo(Server.Source.MEMORY);
        assertThat(txt.recordsOf(ResourceRecord.Txt.class))
                .extracting(ResourceRecord.Txt::joined)
                .containsExactly("live text");
        assertThat(ask("www.example.com", RrType.A)).isInstanceOf(DnsAnswer.Records.class);
        assertThat(ask("missing.example.org", RrType.TXT)).isInstanceOf(DnsAnswer.NxDomain.class);
    }

    @Test
    void over_answersNoData_forOtherTypesAtANameOnlyThePlanCreates() {
        // _dmarc.example.com does not exist live: once published it will, so no NXDOMAIN
        assertThat(ask("_dmarc.example.com", RrType.A)).isInstanceOf(DnsAnswer.NoData.class);
    }

    @Test
    void over_passesLiveFailuresThrough_forNamesNotPlanned() {
        live.fail("other.example.org", RrType.MX, DnsAnswer.Failure.SERVFAIL);

        assertThat(ask("other.example.org", RrType.MX))
                .isEqualTo(new DnsAnswer.Failed(DnsAnswer.Failure.SERVFAIL, Server.Source.MEMORY));
    }

    @Test
    void toResource_keepsEveryPlannedRecordsOwnerTypeAndTtl() {
        for (var record : planned.records()) {
            var resource = PreviewDns.toResource(record);

            assertThat(resource.owner()).isEqualTo(record.owner());
            assertThat(resource.type().name()).isEqualTo(record.data().type());
            assertThat(resource.ttl()).isEqualTo(record.ttl());
            if (record.data() instanceof RecordData.Txt txt) {
                assertThat(((ResourceRecord.Txt) resource).joined()).isEqualTo(txt.text());
            }
        }
    }

    private java.time.Duration ttlOf(String owner, String type) {
        return planned.records().stream()
                .filter(r -> r.owner().equals(DomainName.parse(owner)))
                .filter(r -> r.data().type().equals(type))
                .findFirst()
                .orElseThrow()
                .ttl();
    }
}
