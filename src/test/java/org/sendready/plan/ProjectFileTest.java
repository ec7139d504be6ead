package org.sendready.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;
import org.sendready.storage.WriteMode;

class ProjectFileTest {
    @TempDir Path dir;

    @Test
    void saveThenLoad_givesTheSamePlan() {
        var file = dir.resolve("example" + ProjectFile.EXTENSION);
        var plan =
                PlanFixtures.example()
                        .withReceivesMail(true)
                        .withBounceDomain(Optional.of(DomainName.parse("bounces.example.com")))
                        .withDmarc(
                                DmarcPolicy.parse(
                                        "v=DMARC1; p=quarantine; rua=mailto:d@example.net"))
                        .withTtls(Ttls.defaults().withDkim(Duration.ofMinutes(5)));

        ProjectFile.save(file, plan, WriteMode.CREATE_NEW);

        assertThat(ProjectFile.load(file)).isEqualTo(plan);
    }

    @Test
    void save_storesIdnDomainAsALabel() throws IOException {
        var file = dir.resolve("idn.json");
        var plan =
                SetupPlan.start(
                        DomainName.parse("bücher.example"),
                        List.of(PlanFixtures.host("mail.bücher.example", "192.0.2.1")),
                        List.of());

        ProjectFile.save(file, plan, WriteMode.CREATE_NEW);

        assertThat(Files.readString(file)).contains("\"domain\" : \"xn--bcher-kva.example\"");
    }

    @Test
    void save_storesKeyPathRelativeToTheProjectFolder_andLoadResolvesIt() throws IOException {
        var keyFile = dir.resolve("keys/s2026.private");
        var plan =
                PlanFixtures.example()
                        .withDkimKeys(
                                List.of(PlanFixtures.rsaKey("s2026", 1024, Optional.of(keyFile))));
        var file = dir.resolve("p.json");

        ProjectFile.save(file, plan, WriteMode.CREATE_NEW);

        assertThat(Files.readString(file)).contains("\"privateKeyFile\" : \"keys/s2026.private\"");
        assertThat(ProjectFile.load(file).dkimKeys().getFirst().privateKeyFile())
                .contains(keyFile.toAbsolutePath());
    }

    @Test
    void save_refusesToReplaceAnExistingFile_inCreateNewMode() throws IOException {
        var file = dir.resolve("p.json");
        Files.writeString(file, "precious");

        assertThatThrownBy(
                        () -> ProjectFile.save(file, PlanFixtures.example(), WriteMode.CREATE_NEW))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void save_replacesAtomically_inOverwriteMode_leavingNoTemporaryFile() throws IOException {
        var file = dir.resolve("p.json");
        ProjectFile.save(file, PlanFixtures.example(), WriteMode.CREATE_NEW);
        var changed = PlanFixtures.example().withReceivesMail(true);

        ProjectFile.save(file, changed, WriteMode.OVERWRITE);

        assertThat(ProjectFile.load(file)).isEqualTo(changed);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // truncated JSON: says where it broke
                "{\"sendready\": \"project\", \"version\": 1, | is not valid JSON at line 1",
                // someone else's JSON
                "{\"name\": \"x\"} | is not a sendready project file",
                // written by a future version
                "{\"sendready\": \"project\", \"version\": 7} | was written by a newer sendready (project format 7",
                // a version that is not a number
                "{\"sendready\": \"project\", \"version\": \"one\"} | has no valid format version",
                // an array, not an object
                "[1, 2] | no JSON object",
            })
    void load_rejectsFilesItCannotRead_andLeavesThemUnchanged(String content, String reason)
            throws IOException {
        var file = dir.resolve("bad.json");
        Files.writeString(file, content);

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("project file " + file)
                .hasMessageContaining(reason);
        assertThat(Files.readString(file)).isEqualTo(content);
    }

    @Test
    void load_namesTheJsonFieldOfABadValue() throws IOException {
        var file = dir.resolve("p.json");
        ProjectFile.save(file, PlanFixtures.example(), WriteMode.CREATE_NEW);
        var text = Files.readString(file).replace("\"2001:db8::10\"", "\"2001:db8::zz\"");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ProjectFile.load(file))
                .hasMessageStartingWith("project file " + file + ": hosts[0].addresses[1]: ");
    }

    @Test
    void load_namesTheRecordField_whenSpfDoesNotParse() throws IOException {
        var file = dir.resolve("p.json");
        ProjectFile.save(file, PlanFixtures.example(), WriteMode.CREATE_NEW);
        Files.writeString(file, Files.readString(file).replace("-all", "ipv4:1.2.3.4 -all"));

        assertThatThrownBy(() -> ProjectFile.load(file))
                .hasMessageContaining(": spf: ")
                .hasMessageContaining("unknown mechanism 'ipv4'");
    }

    @Test
    void load_saysTheFileIsMissing() {
        assertThatThrownBy(() -> ProjectFile.load(dir.resolve("nope.json")))
                .hasMessageEndingWith("nope.json: does not exist");
    }
}
