package org.sendready.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.IpLiteralReader.Address;
import org.sendready.dns.IpLiteralReader.Flaw;
import org.sendready.dns.IpLiteralReader.Kind;

class IpLiteralReaderTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'' | EMPTY_NUMBER | 0 | ''", // nothing at all
                "1..3.4 | EMPTY_NUMBER | 2 | ''", // empty number, found where it is
                "1.2.+3.4 | NOT_A_NUMBER | 4 | +3", // a sign
                "1.2.3.1000 | NOT_A_NUMBER | 6 | 1000", // four digits
                "1.2.3.0x1 | NOT_A_NUMBER | 6 | 0x1", // hex
                "1.2.3.\u0661 | NOT_A_NUMBER | 6 | \u0661", // a non-ASCII digit
                "1.02.3.4 | LEADING_ZERO | 2 | 02", // octal to some software
                "1.2.256.4 | ABOVE_255 | 4 | 256", // past an octet
                "1.2.3.4.5 | TOO_MANY_NUMBERS | 0 | ''", // a fifth number
                "1.2.3 | TOO_FEW_NUMBERS | 0 | ''", // a number left out
                "01.2.3 | LEADING_ZERO | 0 | 01", // flaws are found from the left
            })
    void ipv4_reportsTheFirstFlawFromTheLeft(String text, Kind kind, int at, String piece) {
        assertFlaw(IpLiteralReader.ipv4(text), kind, at, piece);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1::2::3 | TWO_GAPS | 0 | ''", // '::' twice
                "1:2:3:4:5:6:7 | TOO_FEW_GROUPS | 0 | ''", // seven groups, no '::'
                "1:2:3:4::5:6:7:8 | NO_ROOM_FOR_GAP | 0 | ''", // '::' stands for nothing
                ":1:2:3:4:5:6:7 | EMPTY_GROUP | 0 | ''", // lone leading colon
                "1::2: | EMPTY_GROUP | 5 | ''", // lone trailing colon, placed after '::'
                "1::12345 | NOT_A_GROUP | 3 | 12345", // five digits
                "1:2:3:4:5:6:7:8:9 | TOO_MANY_GROUPS | 0 | ''", // a ninth group
                "1:2:3:4:5:6:7:1.2.3.4 | NO_ROOM_FOR_IPV4 | 0 | ''", // 144 bits
                "::ffff:1.2.3.256 | ABOVE_255 | 13 | 256", // IPv4 tail flaw, placed in the whole
                "1.2.3.4:: | NOT_A_GROUP | 0 | 1.2.3.4", // dotted part not at the end
                "fe80::1%eth0 | NOT_A_GROUP | 6 | 1%eth0", // zone index
            })
    void ipv6_reportsTheFirstFlawFromTheLeft(String text, Kind kind, int at, String piece) {
        assertFlaw(IpLiteralReader.ipv6(text), kind, at, piece);
    }

    @Test
    void flaws_countNumbersAndGroups() {
        assertThat(IpLiteralReader.ipv4("1.2.3")).isEqualTo(flaw(Kind.TOO_FEW_NUMBERS, 3));
        assertThat(IpLiteralReader.ipv4("1.2.3.4.5.6")).isEqualTo(flaw(Kind.TOO_MANY_NUMBERS, 6));
        assertThat(IpLiteralReader.ipv6("1:2:3:4:5:6:7")).isEqualTo(flaw(Kind.TOO_FEW_GROUPS, 7));
    }

    @Test
    void ipv4_readsDottedQuad() {
        assertThat(IpLiteralReader.ipv4("192.0.2.10"))
                .isEqualTo(new Address<>(Inet4Address.ofLiteral("192.0.2.10")));
    }

    @Test
    void ipv6_keepsIpv4MappedAddressesIpv6() {
        var reading = IpLiteralReader.ipv6("::ffff:192.0.2.1");
        assertThat(reading)
                .isInstanceOfSatisfying(
                        Address.class,
                        address -> {
                            assertThat(address.address()).isInstanceOf(Inet6Address.class);
                            assertThat(IpAddresses.format(address.address()))
                                    .isEqualTo("::ffff:192.0.2.1");
                        });
    }

    private static void assertFlaw(
            IpLiteralReader.Reading<?> reading, Kind kind, int at, String piece) {
        assertThat(reading)
                .isInstanceOfSatisfying(
                        Flaw.class,
                        flaw -> {
                            assertThat(flaw.kind()).isEqualTo(kind);
                            assertThat(flaw.at()).isEqualTo(at);
                            assertThat(flaw.piece()).isEqualTo(piece);
                        });
    }

    private static Flaw<?> flaw(Kind kind, int count) {
        return new Flaw<>(kind, 0, "", count);
    }
}
