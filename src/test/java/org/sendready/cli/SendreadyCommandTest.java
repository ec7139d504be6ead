package org.sendready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SendreadyCommandTest {

    @Test
    void version_printsNameAndExitsZero() {
        var run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("sendready ");
    }

    @Test
    void unknownOption_isUsageErrorOnOneLine_withExitTwo() {
        var run = CliRun.of("--no-such-option");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("sendready: Unknown option: '--no-such-option'");
        assertThat(run.err()).doesNotContain("\tat ");
    }
}
