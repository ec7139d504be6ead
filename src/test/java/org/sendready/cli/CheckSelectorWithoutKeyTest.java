package org.sendready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.testing.TestDnsServer;

/// `check --selector S` without `--dkim-key`, as DESIGN.md's contract allows: the published
/// key is judged on its own.
class CheckSelectorWithoutKeyTest {

    private static String[] check(TestDnsServer dns, String... extra) {
        var args =
                new java.util.ArrayList<>(
                        java.util.List.of(
                                "check",
                                "--domain",
                                "example.com",
                                "--hostname",
                                "mail.example.com",
                                "--ip",
                                "192.0.2.10",
                                "--selector",
                                "s1",
                                "--json",
                                "--dns",
                                dns.endpoint().display()));
        args.addAll(java.util.List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void publishedKey_isCheckedOnItsOwn_andSaidSo(@TempDir Path keys) throws Exception {
        var keygen =
                CliRun.of(
                        "dkim",
                        "keygen",
                        "--domain",
                        "example.com",
                        "--selector",
                        "s1",
                        "--out",
                        keys.toString());
        assertThat(keygen.exitCode()).as(keygen.err()).isZero();
        var zoneLine = Files.readString(keys.resolve("s1.txt"));
        try (var dns = TestDnsServer.start().zone("example.com.", zoneLine)) {
            var run = CliRun.of(check(dns));

            var json = new ObjectMapper().readTree(run.out());
            var dkim =
                    json.path("steps").findParents("id").stream()
                            .filter(s -> s.path("id").asText().equals("dkim"))
                            .findFirst()
                            .orElseThrow();
            assertThat(dkim.path("status").asText()).as(run.out()).isEqualTo("pass");
            assertThat(json.path("notes").get(0).asText())
                    .contains("selector 's1'")
                    .contains("not compared with a private key");
        }
    }

    @Test
    void missingRecord_withoutKey_isBadInputNamingWhatToGive() {
        try (var dns = TestDnsServer.start().zone("example.com.", "")) {
            var run = CliRun.of(check(dns));

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err())
                    .startsWith(
                            "sendready: --dkim-key: s1._domainkey.example.com has no DKIM key record")
                    .contains("give --dkim-key FILE");
        }
    }
}
