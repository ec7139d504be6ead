package org.sendready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `sendready mta` with a bounce domain: the catch-all snippets follow the signing ones.
class MtaBounceDomainTest {
    @TempDir static Path keys;

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
                        "--out",
                        keys.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static CliRun mta(String... extra) {
        var base =
                new String[] {
                    "mta",
                    "--domain",
                    "example.com",
                    "--hostname",
                    "mail.example.com",
                    "--ip",
                    "192.0.2.10",
                    "--selector",
                    "s1",
                    "--dkim-key",
                    keys.resolve("s1.private").toString()
                };
        var all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliRun.of(all);
    }

    @Test
    void mta_printsTheBounceCatchAll_whenThePlanHasABounceDomain() {
        var run = mta("--bounce-domain", "e.example.com");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("virtual_alias_domains = e.example.com\n")
                .contains("# /etc/postfix/sendready_bounce.regexp\n")
                .contains("/@e\\.example\\.com$/ bounces@example.com\n");
    }

    @Test
    void mta_takesTheBounceMailboxFromTheCommandLine() {
        var run =
                mta("--bounce-domain", "e.example.com", "--bounce-mailbox", "returns@example.org");

        assertThat(run.out()).contains("/@e\\.example\\.com$/ returns@example.org\n");
    }

    @Test
    void mta_printsNoBounceLines_withoutABounceDomain() {
        assertThat(mta().out()).doesNotContain("virtual_alias");
    }
}
