package org.sendready.dnsbl;

import static org.sendready.dnsbl.ReturnCodes.address;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// The well-known blocklists sendready asks by default, with their return codes.
///
/// Each table follows the list's own documentation, cited above it; codes taken from a
/// secondary source are marked "uncertain". A code missing here is reported as unexpected,
/// never as a listing, so an incomplete table errs on the side of "look it up yourself".
public final class BlocklistCatalogue {
    private BlocklistCatalogue() {}

    private static final String SPAMHAUS_TERMS =
            "Spamhaus' free public mirrors refuse queries from public and open resolvers"
                    + " (127.255.255.254) and from resolvers over the free volume"
                    + " (127.255.255.255): ask through your own resolver.";

    /// Every list of the catalogue, IP lists first.
    public static List<Blocklist> standard() {
        return List.of(
                spamhausZen(),
                barracuda(),
                spamcop(),
                uceprotectLevel1(),
                psbl(),
                mailspike(),
                spamhausDbl(),
                surbl(),
                uribl());
    }

    /// The lists of `available` named in `names`, in the order named; all of them when
    /// `names` is empty. An unknown name is an [InvalidInput] naming `field` and the choices.
    public static List<Blocklist> select(
            List<Blocklist> available, List<String> names, String field) {
        if (names.isEmpty()) {
            return available;
        }
        var chosen = new ArrayList<Blocklist>();
        for (var name : names) {
            var list =
                    available.stream()
                            .filter(l -> l.name().equals(name))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new InvalidInput(
                                                    field,
                                                    "no list is named '"
                                                            + name
                                                            + "'; the lists are "
                                                            + String.join(
                                                                    ", ",
                                                                    available.stream()
                                                                            .map(Blocklist::name)
                                                                            .toList())));
            if (!chosen.contains(list)) {
                chosen.add(list);
            }
        }
        return List.copyOf(chosen);
    }

    /// Spamhaus' codes for a broken query, the same in every Spamhaus zone. Source: Spamhaus,
    /// "Spamhaus DNSBL return codes: technical update" (spamhaus.org/news/article/788) for
    /// .254 and .255; .252 from securityzones.net, "Error return codes for Spamhaus public
    /// mirrors" (a Spamhaus reseller; uncertain).
    private static List<ReturnCode> spamhausErrors() {
        return List.of(
                new ReturnCode(
                        address(127, 255, 255, 252),
                        CodeKind.ERROR,
                        "typing error in the list's name: no such Spamhaus list"),
                new ReturnCode(
                        address(127, 255, 255, 254),
                        CodeKind.REFUSED,
                        "query via a public or open resolver, refused by Spamhaus: ask through"
                                + " your own resolver"),
                new ReturnCode(
                        address(127, 255, 255, 255),
                        CodeKind.REFUSED,
                        "excessive number of queries from this resolver, refused by Spamhaus"));
    }

    /// Spamhaus ZEN: SBL, CSS, XBL, DROP, PBL and BCL in one zone. Source: Spamhaus datasets
    /// documentation, "Available zones" (docs.spamhaus.com, 040-zones), which lists zen as
    /// 127.0.0.2 SBL, .3 CSS, .9 DROP, .4 XBL, .10/.11 PBL, .30 BCL; .5 to .7 are XBL codes it
    /// calls "currently unused". Spamhaus' IP zones answer IPv6 queries in nibble form.
    static Blocklist spamhausZen() {
        var codes = new ArrayList<ReturnCode>();
        codes.add(
                listed(2, "SBL: Spamhaus verified the address as a spam source or spam operation"));
        codes.add(listed(3, "SBL CSS: a low-reputation address seen sending spam (automated)"));
        codes.add(
                listed(
                        4,
                        "XBL: the address is exploited, e.g. a host infected with malware or"
                                + " an open proxy"));
        for (int reserved = 5; reserved <= 7; reserved++) {
            codes.add(listed(reserved, "XBL: the address is exploited (reserved XBL code)"));
        }
        codes.add(
                listed(
                        9,
                        "DROP: the address is in a network hijacked or run by criminals"
                                + " (always listed on SBL too)"));
        codes.add(
                listed(
                        10,
                        "PBL, set by the network's owner: this address should not send mail"
                                + " directly; relay through the provider's mail server or ask"
                                + " the provider to remove it"));
        codes.add(
                listed(
                        11,
                        "PBL, set by Spamhaus: end-user or dynamic address space that should"
                                + " not send mail directly; a mail server's owner can remove it"
                                + " at Spamhaus"));
        codes.add(listed(30, "BCL: a botnet command-and-control server"));
        codes.addAll(spamhausErrors());
        return new Blocklist(
                "spamhaus-zen",
                "Spamhaus ZEN",
                zone("zen.spamhaus.org"),
                ListKind.IP,
                true,
                new ReturnCodes(codes, List.of()),
                url("https://www.spamhaus.org/blocklists/zen-blocklist/"),
                url("https://check.spamhaus.org/"),
                Optional.of(SPAMHAUS_TERMS));
    }

    /// Spamhaus DBL, domains. Source: the same "Available zones" page: 127.0.1.2 low
    /// reputation, .4 phishing, .5 malware, .6 botnet C&C, .102 to .106 abused legitimate
    /// domains, .255 "IP queries not allowed".
    static Blocklist spamhausDbl() {
        var codes = new ArrayList<ReturnCode>();
        codes.add(dbl(2, CodeKind.LISTED, "spam domain: a domain with low reputation"));
        codes.add(dbl(4, CodeKind.LISTED, "phishing domain"));
        codes.add(dbl(5, CodeKind.LISTED, "malware domain"));
        codes.add(dbl(6, CodeKind.LISTED, "botnet command-and-control domain"));
        codes.add(dbl(102, CodeKind.LISTED, "abused legitimate domain, used in spam"));
        codes.add(dbl(103, CodeKind.LISTED, "abused legitimate redirector or URL shortener"));
        codes.add(dbl(104, CodeKind.LISTED, "abused legitimate domain, used in phishing"));
        codes.add(dbl(105, CodeKind.LISTED, "abused legitimate domain, used by malware"));
        codes.add(dbl(106, CodeKind.LISTED, "abused legitimate domain, hosting botnet C&C"));
        codes.add(
                dbl(255, CodeKind.ERROR, "an IP address was asked of a domain list (not allowed)"));
        codes.addAll(spamhausErrors());
        return new Blocklist(
                "spamhaus-dbl",
                "Spamhaus DBL",
                zone("dbl.spamhaus.org"),
                ListKind.DOMAIN,
                false,
                new ReturnCodes(codes, List.of()),
                url("https://www.spamhaus.org/blocklists/domain-blocklist/"),
                url("https://check.spamhaus.org/"),
                Optional.of(SPAMHAUS_TERMS));
    }

    /// Barracuda Reputation Block List. Source: barracudacentral.org, "BRBL: How to use":
    /// a standard DNSBL, 127.0.0.2 when listed. IPv4 only (uncertain: not documented).
    static Blocklist barracuda() {
        return new Blocklist(
                "barracuda",
                "Barracuda Reputation Block List",
                zone("b.barracudacentral.org"),
                ListKind.IP,
                false,
                single("listed on the Barracuda Reputation Block List (sent spam to its traps)"),
                url("https://www.barracudacentral.org/rbl/how-to-use"),
                url("https://www.barracudacentral.org/rbl/removal-request"),
                Optional.of(
                        "Barracuda asks the resolvers that query it to register (free); an"
                                + " unregistered resolver may get no answers."));
    }

    /// SpamCop Blocking List. Source: spamcop.net, "SpamCop Blocking List": 127.0.0.2 when
    /// listed; entries expire on their own once reports stop. IPv4 only.
    static Blocklist spamcop() {
        return new Blocklist(
                "spamcop",
                "SpamCop Blocking List",
                zone("bl.spamcop.net"),
                ListKind.IP,
                false,
                single("listed on SpamCop: recipients or spam traps reported mail from it"),
                url("https://www.spamcop.net/bl.shtml"),
                url("https://www.spamcop.net/bl.shtml"),
                Optional.of("Entries expire about 24 hours after the last report."));
    }

    /// UCEPROTECT level 1: single addresses. Source: uceprotect.net, "Level 1 policy"; the
    /// standard 127.0.0.2 code (uncertain: the site documents no other). IPv4 only.
    static Blocklist uceprotectLevel1() {
        return new Blocklist(
                "uceprotect-1",
                "UCEPROTECT Level 1",
                zone("dnsbl-1.uceprotect.net"),
                ListKind.IP,
                false,
                single("listed on UCEPROTECT level 1: this address hit its spam traps"),
                url("https://www.uceprotect.net/en/index.php?m=3&s=3"),
                url("https://www.uceprotect.net/en/rblcheck.php"),
                Optional.of(
                        "Entries expire 7 days after the last spam; the paid express delisting"
                                + " is never required."));
    }

    /// Passive Spam Block List. Source: psbl.org, "Using PSBL": 127.0.0.2 when listed. IPv4
    /// only.
    static Blocklist psbl() {
        return new Blocklist(
                "psbl",
                "Passive Spam Block List",
                zone("psbl.surriel.com"),
                ListKind.IP,
                false,
                single("listed on PSBL: mail from this address reached its spam traps"),
                url("https://psbl.org/"),
                url("https://psbl.org/remove"),
                Optional.empty());
    }

    /// Mailspike BL: its Z list plus the worst reputation levels. Source: mailspike.org,
    /// "Usage": bl answers 127.0.0.2 (Z, a distributed spam wave) or the rep zone's code for
    /// levels L3 to L5; those codes (.10 L5, .11 L4, .12 L3) from suped.com's Mailspike page
    /// (uncertain). IPv4 only (uncertain).
    static Blocklist mailspike() {
        return new Blocklist(
                "mailspike",
                "Mailspike BL",
                zone("bl.mailspike.net"),
                ListKind.IP,
                false,
                new ReturnCodes(
                        List.of(
                                listed(2, "Mailspike Z: the address is part of a spam wave"),
                                listed(10, "Mailspike reputation L5: the worst reputation"),
                                listed(11, "Mailspike reputation L4: very bad reputation"),
                                listed(12, "Mailspike reputation L3: bad reputation")),
                        List.of()),
                url("https://mailspike.org/usage.html"),
                url("https://mailspike.org/"),
                Optional.of("Free for up to 100,000 queries a day."));
    }

    /// SURBL multi, domains, bitmask. Source: surbl.org, "Lists": 8 phishing, 16 malware, 64
    /// abuse, 128 cracked sites; 4 (disposable email) and 32 (click trackers) from
    /// securityzones.net, "New return codes added to SURBL multi" (subscriber data;
    /// uncertain). 127.0.0.1 is a refusal: SpamAssassin's rule SURBL_BLOCKED reads it so.
    static Blocklist surbl() {
        return new Blocklist(
                "surbl",
                "SURBL multi",
                zone("multi.surbl.org"),
                ListKind.DOMAIN,
                false,
                new ReturnCodes(
                        List.of(
                                new ReturnCode(
                                        address(127, 0, 0, 1),
                                        CodeKind.REFUSED,
                                        "SURBL blocked this resolver's queries: ask through"
                                                + " your own resolver")),
                        List.of(
                                new ReturnCodes.Bit(4, "DM: a disposable email domain"),
                                new ReturnCodes.Bit(8, "PH: a phishing site"),
                                new ReturnCodes.Bit(16, "MW: a malware site"),
                                new ReturnCodes.Bit(32, "CT: a click-tracking domain"),
                                new ReturnCodes.Bit(64, "ABUSE: a spam or abuse site"),
                                new ReturnCodes.Bit(128, "CR: a cracked (compromised) site"))),
                url("https://surbl.org/lists"),
                url("https://surbl.org/surbl-analysis"),
                Optional.empty());
    }

    /// URIBL multi, domains, bitmask. Source: uribl.com, "Query refused": "All queries that
    /// we refuse, we return a 127.0.0.1 response to, as bit 0x1 is not used"; bits 2 black,
    /// 4 grey, 8 red from uribl.com, "About" (the lists) and its usage guidelines.
    static Blocklist uribl() {
        return new Blocklist(
                "uribl",
                "URIBL multi",
                zone("multi.uribl.com"),
                ListKind.DOMAIN,
                false,
                new ReturnCodes(
                        List.of(
                                new ReturnCode(
                                        address(127, 0, 0, 1),
                                        CodeKind.REFUSED,
                                        "query refused by URIBL (a public resolver, or too many"
                                                + " queries): ask through your own resolver")),
                        List.of(
                                new ReturnCodes.Bit(2, "black: a domain used by spammers"),
                                new ReturnCodes.Bit(
                                        4, "grey: a domain seen in bulk mail that may be wanted"),
                                new ReturnCodes.Bit(
                                        8, "red: a very new or hidden domain active in mail"))),
                url("https://uribl.com/about.shtml"),
                url("https://admin.uribl.com/"),
                Optional.of("Free for low volumes; refuses queries from public resolvers."));
    }

    private static ReturnCode listed(int last, String meaning) {
        return new ReturnCode(address(127, 0, 0, last), CodeKind.LISTED, meaning);
    }

    private static ReturnCode dbl(int last, CodeKind kind, String meaning) {
        return new ReturnCode(address(127, 0, 1, last), kind, meaning);
    }

    private static ReturnCodes single(String meaning) {
        return new ReturnCodes(List.of(listed(2, meaning)), List.of());
    }

    private static DomainName zone(String name) {
        return new DomainName(name);
    }

    private static Optional<URI> url(String text) {
        return Optional.of(URI.create(text));
    }
}
