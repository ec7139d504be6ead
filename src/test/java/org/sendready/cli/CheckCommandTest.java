package org.sendready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendready.dnsbl.BlocklistCatalogue;
import org.sendready.testing.Fault;
import org.sendready.testing.TestDnsServer;

/// `sendready check` end to end: the command line in-process, asking a real DNS server on
/// 127.0.0.1 over UDP/TCP that serves the zones `sendready records --format bind --absolute`
/// prints for the same options.
class CheckCommandTest {
    private static final Pattern ZONE_HEADER = Pattern.compile("(?m)^; ---- Zone (\\S+).*$");

    private static final ObjectMapper JSON = new ObjectMapper();

    /// The resolver's own limit per query is 6 s (ResolverOptions.DEFAULT_DEADLINE) and the
    /// board's is 10 s (Checker.DEFAULT_DEADLINE); a dropped query must end within the board's
    /// deadline plus a margin for a busy machine.
    private static final Duration NEVER_HANGS = Duration.ofSeconds(20);

    /// The names the plan's checks ask about: forward names and the reverse names of the IPs.
    private static final List<String> ASKED_NAMES =
            List.of(
                    "example.com",
                    "mail.example.com",
                    "_dmarc.example.com",
                    "s1._domainkey.example.com",
                    "10.89.67.45.in-addr.arpa",
                    "0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.d.1.e.0.a.2.ip6.arpa");

    @TempDir static Path keys;

    private final TestDnsServer server = TestDnsServer.start();

