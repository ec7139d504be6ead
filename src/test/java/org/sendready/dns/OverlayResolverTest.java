package org.sendready.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendready.testing.InMemoryDns;

class OverlayResolverTest {
    private static final DomainName DOMAIN = DomainName.parse("example.com");
    private static final DomainName DMARC = DomainName.parse("_dmarc.example.com");

    private final InMemoryDns live =
            new InMemoryDns()
                    .txt("example.com", "v=spf1 a -all")
                    .address("example.com", "192.0.2.1");

    private static ResourceRecord.Txt txt(DomainName owner, String text) {
        return new ResourceRecord.Txt(owner, Duration.ofMinutes(10), List.of(text));
    }

    @Test
    void query_answersFromThePlan_replacingTheLiveSet() {
        var overlay = OverlayResolver.of(live, List.of(txt(DOMAIN, "v=spf1 mx -all")));

        var answer = (DnsAnswer.Records) overlay.query(DOMAIN, RrType.TXT).join();

        assertThat(answer.recordsOf(ResourceRecord.Txt.class))
                .extracting(ResourceRecord.Txt::joined)
                .containsExactly("v=spf1 mx -all");
        assertThat(answer.from()).isEqualTo(Server.Source.PLANNED);
        assertThat(answer.ttl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(live.asked()).isEmpty();
    }

    @Test
    void query_asksLiveDns_forQuestionsThePlanDoesNotCover() {
        var overlay = OverlayResolver.of(live, List.of(txt(DOMAIN, "v=spf1 mx -all")));

        var answer = overlay.query(DOMAIN, RrType.A).join();

        assertThat(answer.from()).isEqualTo(Server.Source.MEMORY);
        assertThat(live.asked()).containsExactly(new Question(DOMAIN, RrType.A));
    }

    @Test
    void query_turnsNxDomainIntoNoData_forANameThePlanCreates() {
        var overlay = OverlayResolver.of(live, List.of(txt(DMARC, "v=DMARC1; p=none")));

        assertThat(live.query(DMARC, RrType.A).join()).isInstanceOf(DnsAnswer.NxDomain.class);
        assertThat(overlay.query(DMARC, RrType.A).join()).isInstanceOf(DnsAnswer.NoData.class);
    }

    @Test
    void query_answersNoData_whenThePlanRemovesASet() {
        var overlay =
                new OverlayResolver(live, Map.of(new Question(DOMAIN, RrType.TXT), List.of()));

        assertThat(overlay.query(DOMAIN, RrType.TXT).join())
                .isEqualTo(new DnsAnswer.NoData(Duration.ZERO, Server.Source.PLANNED));
    }

    @Test
    void overlay_rejectsRecordsThatDoNotAnswerTheirQuestion() {
        var wrongOwner =
                Map.of(new Question(DOMAIN, RrType.TXT), List.<ResourceRecord>of(txt(DMARC, "x")));

        assertThatThrownBy(() -> new OverlayResolver(live, wrongOwner))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
