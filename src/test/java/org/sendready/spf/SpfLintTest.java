package org.sendready.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendready.spf.LintFinding.Rule;
import org.sendready.spf.LintFinding.Severity;

class SpfLintTest {

    private static List<LintFinding> lint(String record) {
        return SpfLint.check(SpfParser.parse(record));
    }

    private static List<Rule> rules(String record) {
        return lint(record).stream().map(LintFinding::rule).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a provider and hard fail
                "v=spf1 include:_spf.google.com -all",
                // own addresses and softfail
                "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/48 mx ~all",
                // delegation only
                "v=spf1 redirect=_spf.example.com",
                // explanation with a fail result
                "v=spf1 a -all exp=explain.example.com",
            })
    void check_findsNothing_forGoodRecords(String record) {
        assertThat(lint(record)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # +all, written or implied
            v=spf1 mx +all                         | PASS_ALL         | ERROR   | 1
            v=spf1 mx all                          | PASS_ALL         | ERROR   | 1
            # ?all gives no protection
            v=spf1 mx ?all                         | NEUTRAL_ALL      | WARNING | 1
            # a second all
            v=spf1 -all ~all                       | MULTIPLE_ALL     | WARNING | 1
            # mechanisms after all are never evaluated
            v=spf1 -all mx                         | TERMS_AFTER_ALL  | WARNING | 1
            # redirect is ignored when all is present
            v=spf1 -all redirect=_spf.example.com  | REDIRECT_IGNORED | WARNING | 1
            # ptr is discouraged, so is %{p}
            v=spf1 ptr -all                        | PTR              | WARNING | 0
            v=spf1 exists:%{p}.ok.example.com -all | PTR_MACRO        | WARNING | 0
            # wide prefixes; /0 with pass is like +all
            v=spf1 ip4:10.0.0.0/7 -all             | WIDE_PREFIX      | WARNING | 0
            v=spf1 ip6:2001::/15 -all              | WIDE_PREFIX      | WARNING | 0
            v=spf1 a/4 -all                        | WIDE_PREFIX      | WARNING | 0
            v=spf1 ip4:0.0.0.0/0 -all              | WIDE_PREFIX      | ERROR   | 0
            # host bits past the prefix
            v=spf1 ip4:192.0.2.1/24 -all           | HOST_BITS        | INFO    | 0
            v=spf1 ip6:2001:db8::1/64 -all         | HOST_BITS        | INFO    | 0
            # unknown modifiers: a mechanism typed with '=', a typo of redirect, anything else
            v=spf1 include=_spf.example.com -all   | UNKNOWN_MODIFIER | WARNING | 0
            v=spf1 -all redirct=x.example.com      | UNKNOWN_MODIFIER | WARNING | 1
            v=spf1 -all default=pass               | UNKNOWN_MODIFIER | INFO    | 1
            # two records pasted together
            v=spf1 mx -all v=spf1 a -all           | SECOND_VERSION   | WARNING | 2
            # the same mechanism twice
            v=spf1 mx a mx -all                    | DUPLICATE_TERM   | INFO    | 2
            # a literal domain that cannot be a DNS name
            v=spf1 a:mail.example...com -all       | INVALID_NAME     | WARNING | 0
            # exp= without any fail result
            v=spf1 mx ~all exp=explain.example.com | EXP_UNUSED       | INFO    | 2
            """)
    void check_reportsRule_atTerm(String record, Rule rule, Severity severity, int term) {
        assertThat(lint(record))
                .filteredOn(f -> f.rule() == rule)
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.severity()).isEqualTo(severity);
                            assertThat(f.termIndex()).isEqualTo(OptionalInt.of(term));
                            assertThat(f.message()).endsWith(".");
                        });
    }

    @Test
    void check_notesMissingDefault_forRecordWithoutAllOrRedirect() {
        var findings = lint("v=spf1 mx");
        assertThat(findings)
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.rule()).isEqualTo(Rule.NO_DEFAULT);
                            assertThat(f.severity()).isEqualTo(Severity.INFO);
                            assertThat(f.termIndex()).isEmpty();
                            assertThat(f.message()).contains("End it with '~all' or '-all'");
                        });
    }

    @Test
    void check_suggestsDashAll_forTheVersionAlone() {
        assertThat(lint("v=spf1"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("publish 'v=spf1 -all'"));
    }

    @Test
    void check_reportsEveryTermAfterAll() {
        assertThat(lint("v=spf1 -all mx a ip4:192.0.2.1"))
                .filteredOn(f -> f.rule() == Rule.TERMS_AFTER_ALL)
                .extracting(f -> f.termIndex().getAsInt())
                .containsExactly(1, 2, 3);
    }

    @Test
    void check_warnsNearTheDnsLimit() {
        var record =
                "v=spf1 a mx ptr:x.example include:a.example include:b.example"
                        + " include:c.example exists:%{i}.e.example redirect=r.example";
        assertThat(SpfParser.parse(record).dnsTermCount()).isEqualTo(8);
        assertThat(lint(record))
                .filteredOn(f -> f.rule() == Rule.DNS_LOOKUPS)
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void check_errsOverTheDnsLimit() {
        var record = "v=spf1" + " a".repeat(5) + " mx".repeat(5) + " include:x.example -all";
        assertThat(lint(record))
                .filteredOn(f -> f.rule() == Rule.DNS_LOOKUPS)
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.severity()).isEqualTo(Severity.ERROR);
                            assertThat(f.message()).startsWith("11 terms query DNS");
                        });
    }

    @Test
    void dnsTermCount_skipsRedirectIgnoredByAll_andIgnoresIpAndAll() {
        assertThat(
                        SpfParser.parse("v=spf1 ip4:192.0.2.1 ip6:::1 -all redirect=x.example")
                                .dnsTermCount())
                .isZero();
        assertThat(SpfParser.parse("v=spf1 ip4:192.0.2.1 redirect=x.example").dnsTermCount())
                .isEqualTo(1);
    }

    @Test
    void check_notesSplitting_over255Octets_andWarnsOver450() {
        var medium = addresses(20);
        assertThat(medium).hasSize(331);
        assertThat(lint(medium))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.rule()).isEqualTo(Rule.LENGTH);
                            assertThat(f.severity()).isEqualTo(Severity.INFO);
                            assertThat(f.message()).contains("publish it as 2 strings");
                        });
        var large = addresses(40);
        assertThat(large).hasSize(651);
        assertThat(lint(large))
                .filteredOn(f -> f.rule() == Rule.LENGTH)
                .extracting(LintFinding::severity)
                .containsExactly(Severity.WARNING, Severity.INFO);
    }

    /// A record of `count` different single addresses and `-all`.
    private static String addresses(int count) {
        var text = new StringBuilder("v=spf1");
        for (int i = 0; i < count; i++) {
            text.append(" ip4:192.0.2.").append(100 + i);
        }
        return text.append(" -all").toString();
    }

    @Test
    void check_ordersTermFindingsBeforeRecordFindings() {
        assertThat(rules("v=spf1 ptr mx ptr"))
                .containsExactly(Rule.PTR, Rule.PTR, Rule.DUPLICATE_TERM, Rule.NO_DEFAULT);
    }

    @Test
    void rule_andSeverity_haveStableIds() {
        assertThat(Rule.TERMS_AFTER_ALL.id()).isEqualTo("terms-after-all");
        assertThat(Severity.WARNING.id()).isEqualTo("warning");
    }
}