    @BeforeAll
    static void generateKey() {
        var run =
                CliRun.of(
                        "dkim",
                        "keygen",
                        "--domain",
                        "example.com",
                        "--selector",
                        "s1",
                        "--bits",
                        "2048",
                        "--out",
                        keys.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /// The plan options shared by `records` and `check`.
    private static List<String> planOptions() {
        return List.of(
                "--domain",
                "example.com",
                "--hostname",
                "mail.example.com",
                "--ip",
                "45.67.89.10,2a0e:1d80::10",
                "--selector",
                "s1",
                "--dkim-key",
                keys.resolve("s1.private").toString());
    }

    private CliRun check(String... extra) {
        var args = new ArrayList<String>();
        args.add("check");
        args.addAll(planOptions());
        args.addAll(List.of("--dns", server.endpoint().display()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    /// Each zone section of `records --format bind --absolute`, by zone name.
    private static Map<String, String> zones(String... extra) {
        var args = new ArrayList<String>();
        args.add("records");
        args.addAll(planOptions());
        args.addAll(List.of("--format", "bind", "--absolute"));
        args.addAll(List.of(extra));
        var run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        var bind = run.out();
        var matcher = ZONE_HEADER.matcher(bind);
        var names = new ArrayList<String>();
        var starts = new ArrayList<Integer>();
        while (matcher.find()) {
            names.add(matcher.group(1));
            starts.add(matcher.start());
        }
        var zones = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : bind.length();
            zones.put(names.get(i), bind.substring(starts.get(i), end));
        }
        assertThat(zones).isNotEmpty();
        return zones;
    }

    /// Serves every zone of the plan with all its records.
    private void publishAll(String... extra) {
        zones(extra).forEach(server::zone);
    }

    /// Serves every zone of the plan, empty but for the SOA and NS the server adds.
    private void publishNothing() {
        zones().keySet().forEach(zone -> server.zone(zone, ""));
    }

    private static JsonNode json(CliRun run) throws Exception {
        return JSON.readTree(run.out());
    }

    private static List<JsonNode> steps(JsonNode board) {
        return StreamSupport.stream(board.get("steps").spliterator(), false).toList();
    }

    private static JsonNode step(JsonNode board, String id) {
        return steps(board).stream()
                .filter(s -> s.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step " + id + " in " + board));
    }

    @Test
    void check_exitsZero_withALinePerStepAndAllGreen_whenEveryRecordIsPublished() {
        publishAll();

        var run = check();

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.DONE);
        assertThat(run.err()).isEmpty();
        for (var id : List.of("host", "ptr", "spf", "dkim", "dmarc", "helo")) {
            assertThat(run.out()).containsPattern("(?m)^  " + id + " +(PASS|WARN) ");
        }
        assertThat(run.out()).doesNotContainPattern("(?m)^  mx ");
        assertThat(run.out()).contains("All green");
        assertThat(run.out()).contains(server.endpoint().display());
    }

    @Test
    void checkJson_printsTheContractObject_whenEveryRecordIsPublished() throws Exception {
        publishAll();

        var run = check("--json");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.DONE);
        var board = json(run);
        assertThat(board.get("domain").asText()).isEqualTo("example.com");
        assertThat(board.get("ok").asBoolean()).isTrue();
        assertThat(steps(board))
                .extracting(s -> s.get("id").asText())
                .containsExactly("host", "ptr", "spf", "dkim", "dmarc", "helo");
        assertThat(steps(board))
                .allSatisfy(
                        s -> {
                            assertThat(s.get("status").asText()).isIn("pass", "warn");
                            assertThat(s.has("summary")).isTrue();
                            assertThat(s.get("details").isArray()).isTrue();
                            assertThat(s.get("fix").isArray()).isTrue();
                        });
    }

    @Test
    void checkJson_listsTheMxStep_whenTheDomainReceivesMail() throws Exception {
        publishAll("--receives-mail");

        var run = check("--json", "--receives-mail");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.DONE);
        assertThat(steps(json(run)))
                .extracting(s -> s.get("id").asText())
                .containsExactly("host", "ptr", "mx", "spf", "dkim", "dmarc", "helo");
        assertThat(step(json(run), "mx").get("status").asText()).isIn("pass", "warn");
    }

    @Test
    void check_addsTheBlocklistStepLast_andFailsIt_whenAListListsTheAddress() throws Exception {
        publishAll();
        BlocklistCatalogue.standard().forEach(list -> server.zone(list.zone().ascii(), ""));
        server.add("zen.spamhaus.org", "10.89.67.45 A 127.0.0.2");

        var text = check("--dnsbl");
        var board = json(check("--dnsbl", "--json"));

        assertThat(text.exitCode()).as(text.err()).isEqualTo(ExitCode.NOT_GREEN);
        assertThat(text.out())
                .contains(
                        "  dnsbl   FAIL     Listed: 45.67.89.10 on Spamhaus ZEN; see the list's"
                                + " reason and removal page");
        assertThat(steps(board).getLast().get("id").asText()).isEqualTo("dnsbl");
        assertThat(step(board, "dnsbl").get("status").asText()).isEqualTo("fail");
        assertThat(step(board, "host").get("status").asText()).isEqualTo("pass");
    }

    @Test
    void check_asksNoBlocklist_withoutDnsbl() {
        publishAll();

        var run = check();

        assertThat(run.out()).doesNotContain("dnsbl");
        assertThat(server.queries("10.89.67.45.zen.spamhaus.org", "A")).isZero();
    }

    @Test
    void check_exitsOne_withPendingStepsAndTheExactFix_whenNothingIsPublished() throws Exception {
        publishNothing();

        var run = check("--json");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.NOT_GREEN);
        var board = json(run);
        assertThat(board.get("ok").asBoolean()).isFalse();
        assertThat(steps(board))
                .allSatisfy(s -> assertThat(s.get("status").asText()).isEqualTo("pending"));
        var spfFix = step(board, "spf").get("fix");
        assertThat(spfFix).hasSize(1);
        var record = spfFix.get(0);
        assertThat(record.get("name").asText()).isEqualTo("example.com");
        assertThat(record.get("type").asText()).isEqualTo("TXT");
        assertThat(record.get("value").asText())
                .isEqualTo(plannedSpf())
                .isEqualTo("v=spf1 ip4:45.67.89.10 ip6:2a0e:1d80::10 -all");
        assertThat(record.get("bind").asText())
                .startsWith("example.com.")
                .contains("TXT")
                .contains("\"" + plannedSpf() + "\"");
    }

    /// The SPF value `records` plans for example.com, read from its JSON output.
    private static String plannedSpf() {
        var args = new ArrayList<String>();
        args.add("records");
        args.addAll(planOptions());
        args.addAll(List.of("--format", "json"));
        var run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        try {
            for (var record : JSON.readTree(run.out()).findParents("purpose")) {
                if (record.get("purpose").asText().equalsIgnoreCase("spf")) {
                    return record.get("value").asText();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(run.out(), e);
        }
        throw new AssertionError("no SPF record in " + run.out());
    }

    @Test
    void check_printsAPublishBlockAndNotGreen_whenNothingIsPublished() {
        publishNothing();

        var run = check();

        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_GREEN);
        assertThat(run.out()).containsPattern("(?m)^  spf +PENDING ");
        assertThat(run.out()).contains("Publish:");
        assertThat(run.out()).contains("\"" + plannedSpf() + "\"");
        assertThat(run.out()).contains("Not green yet:");
    }

    @Test
    void checkPreview_passesTheTxtSteps_whenNothingIsPublished() throws Exception {
        publishNothing();

        var run = check("--preview", "--json");

        var board = json(run);
        for (var id : List.of("spf", "dkim", "dmarc", "helo")) {
            assertThat(step(board, id).get("status").asText()).as(id).isIn("pass", "warn");
        }
        boolean ok = board.get("ok").asBoolean();
        assertThat(run.exitCode()).isEqualTo(ok ? ExitCode.DONE : ExitCode.NOT_GREEN);
    }

    @Test
    void checkPreview_namesTheOverlay_inTheTextHeader() {
        publishNothing();

        var run = check("--preview");

        assertThat(run.out()).contains("with the plan's records laid over");
        assertThat(run.out()).containsPattern("(?m)^  spf +(PASS|WARN) ");
    }

    @Test
    void checkPreview_exitsTwo_withAOneLineMessage_whenCombinedWithAuthoritative() {
        var run = check("--preview", "--authoritative");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n").contains("--preview");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void check_reportsErrorWithinABound_whenTheServerDropsEveryQuery() throws Exception {
        publishAll();
        ASKED_NAMES.forEach(name -> server.fault(name, Fault.drop()));

        long start = System.nanoTime();
        var run = check("--json");
        var took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(NEVER_HANGS);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.NOT_GREEN);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        var board = json(run);
        assertThat(board.get("ok").asBoolean()).isFalse();
        assertThat(steps(board))
                .allSatisfy(s -> assertThat(s.get("status").asText()).isEqualTo("error"));
    }

    @Test
    void checkWatch_givesUpAfterTheTimeout_printingChangesAndAFinalBoard() {
        publishNothing();

        long start = System.nanoTime();
        var run = check("--watch", "--timeout", "2s");
        var took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.NOT_GREEN);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(2)).isLessThan(NEVER_HANGS);
        // a change line: clock, step, status
        assertThat(run.out()).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d spf +pending ");
        assertThat(run.out()).contains("sendready check example.com");
        assertThat(run.out()).containsPattern("(?m)^  spf +PENDING ");
        assertThat(run.out()).contains("Not green yet:");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not an address", // a name, not an IP
                "127.0.0.1:99999", // port out of range
                "127.0.0.1:", // empty port
                "" // nothing
            })
    void check_exitsTwo_forABadDnsValue(String dns) {
        var args = new ArrayList<String>();
        args.add("check");
        args.addAll(planOptions());
        args.addAll(List.of("--dns", dns));

        var run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--dns").doesNotContain("\tat ");
    }
}
