package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.check.StaticSpfMatch.Outcome;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.spf.SpfParser;

/// The static SPF evaluation the HELO and BOUNCE checks use, on records as data.
class StaticSpfMatchTest {

    private static final DomainName NAME = DomainName.parse("mail.example.com");

    /// `own` lists the addresses of mail.example.com, separated by spaces.
    @ParameterizedTest(name = "{0} for {1} with own addresses [{2}] → {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the plan's HELO record passes the host's own IPv4 address
                "v=spf1 a -all | 45.67.89.10 | 45.67.89.10 2a0e:1d80::10 | PASS",
                // and its own IPv6 address
                "v=spf1 a -all | 2a0e:1d80::10 | 45.67.89.10 2a0e:1d80::10 | PASS",
                // 'a' without own addresses matches nothing, so -all decides
                "v=spf1 a -all | 45.67.89.10 | | NOT_PASS",
                // 'a' with a /24 covers the neighbour
                "v=spf1 a/24 -all | 45.67.89.77 | 45.67.89.10 | PASS",
                // 'a//64' covers IPv6 neighbours, and the IPv4 prefix stays /32
                "v=spf1 a//64 -all | 2a0e:1d80::99 | 2a0e:1d80::10 | PASS",
                // 'a:' naming the record's own name is the same as 'a'
                "v=spf1 a:mail.example.com -all | 45.67.89.10 | 45.67.89.10 | PASS",
                // 'a:' of another name needs a lookup
                "v=spf1 a:other.example.com -all | 45.67.89.10 | 45.67.89.10 | UNDECIDED",
                // ip4 network with prefix
                "v=spf1 ip4:45.67.88.0/23 -all | 45.67.89.10 | | PASS",
                // ip4 outside the network, softfail
                "v=spf1 ip4:45.67.88.0/24 ~all | 45.67.89.10 | | NOT_PASS",
                // ip6 never matches an IPv4 address
                "v=spf1 ip6:::/0 -all | 45.67.89.10 | | NOT_PASS",
                // a fail qualifier on the matching term
                "v=spf1 -ip4:45.67.89.10 +all | 45.67.89.10 | | NOT_PASS",
                // +all passes everything
                "v=spf1 +all | 45.67.89.10 | | PASS",
                // no term matches: neutral
                "v=spf1 ip4:192.0.2.1 | 45.67.89.10 | | NOT_PASS",
                // a match before include decides without it
                "v=spf1 ip4:45.67.89.10 include:_spf.example.net -all | 45.67.89.10 | | PASS",
                // include before any match cannot be decided statically
                "v=spf1 include:_spf.example.net -all | 45.67.89.10 | | UNDECIDED",
                // mx, ptr and exists likewise
                "v=spf1 mx -all | 45.67.89.10 | | UNDECIDED",
                "v=spf1 ptr -all | 45.67.89.10 | | UNDECIDED",
                "v=spf1 exists:%{i}.x.example.net -all | 45.67.89.10 | | UNDECIDED",
                // redirect after no match
                "v=spf1 ip4:192.0.2.1 redirect=_spf.example.net | 45.67.89.10 | | UNDECIDED",
            })
    void evaluate_decidesStaticTerms_andLeavesTheRestUndecided(
            String record, String ip, String own, Outcome expected) {
        List<InetAddress> ownAddresses =
                own == null
                        ? List.of()
                        : Arrays.stream(own.split(" "))
                                .map(text -> IpAddresses.parse(text, "own"))
                                .toList();

        var match =
                StaticSpfMatch.evaluate(
                        SpfParser.parse(record), NAME, IpAddresses.parse(ip, "ip"), ownAddresses);

        assertThat(match.outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} uses own addresses: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // plain 'a' means the record's own name
                "v=spf1 a -all | true",
                // so does 'a:' with that name, in any case
                "v=spf1 a:MAIL.example.com -all | true",
                // another name is not the record's own
                "v=spf1 a:other.example.com -all | false",
                // no 'a' at all
                "v=spf1 ip4:45.67.89.10 -all | false",
            })
    void usesOwnAddresses_isTrueOnlyForAnATermOfTheRecordsName(String record, boolean expected) {
        assertThat(StaticSpfMatch.usesOwnAddresses(SpfParser.parse(record), NAME))
                .isEqualTo(expected);
    }
}
