package org.sendready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.logs.LogFixtures;

class LogCommandTest {
    @TempDir Path dir;

    @Test
    void logAnalyze_printsTables_withSetupStepAndTypo() {
        var file = LogFixtures.copy(dir, "mail.log");
        var run = CliRun.of("log", "analyze", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("Read 1 file(s), 35 lines: 32 Postfix, 2 other programs, 1 unparsed")
                .contains("Period: 2026-11-26 09:59 to 2026-11-26 11:00")
                .containsPattern("sent \\(delivered\\) +3  recipients")
                .containsPattern("deferred +2  messages, 3 deferrals")
                .containsPattern("bounced +3  recipients")
                .containsPattern("expired +1  messages, 1 recipients")
                .containsPattern("ptr +1  Gmail: the sending IP has no PTR record")
                .contains("fix step: ptr; e.g. to frank@gmail.com")
                .containsPattern("blocklist +1  Microsoft: .*\\(S3150\\)")
                .containsPattern("hot-mail.com +2 failures  likely a typo of hotmail.com")
                .contains("    erin@hot-mail.com")
                .containsPattern("example.org +1 +1 +1 +0")
                .containsPattern("5.7.25 +0 +0 +1")
                .containsPattern("2026-11-26 10:00 +3 +2 +3 +0");
    }

    @Test
    void logAnalyze_printsJson_cutAtTop() throws IOException {
        var file = LogFixtures.copy(dir, "mail.log");
        var run = CliRun.of("log", "analyze", "--json", "--top", "2", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        var json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/statuses/sent").asLong()).isEqualTo(3);
        assertThat(json.at("/statuses/deferredMessages").asLong()).isEqualTo(2);
        assertThat(json.at("/statuses/bounced").asLong()).isEqualTo(3);
        assertThat(json.at("/statuses/expiredMessages").asLong()).isEqualTo(1);
        assertThat(json.at("/lines/unparsed").asLong()).isEqualTo(1);
        assertThat(json.at("/period/first").asText()).isEqualTo("2026-11-26T09:59:58");
        assertThat(json.get("domains")).hasSize(2);
        assertThat(json.at("/domains/0/domain").asText()).isEqualTo("example.org");
        assertThat(json.get("hourly")).hasSize(2);
        assertThat(json.at("/hourly/1/expired").asLong()).isEqualTo(1);
        assertThat(json.at("/dnsProblems/0/likelyTypoOf").asText()).isEqualTo("hotmail.com");
        assertThat(json.at("/dnsProblems/0/recipients/0").asText()).isEqualTo("erin@hot-mail.com");
        var setup = json.get("setupProblems");
        assertThat(setup).hasSize(2);
        assertThat(setup.findValuesAsText("rejection"))
                .containsExactlyInAnyOrder("gmail_ptr", "microsoft_block_list");
        assertThat(setup.findValues("steps").toString()).contains("\"ptr\"", "\"blocklist\"");
        assertThat(json.at("/files/0/problem").isNull()).isTrue();
    }

    @Test
    void logAnalyze_readsGzip_andSeveralFiles() {
        var plain = LogFixtures.copy(dir, "mail.log");
        var gz = LogFixtures.gzip(dir, "mail.log.1.gz");
        var run = CliRun.of("log", "analyze", gz.toString(), plain.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run.out()).contains("Read 2 file(s), 70 lines");
    }

    @Test
    void logAnalyze_rejectsMissingFile_withExitTwo() {
        var missing = dir.resolve("nope.log");
        var run = CliRun.of("log", "analyze", missing.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .isEqualTo(
                        "sendready: FILE: " + missing + " does not exist" + System.lineSeparator());
    }

    @Test
    void logAnalyze_rejectsTopBelowOne_withExitTwo() {
        var file = LogFixtures.copy(dir, "mail.log");
        var run = CliRun.of("log", "analyze", "--top", "0", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--top: must be at least 1, was 0");
    }

    @Test
    void log_withoutSubcommand_printsUsage() {
        var run = CliRun.of("log");
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run.out()).contains("analyze");
    }
}
