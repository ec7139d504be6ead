package org.sendready.dns.dnsjava;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;

class RecordReaderTest {
    private static final DomainName OWNER = DomainName.parse("example.com");
    private static final Duration TTL = Duration.ofSeconds(300);

    static Stream<Arguments> records() throws UnknownHostException {
        return Stream.of(
                // IPv4 address
                Arguments.of(
                        "@ A 192.0.2.1",
                        new ResourceRecord.A(OWNER, TTL, (Inet4Address) ip("192.0.2.1"))),
                // an IPv4-mapped IPv6 address stays IPv6
                Arguments.of(
                        "@ AAAA ::ffff:192.0.2.1",
                        new ResourceRecord.Aaaa(
                                OWNER,
                                TTL,
                                Inet6Address.getByAddress(
                                        null, ip6Mapped(), (java.net.NetworkInterface) null))),
                // MX names are lower-cased, without final dot
                Arguments.of(
                        "@ MX 10 Mail.Example.COM.",
                        new ResourceRecord.Mx(
                                OWNER, TTL, 10, Optional.of(name("mail.example.com")))),
                // RFC 7505 null MX
                Arguments.of("@ MX 0 .", new ResourceRecord.Mx(OWNER, TTL, 0, Optional.empty())),
                // TXT keeps its character-strings apart
                Arguments.of(
                        "@ TXT \"v=DKIM1; \" \"p=abc\"",
                        new ResourceRecord.Txt(OWNER, TTL, List.of("v=DKIM1; ", "p=abc"))),
                // the obsolete SPF type 99
                Arguments.of(
                        "@ SPF \"v=spf1 -all\"",
                        new ResourceRecord.Spf(OWNER, TTL, List.of("v=spf1 -all"))),
                // PTR
                Arguments.of(
                        "@ PTR mail.example.com.",
                        new ResourceRecord.Ptr(OWNER, TTL, name("mail.example.com"))),
                // a PTR target that is no host name is kept as text
                Arguments.of(
                        "@ PTR mail\\032host.example.com.",
                        new ResourceRecord.Opaque(
                                OWNER, TTL, RrType.PTR, "mail\\032host.example.com.")),
                // NS
                Arguments.of(
                        "@ NS ns1.example.com.",
                        new ResourceRecord.Ns(OWNER, TTL, name("ns1.example.com"))),
                // SOA with an escaped dot in the mailbox
                Arguments.of(
                        "@ SOA ns1.example.com. john\\.doe.example.com. 2024010101 3600 600 86400 300",
                        new ResourceRecord.Soa(
                                OWNER,
                                TTL,
                                name("ns1.example.com"),
                                "john\\.doe.example.com",
                                2024010101L,
                                Duration.ofSeconds(3600),
                                Duration.ofSeconds(600),
                                Duration.ofSeconds(86400),
                                Duration.ofSeconds(300))));
    }

    @ParameterizedTest
    @MethodSource("records")
    void read_convertsToSendreadysValue(String line, ResourceRecord expected) throws IOException {
        assertThat(RecordReader.read(parse(line), OWNER)).contains(expected);
    }

    @ParameterizedTest
    @MethodSource("unknownTypes")
    void read_skipsTypesSendreadyDoesNotKnow(String line) throws IOException {
        assertThat(RecordReader.read(parse(line), OWNER)).isEmpty();
    }

    static Stream<String> unknownTypes() {
        return Stream.of(
                "@ CAA 0 issue \"ca.example\"", // not one of the types sendready reads
                "@ SRV 0 0 25 mail.example.com." // likewise
                );
    }

    private static Record parse(String line) throws IOException {
        try (var master =
                new Master(
                        new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                        Name.fromConstantString("example.com."),
                        300)) {
            return master.nextRecord();
        }
    }

    private static InetAddress ip(String literal) {
        return InetAddress.ofLiteral(literal);
    }

    private static byte[] ip6Mapped() {
        var bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        bytes[12] = (byte) 192;
        bytes[13] = 0;
        bytes[14] = 2;
        bytes[15] = 1;
        return bytes;
    }

    private static DomainName name(String name) {
        return DomainName.parse(name);
    }
}
