package org.sendready.dnsbl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.Server;

/// How each catalogue list's answers read: the documented codes, refusals that must not read
/// as listings, and answers no list gives.
class ListingReaderTest {
    private static final DomainName OWNER = DomainName.parse("2.0.0.127.zen.spamhaus.org");

    private static Blocklist list(String name) {
        return BlocklistCatalogue.standard().stream()
                .filter(l -> l.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /// An answer of A records, as a list (or a hijacking resolver) gives it.
    private static DnsAnswer answer(String addresses) {
        var records =
                Arrays.stream(addresses.split(" "))
                        .map(
                                ip ->
                                        (ResourceRecord)
                                                new ResourceRecord.A(
                                                        OWNER,
                                                        Duration.ofMinutes(1),
                                                        (Inet4Address) InetAddress.ofLiteral(ip)))
                        .toList();
        return DnsAnswer.Records.of(records, Server.Source.MEMORY);
    }

    @ParameterizedTest(name = "{0} answers {1}: {2}")
    @CsvSource({
        // Spamhaus ZEN, every documented code
        "spamhaus-zen, 127.0.0.2, LISTED, SBL: Spamhaus verified",
        "spamhaus-zen, 127.0.0.3, LISTED, SBL CSS",
        "spamhaus-zen, 127.0.0.4, LISTED, XBL: the address is exploited",
        "spamhaus-zen, 127.0.0.7, LISTED, reserved XBL code",
        "spamhaus-zen, 127.0.0.9, LISTED, DROP",
        "spamhaus-zen, 127.0.0.10, LISTED, 'PBL, set by the network''s owner'",
        "spamhaus-zen, 127.0.0.11, LISTED, 'PBL, set by Spamhaus'",
        "spamhaus-zen, 127.0.0.30, LISTED, BCL",
        // ZEN answers one record per sub-list: both are explained
        "spamhaus-zen, 127.0.0.2 127.0.0.4, LISTED, SBL: Spamhaus verified",
        // Spamhaus' refusals and errors: never a listing
        "spamhaus-zen, 127.255.255.254, REFUSED, public or open resolver",
        "spamhaus-zen, 127.255.255.255, REFUSED, excessive number of queries",
        "spamhaus-zen, 127.255.255.252, ERROR, typing error in the list's name",
        // Spamhaus DBL, domains
        "spamhaus-dbl, 127.0.1.2, LISTED, spam domain",
        "spamhaus-dbl, 127.0.1.4, LISTED, phishing domain",
        "spamhaus-dbl, 127.0.1.5, LISTED, malware domain",
        "spamhaus-dbl, 127.0.1.6, LISTED, botnet command-and-control",
        "spamhaus-dbl, 127.0.1.102, LISTED, 'abused legitimate domain, used in spam'",
        "spamhaus-dbl, 127.0.1.103, LISTED, redirector",
        "spamhaus-dbl, 127.0.1.104, LISTED, used in phishing",
        "spamhaus-dbl, 127.0.1.105, LISTED, used by malware",
        "spamhaus-dbl, 127.0.1.106, LISTED, hosting botnet C&C",
        "spamhaus-dbl, 127.0.1.255, ERROR, IP address was asked of a domain list",
        "spamhaus-dbl, 127.255.255.254, REFUSED, public or open resolver",
        // a ZEN code asked of DBL is no DBL code
        "spamhaus-dbl, 127.0.0.2, UNEXPECTED, does not explain",
        // the single-code IP lists
        "barracuda, 127.0.0.2, LISTED, Barracuda Reputation Block List",
        "spamcop, 127.0.0.2, LISTED, SpamCop",
        "uceprotect-1, 127.0.0.2, LISTED, UCEPROTECT level 1",
        "psbl, 127.0.0.2, LISTED, PSBL",
        "mailspike, 127.0.0.2, LISTED, Mailspike Z",
        "mailspike, 127.0.0.10, LISTED, L5",
        "mailspike, 127.0.0.12, LISTED, L3",
        // a code a single-code list does not document
        "spamcop, 127.0.0.3, UNEXPECTED, does not explain",
        // SURBL multi: bits of the last octet, combined
        "surbl, 127.0.0.8, LISTED, PH: a phishing site",
        "surbl, 127.0.0.80, LISTED, MW: a malware site",
        "surbl, 127.0.0.128, LISTED, CR: a cracked",
        // middle octets are reserved and ignored for bitmask lists
        "surbl, 127.0.5.64, LISTED, ABUSE",
        "surbl, 127.0.0.1, REFUSED, SURBL blocked",
        // bit 2 is not a SURBL list today
        "surbl, 127.0.0.2, UNEXPECTED, does not explain",
        // URIBL multi
        "uribl, 127.0.0.2, LISTED, black",
        "uribl, 127.0.0.14, LISTED, red",
        "uribl, 127.0.0.1, REFUSED, query refused by URIBL",
        // answers outside 127/8 come from a resolver that rewrites NXDOMAIN
        "spamhaus-zen, 198.51.100.7, UNEXPECTED, rewrite NXDOMAIN",
        "uribl, 127.0.0.2 198.51.100.7, UNEXPECTED, outside 127.0.0.0/8",
        // a refusal beside a listing code: the list did not look, so no listing
        "spamhaus-zen, 127.0.0.2 127.255.255.254, REFUSED, public or open resolver"
    })
    void read_explainsTheCode(String list, String answers, ListingStatus status, String meaning) {
        var outcome = ListingReader.read(list(list), answer(answers));

        assertThat(outcome.status()).isEqualTo(status);
        assertThat(ListingText.describe(outcome)).contains(meaning);
    }

    @Test
    void read_isNeverListed_forSpamhausPublicResolverRefusal() {
        var outcome = ListingReader.read(list("spamhaus-zen"), answer("127.255.255.254"));

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(ListingText.describe(outcome))
                .startsWith("query refused, not a listing: 127.255.255.254");
    }

    @Test
    void read_keepsEveryCode_whenABitmaskAnswerHasSeveralBits() {
        var outcome = ListingReader.read(list("surbl"), answer("127.0.0.80"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Outcome.Listed.class,
                        listed ->
                                assertThat(listed.codes())
                                        .extracting(ReturnCode::meaning)
                                        .containsExactly(
                                                "MW: a malware site",
                                                "ABUSE: a spam or abuse site"));
    }

    @Test
    void read_listsWithTheUnknownCodeNamed_whenAKnownCodeComesWithIt() {
        var outcome = ListingReader.read(list("spamhaus-zen"), answer("127.0.0.2 127.0.0.99"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Outcome.Listed.class,
                        listed -> assertThat(listed.unexplained()).containsExactly("127.0.0.99"));
    }

    @Test
    void read_isNotListed_forNxDomainAndNoData() {
        var zen = list("spamhaus-zen");

        assertThat(
                        ListingReader.read(
                                        zen,
                                        new DnsAnswer.NxDomain(Duration.ZERO, Server.Source.MEMORY))
                                .status())
                .isEqualTo(ListingStatus.NOT_LISTED);
        assertThat(
                        ListingReader.read(
                                        zen,
                                        new DnsAnswer.NoData(Duration.ZERO, Server.Source.MEMORY))
                                .status())
                .isEqualTo(ListingStatus.NOT_LISTED);
    }

    @Test
    void read_isAnError_forATimeoutOrServfail() {
        for (var failure : List.of(DnsAnswer.Failure.TIMEOUT, DnsAnswer.Failure.SERVFAIL)) {
            var outcome =
                    ListingReader.read(
                            list("psbl"), new DnsAnswer.Failed(failure, Server.Source.MEMORY));

            assertThat(outcome.status()).isEqualTo(ListingStatus.ERROR);
            assertThat(ListingText.describe(outcome)).contains(failure.description());
        }
    }

    @Test
    void read_isUnexpected_forRecordsThatAreNoAddress() {
        var answer =
                DnsAnswer.Records.of(
                        List.of(
                                new ResourceRecord.Txt(
                                        OWNER, Duration.ofMinutes(1), List.of("listed"))),
                        Server.Source.MEMORY);

        assertThat(ListingReader.read(list("spamcop"), answer).status())
                .isEqualTo(ListingStatus.UNEXPECTED);
    }
}
