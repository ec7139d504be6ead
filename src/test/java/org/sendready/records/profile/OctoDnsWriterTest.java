package org.sendready.records.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.input.InvalidInput;

class OctoDnsWriterTest {

    private static final String SETUP = new OctoDnsWriter().write(Fixtures.setup());

    /// Quotes, a backslash, semicolons and a YAML single quote, all of which octoDNS carries.
    private static final String TRICKY = "say \"hi\"; it's at C:\\mail\\ ok; done";

    /// Loads YAML the way octoDNS's YamlProvider does, refusing mappings whose keys are not in
    /// natural order (a re-implementation of `SortEnforcingLoader`), and prints it as JSON.
    private static final String LOADER =
            """
            import json, re, sys, yaml
            def natural(key):
                parts = re.split(r'(\\d+)', key)
                return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))
            class Loader(yaml.SafeLoader):
                pass
            def mapping(loader, node):
                pairs = loader.construct_pairs(node, deep=True)
                keys = [k for k, _ in pairs]
                if keys != sorted(keys, key=natural):
                    raise ValueError('keys out of order: %s' % keys)
                return dict(pairs)
            Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
            print(json.dumps(list(yaml.load_all(sys.stdin, Loader))))
            """;

    @Test
    void octodns_escapesSemicolons() {
        assertThat(SETUP)
                .contains("value: 'v=DMARC1\\; p=none\\; rua=mailto:dmarc@example.com'")
                .contains("value: 'v=DKIM1\\; k=rsa\\; p=MII");
    }

    @Test
    void octodns_keepsLongDkimAsOneValue_forOctoDnsToChunk() {
        var line =
                SETUP.lines()
                        .filter(l -> l.startsWith("  value: 'v=DKIM1"))
                        .findFirst()
                        .orElseThrow();
        var value = line.substring("  value: '".length(), line.length() - 1);
        assertThat(unescape(value)).isEqualTo(Fixtures.DKIM_4096);
    }

    @Test
    void octodns_escapesBackslashes_keepsDoubleQuotes_andDoublesSingleQuotes() {
        var output = new OctoDnsWriter().write(Fixtures.txtAt("note", TRICKY));
        assertThat(output).contains("value: 'say \"hi\"\\; it''s at C:\\\\mail\\\\ ok\\; done'");
    }

    @Test
    void octodns_usesEmptyKeyForApex_andListsTheTypesOfOneName() {
        assertThat(SETUP)
                .contains(
                        """
                        '':
                          - ttl: 3600
                            type: MX
                            value:
                              exchange: 'mail.example.com.'
                              preference: 10
                          - ttl: 3600
                            type: TXT
                            value: 'v=spf1 ip4:192.0.2.1 -all'
                        """)
                .contains(
                        """
                        'mail':
                          - ttl: 3600
                            type: A
                            value: '192.0.2.1'
                          - ttl: 3600
                            type: AAAA
                            value: '2001:db8::25'
                        """);
    }

    @Test
    void octodns_writesNamesInNaturalOrder() {
        var names = SETUP.lines().filter(l -> l.startsWith("'")).toList();
        assertThat(names).containsExactly("'':", "'_dmarc':", "'mail':", "'s2024._domainkey':");
    }

    @Test
    void octodns_mergesRecordsOfOneNameAndType_intoValues() {
        assertThat(new OctoDnsWriter().write(Fixtures.redundant()))
                .contains(
                        """
                        '':
                          ttl: 3600
                          type: MX
                          values:
                            - exchange: 'mx1.example.com.'
                              preference: 10
                            - exchange: 'mx2.example.com.'
                              preference: 20
                        'mx1':
                          ttl: 3600
                          type: A
                          values:
                            - '192.0.2.1'
                            - '192.0.2.2'
                        """);
    }

    @Test
    void octodns_listsPtrAsComment_andNamesTheIdnZoneFile() {
        assertThat(SETUP).doesNotContain("type: PTR").contains("# PTR 1.2.0.192.in-addr.arpa");
        assertThat(new OctoDnsWriter().write(Fixtures.idn()))
                .contains("# octoDNS zone file config/xn--bcher-kva.example.yaml for zone")
                .contains("(bücher.example)")
                .contains("exchange: 'mail.xn--bcher-kva.example.'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // octoDNS's validator: "non ASCII character"
                "grüße                      | printable ASCII",
                // loading strips a first and last '"' as chunk quotes
                "\"quoted\" at the start    | leading",
                // loading deletes '" "' as the seam between chunks
                "a \"b\" \"c\"              | seam between chunks",
                // the validator calls '\\;' a double-escaped ';'
                "backslash\\; then semicolon | double-escaped"
            })
    void octodns_refusesValues_itCannotCarry(String text, String reason) {
        assertThatThrownBy(() -> new OctoDnsWriter().write(Fixtures.txtAt("x", text.strip())))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("profile: octoDNS cannot hold the TXT value of x.example")
                .hasMessageContaining(reason);
    }

    @Test
    void octodns_loadsAsYaml_withSortedKeys_andEveryValueIntact(@TempDir Path dir)
            throws Exception {
        var python = ExternalTool.find("python3");
        assumeTrue(python.isPresent(), "python3 is not installed");
        assumeTrue(
                ExternalTool.run(dir, "", python.get().toString(), "-c", "import yaml").exitCode()
                        == 0,
                "PyYAML is not installed");
        var yaml =
                SETUP
                        + new OctoDnsWriter().write(Fixtures.txtAt("note", TRICKY))
                        + new OctoDnsWriter().write(Fixtures.redundant());
        var script = dir.resolve("load.py");
        Files.writeString(script, LOADER);
        var result = ExternalTool.run(dir, yaml, python.get().toString(), script.toString());
        assertThat(result.exitCode()).as(result.stderr()).isZero();

        var documents = new ObjectMapper().readTree(result.stdout());
        assertThat(documents).hasSize(3);
        var zone = documents.get(0);
        assertThat(unescape(zone.get("s2024._domainkey").get("value").asText()))
                .isEqualTo(Fixtures.DKIM_4096);
        assertThat(zone.get("").get(0).get("value").get("exchange").asText())
                .isEqualTo("mail.example.com.");
        assertThat(zone.get("mail").get(1).get("value").asText()).isEqualTo("2001:db8::25");
        assertThat(unescape(documents.get(1).get("note").get("value").asText())).isEqualTo(TRICKY);
    }

    /// Undoes octoDNS's zone-file escaping (`\;`, `\\`).
    private static String unescape(String value) {
        return value.replaceAll("\\\\(.)", "$1");
    }
}
