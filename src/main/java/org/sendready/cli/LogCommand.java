package org.sendready.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `sendready log`: mail server logs.
@Command(
        name = "log",
        mixinStandardHelpOptions = true,
        description = "Read mail server logs.",
        subcommands = {LogAnalyzeCommand.class})
public final class LogCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.DONE;
    }
}
