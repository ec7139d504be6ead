package org.sendready.dnsbl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

class BlocklistFileTest {

    @Test
    void write_thenParse_givesTheCatalogueBack() {
        var catalogue = BlocklistCatalogue.standard();

        var text = BlocklistFile.write(catalogue);

        assertThat(BlocklistFile.parse(text, "lists")).isEqualTo(catalogue);
        assertThat(BlocklistFile.write(BlocklistFile.parse(text, "lists"))).isEqualTo(text);
    }

    @Test
    void parse_givesRfc5782Defaults_forAMinimalEntry() {
        var lists =
                BlocklistFile.parse(
                        """
                        {"lists": [{"name": "local", "zone": "bl.example.net", "kind": "ip"}]}
                        """,
                        "lists");

        assertThat(lists)
                .singleElement()
                .satisfies(
                        list -> {
                            assertThat(list.title()).isEqualTo("local");
                            assertThat(list.zone()).isEqualTo(DomainName.parse("bl.example.net"));
                            assertThat(list.ipv6()).isFalse();
                            assertThat(list.codes()).isEqualTo(ReturnCodes.rfc5782());
                            assertThat(list.info()).isEmpty();
                            assertThat(list.note()).isEqualTo(Optional.empty());
                        });
    }

    @Test
    void read_readsAFile(@TempDir Path folder) throws Exception {
        var file = folder.resolve("lists.json");
        Files.writeString(
                file,
                """
                {"lists": [
                  {"name": "rhs", "zone": "rhs.example.net", "kind": "domain",
                   "codes": [{"answer": "127.0.0.1", "kind": "refused", "meaning": "blocked"}],
                   "bits": [{"bit": 2, "meaning": "black"}]}]}
                """);

        var lists = BlocklistFile.read(file);

        assertThat(lists).extracting(Blocklist::kind).containsExactly(ListKind.DOMAIN);
        assertThat(lists.getFirst().codes().bits())
                .containsExactly(new ReturnCodes.Bit(2, "black"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // not JSON at all
                "{lists: | lists: is not valid JSON at line 1",
                // no lists
                "{\"lists\": []} | lists: has no lists",
                // a field the format does not have, e.g. a typo
                "{\"lists\": [{\"name\": \"a\", \"zone\": \"a.example\", \"kind\": \"ip\","
                        + " \"zon\": \"x\"}]} | lists: lists[0]: has an unknown field \"zon\"",
                // the zone is missing
                "{\"lists\": [{\"name\": \"a\", \"kind\": \"ip\"}]} | lists: lists[0].zone: is"
                        + " missing",
                // a kind that is neither ip nor domain
                "{\"lists\": [{\"name\": \"a\", \"zone\": \"a.example\", \"kind\": \"url\"}]} |"
                        + " lists: lists[0].kind: 'url' is not a kind; expected ip or domain",
                // a name with capitals
                "{\"lists\": [{\"name\": \"Zen\", \"zone\": \"a.example\", \"kind\": \"ip\"}]}"
                        + " | lists: lists[0].name: 'Zen' is not a list name",
                // an answer outside 127/8
                "{\"lists\": [{\"name\": \"a\", \"zone\": \"a.example\", \"kind\": \"ip\","
                        + " \"codes\": [{\"answer\": \"10.0.0.2\", \"kind\": \"listed\","
                        + " \"meaning\": \"x\"}]}]} | lists: lists[0].codes[0].answer: 10.0.0.2 is"
                        + " not in 127.0.0.0/8",
                // a bit that is two bits
                "{\"lists\": [{\"name\": \"a\", \"zone\": \"a.example\", \"kind\": \"domain\","
                        + " \"bits\": [{\"bit\": 6, \"meaning\": \"x\"}]}]} | lists:"
                        + " lists[0].bits[0].bit: must be one bit",
                // the same name twice
                "{\"lists\": [{\"name\": \"a\", \"zone\": \"a.example\", \"kind\": \"ip\"},"
                        + " {\"name\": \"a\", \"zone\": \"b.example\", \"kind\": \"ip\"}]} |"
                        + " lists: lists[1].name: 'a' appears twice",
                // IPv6 coverage on a domain list
                "{\"lists\": [{\"name\": \"a\", \"zone\": \"a.example\", \"kind\": \"domain\","
                        + " \"ipv6\": true}]} | lists: lists[0].ipv6: applies only"
            })
    void parse_namesTheFieldAndTheReason(String text, String message) {
        assertThatThrownBy(() -> BlocklistFile.parse(text, "lists"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void read_saysSo_whenTheFileIsMissing(@TempDir Path folder) {
        var file = folder.resolve("none.json");

        assertThatThrownBy(() -> BlocklistFile.read(file))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("lists file " + file + ": does not exist");
    }

    @Test
    void select_keepsTheNamedOrder_andRefusesAnUnknownName() {
        var catalogue = BlocklistCatalogue.standard();

        assertThat(BlocklistCatalogue.select(catalogue, List.of("uribl", "spamcop"), "--list"))
                .extracting(Blocklist::name)
                .containsExactly("uribl", "spamcop");
        assertThat(BlocklistCatalogue.select(catalogue, List.of(), "--list")).isEqualTo(catalogue);
        assertThatThrownBy(() -> BlocklistCatalogue.select(catalogue, List.of("zen"), "--list"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith(
                        "--list: no list is named 'zen'; the lists are spamhaus-zen, barracuda");
    }
}
