package org.sendready.dns.dnsjava;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsAnswer.Failure;
import org.sendready.dns.DomainName;
import org.sendready.dns.RrType;
import org.sendready.dns.Server;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/// Responses built in memory, for the cases a well-behaved server never sends.
class ResponseReaderTest {
    private static final DomainName NAME = DomainName.parse("a.example.com");
    private static final Server.Endpoint FROM =
            Server.Endpoint.of(InetAddress.ofLiteral("192.0.2.53"));

    private static Message response(int rcode) {
        var query =
                Message.newQuery(
                        Record.newRecord(
                                Name.fromConstantString("a.example.com."), Type.TXT, DClass.IN));
        var response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setRcode(rcode);
        response.addRecord(query.getQuestion(), Section.QUESTION);
        return response;
    }

    @ParameterizedTest
    @CsvSource({
        "2, SERVFAIL", // the server failed
        "5, REFUSED", // the server will not answer
        "1, FORMERR", // the server could not read the query
        "4, OTHER", // NOTIMP is nothing a check can act on
    })
    void read_mapsErrorRcodes(int rcode, Failure kind) {
        assertThat(ResponseReader.read(response(rcode), NAME, RrType.TXT, FROM, false))
                .isEqualTo(new DnsAnswer.Failed(kind, FROM));
    }

    @Test
    void read_givesZeroNegativeTtl_whenThereIsNoSoa() {
        assertThat(ResponseReader.read(response(Rcode.NXDOMAIN), NAME, RrType.TXT, FROM, false))
                .isEqualTo(new DnsAnswer.NxDomain(Duration.ZERO, FROM));
    }

    @Test
    void read_stopsAtACnameLoop() {
        var response = response(Rcode.NOERROR);
        var a = Name.fromConstantString("a.example.com.");
        var b = Name.fromConstantString("b.example.com.");
        response.addRecord(new CNAMERecord(a, DClass.IN, 60, b), Section.ANSWER);
        response.addRecord(new CNAMERecord(b, DClass.IN, 60, a), Section.ANSWER);

        assertThat(ResponseReader.read(response, NAME, RrType.TXT, FROM, false))
                .isInstanceOf(DnsAnswer.NoData.class);
    }

    @Test
    void read_requiresAuthority_whenTheServerWasAskedDirectly() {
        var response = response(Rcode.NOERROR);

        assertThat(ResponseReader.read(response, NAME, RrType.TXT, FROM, true))
                .isEqualTo(new DnsAnswer.Failed(Failure.NOT_AUTHORITATIVE, FROM));
        response.getHeader().setFlag(Flags.AA);
        assertThat(ResponseReader.read(response, NAME, RrType.TXT, FROM, true))
                .isInstanceOf(DnsAnswer.NoData.class);
    }
}
