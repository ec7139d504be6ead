package org.sendready.records.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DnsControlWriterTest {

    private static final String SETUP = new DnsControlWriter().write(Fixtures.setup());

    /// Stand-ins for DNSControl's functions that record what the script declares.
    private static final String DSL_STUBS =
            """
            const records = [], domains = [];
            function NewRegistrar(n) { return n; }
            function NewDnsProvider(n) { return n; }
            function DnsProvider(p) { return { provider: p }; }
            function TTL(t) { return { ttl: t }; }
            function rec(type) {
              return function (name, ...args) {
                const ttl = args.find(a => a && a.ttl);
                records.push({ type, name, args: args.filter(a => !(a && a.ttl)), ttl: ttl.ttl });
              };
            }
            const A = rec("A"), AAAA = rec("AAAA"), MX = rec("MX"), TXT = rec("TXT");
            function D(name, registrar, provider) { domains.push({ name, records: records.splice(0) }); }
            """;

    @Test
    void dnscontrol_writesRelativeNames_andAtForApex() {
        assertThat(SETUP)
                .contains("A(\"mail\", \"192.0.2.1\", TTL(3600))")
                .contains("AAAA(\"mail\", \"2001:db8::25\", TTL(3600))")
                .contains("TXT(\"@\", \"v=spf1 ip4:192.0.2.1 -all\", TTL(3600))")
                .contains("TXT(\"_dmarc\", ");
    }

    @Test
    void dnscontrol_endsMxTargetsWithADot() {
        assertThat(SETUP).contains("MX(\"@\", 10, \"mail.example.com.\", TTL(3600))");
    }

    @Test
    void dnscontrol_givesLongDkimAsOneString_forDnsControlToSplit() {
        var call =
                Pattern.compile("TXT\\(\"s2024\\._domainkey\", (\"[^\"]*\"), TTL\\(3600\\)\\)")
                        .matcher(SETUP);
        assertThat(call.find()).isTrue();
        assertThat(Decode.javaScript(call.group(1))).isEqualTo(Fixtures.DKIM_4096);
        assertThat(Fixtures.DKIM_4096.length()).isGreaterThan(3 * 240);
    }

    @Test
    void dnscontrol_escapesQuotesBackslashesAndNonAscii() {
        var output = new DnsControlWriter().write(Fixtures.txtAt("note", Fixtures.AWKWARD));
        var call = Pattern.compile("TXT\\(\"note\", (\".*\"), TTL").matcher(output);
        assertThat(call.find()).isTrue();
        assertThat(Decode.javaScript(call.group(1))).isEqualTo(Fixtures.AWKWARD);
        assertThat(output.chars().allMatch(c -> c < 0x80)).isTrue();
    }

    @Test
    void dnscontrol_writesIdnZoneAsALabels_withUnicodeInAComment() {
        var output = new DnsControlWriter().write(Fixtures.idn());
        assertThat(output)
                .contains("// Zone xn--bcher-kva.example (bücher.example)")
                .contains("D(\"xn--bcher-kva.example\", REG_NONE, DnsProvider(DSP_MAIN),")
                .contains("MX(\"@\", 5, \"mail.xn--bcher-kva.example.\", TTL(3600))");
    }

    @Test
    void dnscontrol_listsPtrAsComment_notAsRecord() {
        assertThat(SETUP)
                .doesNotContain("PTR(")
                .contains(
                        "// PTR 1.2.0.192.in-addr.arpa -> mail.example.com (reverse DNS of"
                                + " 192.0.2.1)")
                .contains("(reverse DNS of 2001:db8::25)");
    }

    @Test
    void dnscontrol_warnsThatDDeclaresTheWholeZone() {
        assertThat(SETUP).contains("deletes records it does not").contains("D_EXTEND");
    }

    @Test
    void dnscontrol_runsInNode_withEveryValueIntact(@TempDir Path dir) throws Exception {
        var node = ExternalTool.find("node");
        assumeTrue(node.isPresent(), "node is not installed");
        var awkward = new DnsControlWriter().write(Fixtures.txtAt("note", Fixtures.AWKWARD));
        var script = DSL_STUBS + SETUP + awkward + "\nconsole.log(JSON.stringify(domains));\n";
        var result = ExternalTool.run(dir, script, node.get().toString(), "-");
        assertThat(result.exitCode()).as(result.stderr()).isZero();

        JsonNode domains = new ObjectMapper().readTree(result.stdout());
        assertThat(domains).hasSize(2);
        var records = domains.get(0).get("records");
        assertThat(domains.get(0).get("name").asText()).isEqualTo("example.com");
        assertThat(records).hasSize(6);
        assertThat(records.get(4).get("name").asText()).isEqualTo("s2024._domainkey");
        assertThat(records.get(4).get("args").get(0).asText()).isEqualTo(Fixtures.DKIM_4096);
        assertThat(records.get(2).get("args").get(0).asInt()).isEqualTo(10);
        assertThat(domains.get(1).get("records").get(0).get("args").get(0).asText())
                .isEqualTo(Fixtures.AWKWARD);
    }
}
