package org.sendready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpfCommandTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void spfParse_listsTermsInWords_andExitsZero() {
        var run =
                CliRun.of(
                        "spf",
                        "parse",
                        "v=spf1 ip4:192.0.2.0/24 +include:_spf.example.com ~mx -all");
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("Record: v=spf1 ip4:192.0.2.0/24 include:_spf.example.com ~mx -all")
                .containsPattern("1 +pass +ip4:192.0.2.0/24")
                .containsPattern("2 +pass +include:_spf.example.com")
                .containsPattern("3 +softfail +mx")
                .containsPattern("4 +fail +all")
                .contains("DNS lookups in this record: 2 of 10")
                .contains("Length: 57 octets, fits in one TXT string")
                .contains("Findings: none");
    }

    @Test
    void spfParse_printsFindings_andStillExitsZero() {
        var run = CliRun.of("spf", "parse", "v=spf1 ptr exp=x.example.com +all");
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run.out())
                .containsPattern("1 +pass +ptr")
                .containsPattern("2 +modifier +exp=x.example.com")
                .contains("warning  term 1: 'ptr' is slow")
                .contains("error    term 3: 'all' without a qualifier (or '+all')");
    }

    @Test
    void spfParse_reportsSyntaxErrorOnOneLine_withExitTwo() {
        var run = CliRun.of("spf", "parse", "v=spf1 ipv4:192.0.2.1 -all");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(
                        "sendready: spf: position 8: unknown mechanism 'ipv4' (did you mean"
                                + " 'ip4'?)"
                                + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // one pair of zone-file quotes
                "\"v=spf1 mx -all\"",
                // split strings, joined without a separator
                "\"v=spf1 m\" \"x -all\"",
                // surrounding whitespace
                "  v=spf1 mx -all \n",
            })
    void spfParse_acceptsPastedZoneFileQuoting(String pasted) {
        var run = CliRun.of("spf", "parse", pasted);
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run.out()).contains("Record: v=spf1 mx -all");
    }

    @Test
    void spfParse_rejectsBrokenQuoting_withExitTwo() {
        var run = CliRun.of("spf", "parse", "\"v=spf1 mx -all");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("sendready: record: position 1: the quote opened");
    }

    @Test
    void spfParseJson_printsOneObjectWithTermsLookupsAndFindings() throws IOException {
        var run =
                CliRun.of(
                        "spf",
                        "parse",
                        "--json",
                        "v=spf1 ip4:192.0.2.1/24 a:example.com/24//64 all redirect=x.example");
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        JsonNode json = mapper.readTree(run.out());
        assertThat(json.get("record").asText())
                .isEqualTo("v=spf1 ip4:192.0.2.1/24 a:example.com/24//64 all redirect=x.example");
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("dnsLookups").asInt()).isEqualTo(1);
        assertThat(json.get("length").asInt()).isEqualTo(67);
        var terms = json.get("terms");
        assertThat(terms).hasSize(4);
        assertThat(terms.get(0).get("qualifier").asText()).isEqualTo("pass");
        assertThat(terms.get(0).get("mechanism").asText()).isEqualTo("ip4");
        assertThat(terms.get(0).get("value").asText()).isEqualTo("192.0.2.1/24");
        assertThat(terms.get(1).get("value").asText()).isEqualTo("example.com/24//64");
        assertThat(terms.get(2).get("value").isNull()).isTrue();
        assertThat(terms.get(3).get("modifier").asText()).isEqualTo("redirect");
        assertThat(terms.get(3).get("value").asText()).isEqualTo("x.example");
        assertThat(terms.get(3).has("qualifier")).isFalse();
        var rules = json.get("findings").findValuesAsText("rule");
        assertThat(rules).containsExactly("host-bits", "pass-all", "redirect-ignored");
        var first = json.get("findings").get(0);
        assertThat(first.get("severity").asText()).isEqualTo("info");
        assertThat(first.get("termIndex").asInt()).isZero();
    }

    @Test
    void spfParseJson_describesTheSyntaxError_andExitsTwo() throws IOException {
        var run = CliRun.of("spf", "parse", "--json", "v=spf1 a/33");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        JsonNode json = mapper.readTree(run.out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("position").asInt()).isEqualTo(10);
        assertThat(json.get("reason").asText()).isEqualTo("IPv4 prefix length 33 is more than 32");
        assertThat(run.err()).startsWith("sendready: spf: position 10: IPv4 prefix length 33");
    }

    @Test
    void spf_withoutSubcommand_printsUsage() {
        var run = CliRun.of("spf");
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run.out()).contains("Usage: sendready spf").contains("parse");
    }

    @Test
    void spfParse_withoutRecord_isUsageError() {
        var run = CliRun.of("spf", "parse");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("Missing required parameter: 'RECORD'");
    }
}
