package org.sendready.spf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.RrType;
import org.sendready.testing.InMemoryDns;

/// check_host() rules on an in-memory DNS; the RFC 7208 suite runs in [Rfc7208SuiteTest].
class SpfEvaluatorTest {

    private static final String CLIENT = "192.0.2.10";

    private final InMemoryDns dns = new InMemoryDns();

    private SpfEvaluation evaluate(String ip, String mailFrom, String helo) {
        return new SpfEvaluator(dns)
                .evaluate(new SpfRequest(InetAddress.ofLiteral(ip), mailFrom, helo));
    }

    private SpfEvaluation evaluate(String mailFrom) {
        return evaluate(CLIENT, mailFrom, "mail.example.org");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a matching ip4 gives its qualifier's result
                "v=spf1 -ip4:192.0.2.0/24 +all | fail",
                // no match at all: neutral (section 4.7)
                "v=spf1 ip4:198.51.100.1 | neutral",
                // an IPv4 client never matches ip6, even ::/0 (section 5)
                "v=spf1 ip6:::/0 ~all | softfail",
                // a of the domain itself, with a /24
                "v=spf1 a/24 -all | pass",
                // mx through the exchanger's address
                "v=spf1 mx -all | pass",
                // exists on a name built from the client address
                "v=spf1 exists:%{ir}.list.example.net -all | pass",
                // redirect= when nothing matched (section 6.1)
                "v=spf1 ip4:198.51.100.1 redirect=other.example.net | softfail",
                // redirect= is ignored beside all (section 6.1)
                "v=spf1 redirect=other.example.net ?all | neutral",
                // a syntax error anywhere is a permerror (section 4.6)
                "v=spf1 +all moo | permerror",
            })
    void evaluate_givesTheRecordsResult(String record, String expected) {
        dns.txt("example.com", record)
                .address("example.com", "192.0.2.99")
                .mx("example.com", 10, "mx.example.com")
                .address("mx.example.com", CLIENT)
                .address("10.2.0.192.list.example.net", "127.0.0.2")
                .txt("other.example.net", "v=spf1 ~all");
        assertThat(evaluate("alice@example.com").result().id()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "included {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // pass: the include matches
                "v=spf1 +all | pass",
                // fail, softfail, neutral: no match, on to ?all (section 5.2 table)
                "v=spf1 -all | neutral",
                "v=spf1 ~all | neutral",
                "v=spf1 ?all | neutral",
                // a TXT record that is not SPF: none, which include makes a permerror
                "not spf | permerror",
                // an error inside stays an error
                "v=spf1 include: | permerror",
            })
    void include_mapsTheIncludedResult_perSection5_2(String included, String expected) {
        dns.txt("example.com", "v=spf1 include:inc.example.com ?all")
                .txt("inc.example.com", included);
        assertThat(evaluate("alice@example.com").result().id()).isEqualTo(expected);
    }

    @Test
    void include_isTemperror_whenTheIncludedLookupFails() {
        dns.txt("example.com", "v=spf1 include:inc.example.com -all")
                .fail("inc.example.com", RrType.TXT, DnsAnswer.Failure.SERVFAIL);
        assertThat(evaluate("alice@example.com").result()).isEqualTo(SpfResult.TEMPERROR);
    }

    @Test
    void include_isPermerror_whenTheTargetDoesNotExist() {
        dns.txt("example.com", "v=spf1 include:missing.example.com -all");
        var evaluation = evaluate("alice@example.com");
        assertThat(evaluation.result()).isEqualTo(SpfResult.PERMERROR);
        assertThat(evaluation.trace().terms().getFirst().detail())
                .contains("has no SPF record")
                .contains("section 5.2");
    }

    @Test
    void redirect_isPermerror_whenTheTargetHasNoRecord() {
        dns.txt("example.com", "v=spf1 redirect=missing.example.com");
        assertThat(evaluate("alice@example.com").result()).isEqualTo(SpfResult.PERMERROR);
    }

    @Test
    void evaluate_isNone_withoutRecord_andTemperror_whenTxtFails() {
        dns.txt("example.com", "google-site-verification=abc")
                .fail("down.example.com", RrType.TXT, DnsAnswer.Failure.TIMEOUT);
        assertThat(evaluate("alice@example.com").result()).isEqualTo(SpfResult.NONE);
        assertThat(evaluate("alice@nowhere.example.com").result()).isEqualTo(SpfResult.NONE);
        assertThat(evaluate("alice@down.example.com").result()).isEqualTo(SpfResult.TEMPERROR);
    }

    @Test
    void evaluate_isPermerror_withTwoRecords_andIgnoresNonSpfLookalikes() {
        dns.txt("two.example.com", "v=spf1 -all")
                .txt("two.example.com", "V=SPF1 +all")
                .txt("one.example.com", "v=spf10 +all")
                .txt("one.example.com", "v=spf1 -all");
        assertThat(evaluate("a@two.example.com").result()).isEqualTo(SpfResult.PERMERROR);
        assertThat(evaluate("a@one.example.com").result()).isEqualTo(SpfResult.FAIL);
    }

    @Test
    void evaluate_checksHelo_forTheNullSender() {
        dns.txt("mail.example.org", "v=spf1 ip4:192.0.2.10 -all exp=why.example.org")
                .txt("why.example.org", "%{s} may not send");
        var pass = evaluate(CLIENT, "", "mail.example.org");
        var fail = evaluate("192.0.2.11", "", "mail.example.org");
        assertThat(pass.result()).isEqualTo(SpfResult.PASS);
        assertThat(fail.result()).isEqualTo(SpfResult.FAIL);
        assertThat(fail.explanation()).contains("postmaster@mail.example.org may not send");
    }

    @Test
    void dnsTerms_allowTen_andTheEleventhIsPermerror() {
        dns.txt("ten.example.com", "v=spf1 " + "a:x.example.com ".repeat(10) + "ip4:" + CLIENT)
                .txt("eleven.example.com", "v=spf1 " + "a:x.example.com ".repeat(11) + "+all")
                .address("x.example.com", "198.51.100.1");
        var ten = evaluate("a@ten.example.com");
        var eleven = evaluate("a@eleven.example.com");
        assertThat(ten.result()).isEqualTo(SpfResult.PASS);
        assertThat(ten.lookups()).isEqualTo(10);
        assertThat(eleven.result()).isEqualTo(SpfResult.PERMERROR);
        assertThat(eleven.lookups()).isEqualTo(10);
        assertThat(eleven.trace().terms().get(10).detail()).contains("section 4.6.4");
    }

    @Test
    void dnsTerms_countAcrossIncludes_inEvaluationOrder() {
        dns.txt("example.com", "v=spf1 include:a.example.com include:b.example.com -all")
                .txt("a.example.com", "v=spf1 a:x.example.com mx:x.example.com -all")
                .txt("b.example.com", "v=spf1 ip4:" + CLIENT)
                .address("x.example.com", "198.51.100.1")
                .mx("x.example.com", 10, "x.example.com");
        var evaluation = evaluate("alice@example.com");
        assertThat(evaluation.result()).isEqualTo(SpfResult.PASS);
        assertThat(evaluation.lookups()).isEqualTo(4);
        var terms = evaluation.trace().terms();
        assertThat(terms.get(0).child().orElseThrow().lookups()).isEqualTo(2);
        assertThat(terms.get(1).child().orElseThrow().lookups()).isZero();
        assertThat(evaluation.trace().lookups()).isEqualTo(4);
    }

    @Test
    void voidLookups_allowTwo_andTheThirdIsPermerror() {
        dns.txt("two.example.com", "v=spf1 a:n1.example.com a:n2.example.com ?all")
                .txt(
                        "three.example.com",
                        "v=spf1 a:n1.example.com a:n2.example.com a:n3.example.com ?all");
        var two = evaluate("a@two.example.com");
        var three = evaluate("a@three.example.com");
        assertThat(two.result()).isEqualTo(SpfResult.NEUTRAL);
        assertThat(two.voidLookups()).isEqualTo(2);
        assertThat(three.result()).isEqualTo(SpfResult.PERMERROR);
        assertThat(three.voidLookups()).isEqualTo(3);
    }

    @Test
    void mx_isPermerror_withMoreThanTenMxRecords() {
        dns.txt("example.com", "v=spf1 mx ?all");
        IntStream.range(0, 11).forEach(i -> dns.mx("example.com", i, "mx" + i + ".example.com"));
        assertThat(evaluate("alice@example.com").result()).isEqualTo(SpfResult.PERMERROR);
    }

    @Test
    void ptr_looksAtTheFirstTenNamesOnly() {
        dns.txt("example.com", "v=spf1 ptr -all");
        IntStream.range(0, 10)
                .forEach(i -> dns.ptr("10.2.0.192.in-addr.arpa", "h" + i + ".example.net"));
        dns.ptr("10.2.0.192.in-addr.arpa", "mail.example.com").address("mail.example.com", CLIENT);
        assertThat(evaluate("alice@example.com").result()).isEqualTo(SpfResult.FAIL);
    }

    @Test
    void ptr_matchesValidatedSubdomain_andPMacroPrefersIt() {
        dns.txt("example.com", "v=spf1 ptr -all exp=why.example.com")
                .txt("why.example.com", "from %{p}")
                .ptr("10.2.0.192.in-addr.arpa", "mail.example.com")
                .address("mail.example.com", CLIENT);
        assertThat(evaluate("alice@example.com").result()).isEqualTo(SpfResult.PASS);
        dns.txt("fail.example.com", "v=spf1 -all exp=why.example.com");
        assertThat(evaluate("alice@fail.example.com").explanation())
                .contains("from mail.example.com");
    }

    @Test
    void a_usesAaaaAndTheIpv6Prefix_forAnIpv6Client() {
        dns.txt("example.com", "v=spf1 a/32//64 -all")
                .address("example.com", "192.0.2.10")
                .address("example.com", "2001:db8::1");
        assertThat(evaluate("2001:db8::abcd", "alice@example.com", "").result())
                .isEqualTo(SpfResult.PASS);
        assertThat(evaluate("2001:db8:1::1", "alice@example.com", "").result())
                .isEqualTo(SpfResult.FAIL);
    }

    @Test
    void a_isTemperror_whenTheAddressLookupFails() {
        dns.txt("example.com", "v=spf1 a:down.example.com -all")
                .fail("down.example.com", RrType.A, DnsAnswer.Failure.SERVFAIL);
        var evaluation = evaluate("alice@example.com");
        assertThat(evaluation.result()).isEqualTo(SpfResult.TEMPERROR);
        assertThat(evaluation.trace().terms().getFirst().outcome()).isEqualTo(TermOutcome.ERROR);
    }

    @Test
    void explanation_comesFromTheRedirectTarget_notTheIncludedRecord() {
        dns.txt(
                        "example.com",
                        "v=spf1 include:inc.example.com exp=outer.example.com redirect=r.example.com")
                .txt("inc.example.com", "v=spf1 -all exp=inner.example.com")
                .txt("r.example.com", "v=spf1 -all exp=target.example.com")
                .txt("outer.example.com", "outer")
                .txt("inner.example.com", "inner")
                .txt("target.example.com", "%{d} refuses %{i}");
        var evaluation = evaluate("alice@example.com");
        assertThat(evaluation.result()).isEqualTo(SpfResult.FAIL);
        assertThat(evaluation.explanation()).contains("r.example.com refuses 192.0.2.10");
    }

    @Test
    void explanation_isEmpty_whenItsTextIsInvalid() {
        dns.txt("example.com", "v=spf1 -all exp=why.example.com").txt("why.example.com", "%{x}");
        var evaluation = evaluate("alice@example.com");
        assertThat(evaluation.result()).isEqualTo(SpfResult.FAIL);
        assertThat(evaluation.explanation()).isEmpty();
        assertThat(evaluation.trace().terms().get(1).outcome()).isEqualTo(TermOutcome.IGNORED);
    }

    @Test
    void trace_showsEachTermsOutcome_theQueries_andNestedRecords() {
        dns.txt("example.com", "v=spf1 a:x.example.com include:inc.example.com -all foo=bar")
                .address("x.example.com", "198.51.100.1")
                .txt("inc.example.com", "v=spf1 ip4:" + CLIENT);
        var trace = evaluate("alice@example.com").trace();
        assertThat(trace.domain()).isEqualTo("example.com");
        assertThat(trace.record())
                .contains("v=spf1 a:x.example.com include:inc.example.com -all foo=bar");
        assertThat(trace.queries())
                .extracting(DnsLookup::name, DnsLookup::type)
                .containsExactly(tuple("example.com", RrType.TXT));
        assertThat(trace.terms())
                .extracting(TermTrace::term, TermTrace::outcome)
                .containsExactly(
                        tuple("a:x.example.com", TermOutcome.NOT_MATCHED),
                        tuple("include:inc.example.com", TermOutcome.MATCHED),
                        tuple("-all", TermOutcome.NOT_REACHED),
                        tuple("foo=bar", TermOutcome.IGNORED));
        assertThat(trace.terms().getFirst().queries())
                .singleElement()
                .satisfies(
                        lookup -> {
                            assertThat(lookup.name()).isEqualTo("x.example.com");
                            assertThat(lookup.answer()).isEqualTo(DnsLookup.Answer.RECORDS);
                            assertThat(lookup.detail()).isEqualTo("198.51.100.1");
                        });
        var child = trace.terms().get(1).child().orElseThrow();
        assertThat(child.domain()).isEqualTo("inc.example.com");
        assertThat(child.result()).isEqualTo(SpfResult.PASS);
        assertThat(child.terms())
                .singleElement()
                .extracting(TermTrace::outcome)
                .isEqualTo(TermOutcome.MATCHED);
    }

    @Test
    void evaluate_isTemperror_whenDnsOutlastsTheTimeLimit() {
        DnsResolver silent = (name, type) -> new CompletableFuture<>();
        var options = SpfEvaluator.Options.defaults().withTimeLimit(Duration.ofMillis(200));
        long start = System.nanoTime();
        var evaluation =
                new SpfEvaluator(silent, options)
                        .evaluate(
                                new SpfRequest(InetAddress.ofLiteral(CLIENT), "a@example.com", ""));
        assertThat(evaluation.result()).isEqualTo(SpfResult.TEMPERROR);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void evaluate_givesTheSameEvaluation_withAndWithoutPrefetching() {
        dns.txt(
                        "example.com",
                        "v=spf1 include:a.example.com mx:b.example.com a:n.example.com ptr ?all")
                .txt("a.example.com", "v=spf1 exists:%{l}.a.example.com -all")
                .mx("b.example.com", 5, "mx.b.example.com")
                .address("mx.b.example.com", "198.51.100.7");
        var request = new SpfRequest(InetAddress.ofLiteral(CLIENT), "alice@example.com", "");
        var prefetched = new SpfEvaluator(dns).evaluate(request);
        var sequential =
                new SpfEvaluator(dns, SpfEvaluator.Options.defaults().withPrefetch(false))
                        .evaluate(request);
        assertThat(prefetched).isEqualTo(sequential);
        // exists, a and ptr come back void: the third void lookup (ptr) ends it
        assertThat(prefetched.result()).isEqualTo(SpfResult.PERMERROR);
        assertThat(prefetched.lookups()).isEqualTo(5);
        assertThat(prefetched.voidLookups()).isEqualTo(3);
    }
}
