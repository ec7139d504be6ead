package org.sendready.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendready.testing.TestDnsServer.Transport;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/// The test server itself, seen through a bare dnsjava client.
class TestDnsServerTest {
    private final TestDnsServer dns = TestDnsServer.start().zone("example.com", "");

    @AfterEach
    void stop() {
        dns.close();
    }

    private Message send(String name, int type, boolean edns) throws Exception {
        var client = new SimpleResolver(dns.address());
        client.setPort(dns.port());
        client.setTimeout(Duration.ofSeconds(2));
        if (!edns) {
            client.setEDNS(-1, 0, 0, List.of());
        }
        return client.send(
                Message.newQuery(Record.newRecord(Name.fromConstantString(name), type, DClass.IN)));
    }

    @Test
    void udpAnswer_isTruncatedAt512Octets_withoutEdns() throws Exception {
        for (int i = 0; i < 10; i++) {
            dns.add("example.com", "big TXT \"" + String.valueOf(i).repeat(100) + "\"");
        }

        var response = send("big.example.com.", Type.TXT, false);

        assertThat(response.getSection(Section.ANSWER)).hasSize(10);
        assertThat(dns.queries("big.example.com", "TXT", Transport.UDP)).isEqualTo(1);
        assertThat(dns.queries("big.example.com", "TXT", Transport.TCP)).isEqualTo(1);
    }

    @Test
    void answer_isAuthoritative_withSoaInNegativeAnswers() throws Exception {
        var response = send("missing.example.com.", Type.A, true);

        assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(response.getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(response.getSection(Section.AUTHORITY))
                .singleElement()
                .extracting(Record::getType)
                .isEqualTo(Type.SOA);
    }

    @Test
    void remove_withdrawsARecordSet() throws Exception {
        dns.add("example.com", "www A 192.0.2.1").remove("example.com", "www", "A");

        assertThat(send("www.example.com.", Type.A, true).getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void fault_endsAfterTheGivenNumberOfQueries() throws Exception {
        dns.fault("example.com", Fault.servfail(), 1);

        assertThat(send("example.com.", Type.SOA, true).getRcode()).isEqualTo(Rcode.SERVFAIL);
        assertThat(send("example.com.", Type.SOA, true).getRcode()).isEqualTo(Rcode.NOERROR);
    }

    @Test
    void typedFault_hitsOnlyThatType() throws Exception {
        dns.add("example.com", "www A 192.0.2.1\nwww TXT \"hello\"");
        dns.fault("www.example.com", "TXT", Fault.servfail());

        assertThat(send("www.example.com.", Type.TXT, true).getRcode()).isEqualTo(Rcode.SERVFAIL);
        assertThat(send("www.example.com.", Type.A, true).getRcode()).isEqualTo(Rcode.NOERROR);
    }

    @Test
    void rootZone_answersNamesOutsideOtherZones_withNxdomain() throws Exception {
        dns.zone(".", "host.example.net. A 192.0.2.2");

        assertThat(send("oemcomputer.", Type.A, true).getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(send("host.example.net.", Type.A, true).getSection(Section.ANSWER)).hasSize(1);
        assertThat(send("missing.example.com.", Type.A, true).getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }
}
