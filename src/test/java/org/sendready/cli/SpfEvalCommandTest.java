package org.sendready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.testing.Fault;
import org.sendready.testing.TestDnsServer;

/// `sendready spf eval` against a [TestDnsServer] on 127.0.0.1.
class SpfEvalCommandTest {
    private final ObjectMapper mapper = new ObjectMapper();

    private final TestDnsServer dns =
            TestDnsServer.start()
                    .zone(
                            "example.com",
                            """
                            @       TXT "v=spf1 include:_spf.example.com -all exp=why.example.com"
                            _spf    TXT "v=spf1 ip4:192.0.2.0/24 a:gone.example.com"
                            why     TXT "%{i} may not send for %{d}"
                            mail    TXT "v=spf1 a -all"
                            mail    A   198.51.100.25
                            broken  TXT "v=spf1 include:down.example.com -all"
                            """);

    @AfterEach
    void stopServer() {
        dns.close();
    }

    private String server() {
        return "127.0.0.1:" + dns.port();
    }

    @Test
    void json_printsResultCountsAndTrace_forAPass() throws IOException {
        var run =
                CliRun.of(
                        "spf",
                        "eval",
                        "--ip",
                        "192.0.2.7",
                        "--sender",
                        "alice@example.com",
                        "--dns",
                        server(),
                        "--json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run.err()).isEmpty();
        JsonNode json = mapper.readTree(run.out());
        assertThat(json.get("result").asText()).isEqualTo("pass");
        assertThat(json.get("explanation").isNull()).isTrue();
        assertThat(json.get("lookups").asInt()).isEqualTo(1);
        assertThat(json.get("voidLookups").asInt()).isZero();
        var trace = json.get("trace");
        assertThat(trace.get("domain").asText()).isEqualTo("example.com");
        assertThat(trace.get("queries").get(0).get("name").asText()).isEqualTo("example.com");
        var include = trace.get("terms").get(0);
        assertThat(include.get("term").asText()).isEqualTo("include:_spf.example.com");
        assertThat(include.get("outcome").asText()).isEqualTo("matched");
        var child = include.get("child");
        assertThat(child.get("result").asText()).isEqualTo("pass");
        assertThat(child.get("terms").get(0).get("outcome").asText()).isEqualTo("matched");
        assertThat(child.get("terms").get(1).get("outcome").asText()).isEqualTo("not-reached");
        assertThat(trace.get("terms").get(1).get("outcome").asText()).isEqualTo("not-reached");
    }

    @Test
    void json_carriesTheExplanation_andVoidLookups_forAFail() throws IOException {
        var run =
                CliRun.of(
                        "spf",
                        "eval",
                        "--ip",
                        "203.0.113.9",
                        "--sender",
                        "alice@example.com",
                        "--dns",
                        server(),
                        "--json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        JsonNode json = mapper.readTree(run.out());
        assertThat(json.get("result").asText()).isEqualTo("fail");
        assertThat(json.get("explanation").asText())
                .isEqualTo("203.0.113.9 may not send for example.com");
        assertThat(json.get("lookups").asInt()).isEqualTo(2);
        assertThat(json.get("voidLookups").asInt()).isEqualTo(1);
        var exp = json.get("trace").get("terms").get(2);
        assertThat(exp.get("outcome").asText()).isEqualTo("used");
        assertThat(exp.get("queries").get(0).get("answer").asText()).isEqualTo("records");
    }

    @Test
    void text_drawsTheTreeIndented() {
        var run =
                CliRun.of(
                        "spf",
                        "eval",
                        "--ip",
                        "203.0.113.9",
                        "--sender",
                        "alice@example.com",
                        "--dns",
                        server());
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        var nl = System.lineSeparator();
        assertThat(run.out())
                .startsWith(
                        "Result: fail"
                                + nl
                                + "Explanation: 203.0.113.9 may not send for example.com"
                                + nl
                                + "DNS lookups: 2 of 10, void lookups: 1 of 2"
                                + nl
                                + "Trace:"
                                + nl
                                + "  example.com: fail (2 lookups, 1 void)"
                                + nl)
                .contains(
                        nl
                                + "    include:_spf.example.com  [not matched] the included"
                                + " record gives neutral")
                .contains(nl + "      _spf.example.com: neutral (1 lookup, 1 void)" + nl)
                .contains(
                        nl
                                + "        a:gone.example.com  [not matched] gone.example.com"
                                + " does not exist (void lookup 1)"
                                + nl
                                + "          dns gone.example.com/A: no such name (NXDOMAIN)"
                                + nl)
                .contains(nl + "    -all  [matched] all matches every client" + nl);
    }

    @Test
    void nullSender_checksTheHeloName() throws IOException {
        var run =
                CliRun.of(
                        "spf",
                        "eval",
                        "--ip",
                        "198.51.100.25",
                        "--sender",
                        "",
                        "--helo",
                        "mail.example.com",
                        "--dns",
                        server(),
                        "--json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        var json = mapper.readTree(run.out());
        assertThat(json.get("result").asText()).isEqualTo("pass");
        assertThat(json.get("trace").get("domain").asText()).isEqualTo("mail.example.com");
    }

    @Test
    void temperror_stillExitsZero() throws IOException {
        dns.fault("down.example.com", Fault.servfail());
        var run =
                CliRun.of(
                        "spf",
                        "eval",
                        "--ip",
                        "192.0.2.7",
                        "--sender",
                        "bob@broken.example.com",
                        "--dns",
                        server(),
                        "--json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(mapper.readTree(run.out()).get("result").asText()).isEqualTo("temperror");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // not an IP address
                "--ip | mail.example.com | --sender | a@example.com | --ip",
                // a sender without '@'
                "--ip | 192.0.2.7 | --sender | example.com | --sender",
                // a sender whose domain is no domain
                "--ip | 192.0.2.7 | --sender | a@exa_mple..com | --sender",
                // the null sender without a HELO name
                "--ip | 192.0.2.7 | --sender | '' | --helo",
            })
    void badInput_exitsTwo_withOneLineNamingTheField(
            String ipOption, String ip, String senderOption, String sender, String field) {
        var run = CliRun.of("spf", "eval", ipOption, ip, senderOption, sender, "--dns", server());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(field).doesNotContain("Exception");
    }
}
