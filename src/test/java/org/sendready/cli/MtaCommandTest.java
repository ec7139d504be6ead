package org.sendready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MtaCommandTest {
    @TempDir static Path keys;

    @BeforeAll
    static void generateKeys() {
        for (var args :
                new String[][] {
                    {"--selector", "rsa2026"}, {"--selector", "ed2026", "--algorithm", "ed25519"}
                }) {
            var run =
                    CliRun.of(
                            concat(
                                    new String[] {
                                        "dkim",
                                        "keygen",
                                        "--domain",
                                        "example.com",
                                        "--out",
                                        keys.toString()
                                    },
                                    args));
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        var all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String[] plan(String... extra) {
        return concat(
                new String[] {
                    "mta",
                    "--domain",
                    "example.com",
                    "--hostname",
                    "mail.example.com",
                    "--ip",
                    "192.0.2.10",
                    "--selector",
                    "rsa2026",
                    "--dkim-key",
                    keys.resolve("rsa2026.private").toString(),
                    "--selector",
                    "ed2026",
                    "--dkim-key",
                    keys.resolve("ed2026.private").toString()
                },
                extra);
    }

    @Test
    void openDkim_printsPostfixAndEveryOpenDkimFile_forBothKeys() {
        var run = CliRun.of(plan());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("smtpd_milters = inet:127.0.0.1:8891")
                .contains(
                        "rsa2026._domainkey.example.com"
                                + " example.com:rsa2026:/etc/opendkim/keys/example.com/rsa2026.private")
                .contains("ed2026._domainkey.example.com")
                .contains("# /etc/opendkim/KeyTable\n");
    }

    @Test
    void rspamd_listsBothSelectorsOfTheDomain() {
        var run = CliRun.of(plan("--filter", "rspamd"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("smtpd_milters = inet:localhost:11332")
                .contains("selector = \"rsa2026\"")
                .contains("selector = \"ed2026\"");
    }

    @Test
    void unknownFilter_isOneLineWithExitTwo() {
        var run = CliRun.of(plan("--filter", "amavis"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("'amavis' is not a signing filter");
    }
}
