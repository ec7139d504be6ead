package org.sendready.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `sendready spf`: work with SPF records (RFC 7208). Without a subcommand it prints usage.
@Command(
        name = "spf",
        mixinStandardHelpOptions = true,
        description = "SPF records (RFC 7208): parse a record, evaluate a sender.",
        subcommands = {SpfParseCommand.class, SpfEvalCommand.class})
public final class SpfCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.DONE;
    }
}
