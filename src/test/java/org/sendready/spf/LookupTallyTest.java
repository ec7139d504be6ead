package org.sendready.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.RrType;
import org.sendready.testing.InMemoryDns;

class LookupTallyTest {
    private static final DomainName DOMAIN = DomainName.parse("example.com");
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private static LookupTally count(String record, InMemoryDns dns) {
        return LookupTally.count(SpfParser.parse(record), DOMAIN, dns, LIMIT);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // addresses only: nothing to look up, nothing to follow
                "v=spf1 ip4:192.0.2.1 ip6:2001:db8::1 -all | 0 | true",
                // a and mx count, and need no other record
                "v=spf1 a mx -all | 2 | true",
                // an include adds the target's own lookups, unknown without DNS
                "v=spf1 include:_spf.example.net -all | 1 | false",
                // redirect= counts and is followed when there is no all
                "v=spf1 redirect=_spf.example.net | 1 | false",
                // redirect= beside all is ignored (RFC 7208 section 6.1)
                "v=spf1 -all redirect=_spf.example.net | 0 | true",
            })
    void ofRecord_countsOnlyTheRecordItself(String record, int lookups, boolean complete) {
        var tally = LookupTally.ofRecord(SpfParser.parse(record));

        assertThat(tally.lookups()).isEqualTo(lookups);
        assertThat(tally.complete()).isEqualTo(complete);
    }

    @Test
    void count_addsTheLookupsOfNestedIncludesAndRedirect() {
        var dns =
                new InMemoryDns()
                        .txt(
                                "a.example.net",
                                "v=spf1 include:c.example.net a:host.example.net ~all")
                        .txt("c.example.net", "v=spf1 ip4:198.51.100.0/24 mx:example.net -all")
                        .txt("r.example.net", "v=spf1 exists:x.example.net")
                        .address("host.example.net", "198.51.100.7")
                        .mx("example.net", 10, "host.example.net")
                        .address("x.example.net", "127.0.0.2")
                        .address("example.com", "192.0.2.1");

        var tally = count("v=spf1 a include:a.example.net redirect=r.example.net", dns);

        // a, include:a, redirect (3) + include:c, a:host (2) + mx (1) + exists (1)
        assertThat(tally.lookups()).isEqualTo(7);
        assertThat(tally.voidLookups()).isZero();
        assertThat(tally.complete()).isTrue();
        assertThat(tally.notes()).isEmpty();
        assertThat(tally.level()).isEqualTo(LookupTally.Level.OK);
    }

    @Test
    void count_goesOnPastTheLimit_soTheAdminSeesHowFarOver() {
        var dns = new InMemoryDns();
        for (int i = 1; i <= 4; i++) {
            dns.txt(
                    "p" + i + ".example.net",
                    "v=spf1 a:h.example.net a:h.example.net a:h.example.net ~all");
        }
        dns.address("h.example.net", "198.51.100.1");

        var tally =
                count(
                        "v=spf1 include:p1.example.net include:p2.example.net"
                                + " include:p3.example.net include:p4.example.net -all",
                        dns);

        assertThat(tally.lookups()).isEqualTo(16);
        assertThat(tally.level()).isEqualTo(LookupTally.Level.OVER);
    }

    @Test
    void count_findsVoidLookups_ofATargetsThatDoNotExist() {
        var dns = new InMemoryDns().address("example.com", "192.0.2.1");

        var tally = count("v=spf1 a a:gone.example.com mx -all", dns);

        assertThat(tally.voidLookups()).isEqualTo(2);
        assertThat(tally.notes())
                .containsExactly(
                        "a:gone.example.com is a void lookup: gone.example.com does not exist.",
                        "mx is a void lookup: example.com has no MX records.");
    }

    @Test
    void count_isIncomplete_whenAnIncludedRecordCannotBeFetched() {
        var dns =
                new InMemoryDns()
                        .fail("_spf.example.net", RrType.TXT, DnsAnswer.Failure.TIMEOUT)
                        .txt("ok.example.net", "v=spf1 a:h.example.net -all")
                        .address("h.example.net", "198.51.100.1");

        var tally = count("v=spf1 include:_spf.example.net include:ok.example.net -all", dns);

        assertThat(tally.lookups()).isEqualTo(3);
        assertThat(tally.complete()).isFalse();
        assertThat(tally.notes())
                .singleElement()
                .asString()
                .contains("could not fetch the record of _spf.example.net")
                .contains("no response in time");
    }

    @Test
    void count_notesAnIncludeWithoutRecord_asAPermerror() {
        var tally = count("v=spf1 include:none.example.net -all", new InMemoryDns());

        assertThat(tally.complete()).isTrue();
        assertThat(tally.notes())
                .singleElement()
                .asString()
                .startsWith("include:none.example.net: none.example.net has no SPF record")
                .endsWith("so receivers give permerror (RFC 7208 section 5.2).");
    }

    @Test
    void count_stopsAtALoop_andSaysSo() {
        var dns = new InMemoryDns().txt("a.example.net", "v=spf1 include:example.com -all");

        var tally = count("v=spf1 include:a.example.net -all", dns);

        assertThat(tally.lookups()).isEqualTo(2);
        assertThat(tally.notes()).singleElement().asString().contains("(a loop)");
    }

    @Test
    void count_doesNotFollowMacroTargets_andIsIncomplete() {
        var tally = count("v=spf1 include:%{d}.spf.example.net -all", new InMemoryDns());

        assertThat(tally.lookups()).isEqualTo(1);
        assertThat(tally.complete()).isFalse();
    }

    @Test
    void count_asksNoMoreThanItsBound_forAnEndlessChain() {
        var dns = new InMemoryDns();
        for (int i = 0; i < 40; i++) {
            dns.txt("n" + i + ".example.net", "v=spf1 include:n" + (i + 1) + ".example.net");
        }

        var tally = count("v=spf1 include:n0.example.net", dns);

        assertThat(dns.asked()).hasSize(LookupWalk.MAX_RECORDS);
        assertThat(tally.complete()).isFalse();
        assertThat(tally.level()).isEqualTo(LookupTally.Level.OVER);
    }

    @ParameterizedTest
    @CsvSource({
        // well below the limit
        "7, 0, OK",
        // SpfLint's warning threshold
        "8, 0, NEAR",
        // exactly at the limit still evaluates
        "10, 2, NEAR",
        // the 11th term is a permerror
        "11, 0, OVER",
        // a third void lookup is a permerror
        "0, 3, OVER",
    })
    void level_followsTheLimitsOfRfc7208(int lookups, int voids, LookupTally.Level level) {
        assertThat(new LookupTally(lookups, voids, true, List.of()).level()).isEqualTo(level);
    }
}
