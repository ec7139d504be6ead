package org.sendready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DomainName;
import org.sendready.dnsbl.BlocklistCatalogue;
import org.sendready.dnsbl.BlocklistFile;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.ProjectFile;
import org.sendready.plan.SetupPlan;
import org.sendready.storage.WriteMode;
import org.sendready.testing.Fault;
import org.sendready.testing.TestDnsServer;

/// `sendready dnsbl` end to end: the command line in-process, a lists file pointing the
/// lists at test zones, and a DNS server on 127.0.0.1 serving them.
class DnsblCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /// A ZEN-like IP list and a DBL-like domain list, in the test server's zones.
    private static final String LISTS =
            """
            {"lists": [
              {"name": "zen", "title": "Test ZEN", "zone": "zen.test", "kind": "ip",
               "ipv6": true,
               "codes": [
                 {"answer": "127.0.0.4", "kind": "listed", "meaning": "XBL: exploited"},
                 {"answer": "127.255.255.254", "kind": "refused",
                  "meaning": "query via a public resolver"}],
               "removal": "https://zen.test/remove",
               "note": "Refuses public resolvers."},
              {"name": "dbl", "zone": "dbl.test", "kind": "domain",
               "codes": [{"answer": "127.0.1.2", "kind": "listed", "meaning": "spam domain"}]}
            ]}
            """;

    @TempDir Path folder;

    private final TestDnsServer server = TestDnsServer.start();
    private Path lists;

    @BeforeEach
    void serveEmptyLists() throws Exception {
        server.zone("zen.test", "").zone("dbl.test", "");
        lists = folder.resolve("lists.json");
        Files.writeString(lists, LISTS);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRun run(String... args) {
        var all = new ArrayList<>(List.of("dnsbl", "--lists-file", lists.toString()));
        all.addAll(List.of("--dns", server.address().getHostAddress() + ":" + server.port()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void dnsbl_exitsZero_andSaysSo_whenNothingIsListed() {
        var run = run("--ip", "45.67.89.10", "--domain", "example.com");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("45.67.89.10\n  zen            NOT LISTED\n")
                .contains("example.com\n  dbl            NOT LISTED\n")
                .endsWith("Not listed on any of the 2 lists.\n");
        assertThat(server.queries("10.89.67.45.zen.test", "A")).isEqualTo(1);
        assertThat(server.queries("example.com.dbl.test", "A")).isEqualTo(1);
    }

    @Test
    void dnsbl_exitsOne_andExplainsTheCodeAndTheReason_whenAnAddressIsListed() {
        server.add(
                "zen.test",
                """
                10.89.67.45 A 127.0.0.4
                10.89.67.45 TXT "https://zen.test/query/45.67.89.10"
                """);

        var run = run("--ip", "45.67.89.10");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_GREEN);
        assertThat(run.out())
                .contains("  zen            LISTED      listed: 127.0.0.4 (XBL: exploited)\n")
                .contains("reason: https://zen.test/query/45.67.89.10\n")
                .contains("removal: https://zen.test/remove\n")
                .endsWith("Listed: 45.67.89.10 on zen.\n");
    }

    @Test
    void dnsbl_readsTheRefusalAsNoVerdict_neverAsListed() {
        server.add("zen.test", "10.89.67.45 A 127.255.255.254");

        var run = run("--ip", "45.67.89.10");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_GREEN);
        assertThat(run.out())
                .doesNotContain("LISTED ")
                .contains(
                        "REFUSED     query refused, not a listing: 127.255.255.254 (query via a"
                                + " public resolver)")
                .contains("Refuses public resolvers.")
                .endsWith(
                        "Nothing listed as far as the lists answered, but 1 gave no verdict"
                                + " (45.67.89.10 on zen refused this resolver); ask through your"
                                + " own resolver with --dns.\n");
    }

    @Test
    void dnsbl_asksIpv6AddressesByNibbles_andReportsAServerFailureAsAnError() {
        server.fault(
                "0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.d.1.e.0.a.2.zen.test",
                Fault.servfail());

        var run = run("--ip", "2a0e:1d80::10");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_GREEN);
        assertThat(run.out())
                .contains("  zen            ERROR       no verdict: the server failed (SERVFAIL)");
    }

    @Test
    void dnsbl_printsOneJsonObject_withTheCodesAndTheirMeanings() throws Exception {
        server.add("dbl.test", "example.com A 127.0.1.2");

        var run = run("--ip", "45.67.89.10", "--domain", "example.com", "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_GREEN);
        var root = JSON.readTree(run.out());
        assertThat(root.path("ok").asBoolean()).isFalse();
        assertThat(root.path("listed").asBoolean()).isTrue();
        assertThat(root.path("lists").toString()).isEqualTo("[\"zen\",\"dbl\"]");
        var domain = root.path("results").get(1);
        assertThat(domain.path("target").asText()).isEqualTo("example.com");
        assertThat(domain.path("query").asText()).isEqualTo("example.com.dbl.test");
        assertThat(domain.path("status").asText()).isEqualTo("listed");
        assertThat(domain.path("codes").toString())
                .isEqualTo(
                        "[{\"answer\":\"127.0.1.2\",\"kind\":\"listed\",\"meaning\":\"spam"
                                + " domain\"}]");
        assertThat(root.path("results").get(0).path("status").asText()).isEqualTo("not-listed");
    }

    @Test
    void dnsbl_checksTheProjectsAddressesAndDomains() throws Exception {
        var project = folder.resolve("p.sendready.json");
        var plan =
                SetupPlan.start(
                                DomainName.parse("example.com"),
                                List.of(
                                        PlanFixtures.host(
                                                "mail.example.com", "45.67.89.10", "10.0.0.5")),
                                List.of())
                        .withBounceDomain(Optional.of(DomainName.parse("bounce.example.com")));
        ProjectFile.save(project, plan, WriteMode.CREATE_NEW);

        var run = run("--project", project.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Skipped: 10.0.0.5 is in 10.0.0.0/8, a private range")
                .contains("\n45.67.89.10\n")
                .contains("\nexample.com\n")
                .contains("\nbounce.example.com\n");
    }

    @Test
    void dnsbl_asksOnlyTheNamedLists() {
        var run = run("--ip", "45.67.89.10", "--domain", "example.com", "--list", "dbl");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("45.67.89.10\n  no list of the set covers IP addresses");
        assertThat(server.queries("10.89.67.45.zen.test", "A")).isZero();
    }

    @Test
    void showLists_printsTheCatalogue_inTheListsFileFormat() {
        var run = CliRun.of("dnsbl", "--show-lists");

        assertThat(run.exitCode()).isZero();
        assertThat(BlocklistFile.parse(run.out(), "output"))
                .isEqualTo(BlocklistCatalogue.standard());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // nothing to look up
                "--json | sendready: --ip: is missing; give --project FILE, or --ip IP and/or"
                        + " --domain DOMAIN",
                // only an address no list can list
                "--ip 192.168.1.10 | sendready: --ip: 192.168.1.10 is in 192.168.0.0/16, a"
                        + " private range (RFC 1918); it is not reachable from the internet, so"
                        + " no blocklist lists it; give a public address, or a domain",
                // a host name is not an address
                "--ip mail.example.com | sendready: --ip: 'mail.example.com' is not an IP address",
                // a list that does not exist
                "--ip 45.67.89.10 --list spamhaus | sendready: --list: no list is named"
                        + " 'spamhaus'; the lists are zen, dbl",
                // both sources at once
                "--project p.json --ip 45.67.89.10 | sendready: --project: cannot be combined"
                        + " with --ip or --domain"
            })
    void dnsbl_exitsTwo_withOneLine_forBadInput(String args, String message) {
        var run = run(args.split(" "));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith(message).doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void dnsbl_exitsTwo_forABrokenListsFile() throws Exception {
        Files.writeString(lists, "{\"lists\": [{\"name\": \"a\", \"kind\": \"ip\"}]}");

        var run = run("--ip", "45.67.89.10");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .isEqualTo("sendready: lists file " + lists + ": lists[0].zone: is missing\n");
    }
}
