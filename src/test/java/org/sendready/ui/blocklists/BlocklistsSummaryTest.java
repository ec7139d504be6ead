package org.sendready.ui.blocklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendready.check.CheckStatus;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.dnsbl.BlocklistCatalogue;
import org.sendready.dnsbl.CodeKind;
import org.sendready.dnsbl.DnsblReport;
import org.sendready.dnsbl.Listing;
import org.sendready.dnsbl.ListingStatus;
import org.sendready.dnsbl.Outcome;
import org.sendready.dnsbl.ReturnCode;
import org.sendready.dnsbl.Targets;

/// The summary line over the results, from reports of the nine built-in lists about one
/// address (six IP lists) and one domain (three domain lists).
class BlocklistsSummaryTest {
    private static final Targets TARGETS =
            Targets.of(
                    List.of(IpAddresses.parse("45.67.89.10", "ip")),
                    List.of(DomainName.parse("example.com")));

    private static final ReturnCode LISTED =
            new ReturnCode(loopback("127.0.0.2"), CodeKind.LISTED, "listed");
    private static final ReturnCode REFUSED =
            new ReturnCode(loopback("127.255.255.254"), CodeKind.REFUSED, "public resolver");

    /// A report where the lists named in `outcomes` (`name=status,...`) said that, and every
    /// other list "not listed".
    private static DnsblReport report(String outcomes) {
        Map<String, String> said =
                outcomes.isBlank()
                        ? Map.of()
                        : Arrays.stream(outcomes.split(","))
                                .map(pair -> pair.strip().split("="))
                                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
        var listings = new ArrayList<Listing>();
        for (var target : TARGETS.targets()) {
            for (var list : BlocklistCatalogue.standard()) {
                if (list.covers(target)) {
                    listings.add(
                            new Listing(
                                    target,
                                    list,
                                    Optional.empty(),
                                    outcome(said.getOrDefault(list.name(), "not-listed"))));
                }
            }
        }
        return new DnsblReport(TARGETS, BlocklistCatalogue.standard(), listings);
    }

    private static Outcome outcome(String status) {
        return switch (status) {
            case "not-listed" -> new Outcome.NotListed();
            case "listed" -> new Outcome.Listed(List.of(LISTED), List.of(), List.of());
            case "refused" -> new Outcome.Refused(List.of(REFUSED));
            case "error" -> new Outcome.Failed("the server failed (SERVFAIL)", List.of());
            case "unexpected" -> new Outcome.Unexpected(List.of("192.0.2.1"), true);
            default -> throw new IllegalArgumentException(status);
        };
    }

    private static Inet4Address loopback(String text) {
        return IpAddresses.parseIpv4(text, "code");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # every list answered, none lists anything
            ''                                      | PASS  | Not listed on any of the 9 lists.
            # a listing, and the refusals beside it
            spamcop=listed, spamhaus-zen=refused, spamhaus-dbl=refused | FAIL | Listed on 1 of 9 lists: 45.67.89.10 on SpamCop Blocking List; 2 refused: use your own resolver.
            # Spamhaus refuses a public resolver: never read as listed
            spamhaus-zen=refused, spamhaus-dbl=refused | ERROR | Not listed on any of the 7 lists that answered; 2 refused: use your own resolver.
            # a list that did not answer
            psbl=error                              | ERROR | Not listed on any of the 8 lists that answered; 1 gave no answer in time or failed: scan again later.
            # an NXDOMAIN-rewriting resolver: a warning, not a listing
            uribl=unexpected                        | WARN  | Not listed on any of the 9 lists; 1 answered what no blocklist answers: does your resolver rewrite missing names?
            """)
    void of_countsListsAndSaysWhatToDo(String outcomes, CheckStatus status, String text) {
        assertThat(BlocklistsSummary.of(report(outcomes)))
                .isEqualTo(new BlocklistsSummary(status, text));
    }

    @Test
    void of_saysNoListGaveAVerdict_whenEveryListRefusedOrFailed() {
        var all =
                BlocklistCatalogue.standard().stream()
                        .map(
                                l ->
                                        l.name()
                                                + (l.name().startsWith("spamhaus")
                                                        ? "=refused"
                                                        : "=error"))
                        .collect(Collectors.joining(","));

        assertThat(BlocklistsSummary.of(report(all)).text())
                .isEqualTo(
                        "No list gave a verdict; 2 refused: use your own resolver; 7 gave no"
                                + " answer in time or failed: scan again later.");
    }

    @ParameterizedTest
    @EnumSource(ListingStatus.class)
    void listingLook_colourOnlyAListingAsFail(ListingStatus status) {
        assertThat(ListingLook.status(status) == CheckStatus.FAIL)
                .isEqualTo(status == ListingStatus.LISTED);
        assertThat(ListingLook.word(status)).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({
        // a refusal reads as a DNS error, never as a listing
        "REFUSED, ERROR, Refused",
        // a timeout or SERVFAIL
        "ERROR, ERROR, No verdict",
        // NXDOMAIN rewriting
        "UNEXPECTED, WARN, Unexpected",
        "NOT_LISTED, PASS, Not listed",
        "LISTED, FAIL, Listed"
    })
    void listingLook_mapsEachVerdict(ListingStatus status, CheckStatus colour, String word) {
        assertThat(ListingLook.status(status)).isEqualTo(colour);
        assertThat(ListingLook.word(status)).isEqualTo(word);
    }
}
