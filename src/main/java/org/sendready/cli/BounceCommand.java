package org.sendready.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `sendready bounce`: Return-Path tokens and the bounce processor.
@Command(
        name = "bounce",
        mixinStandardHelpOptions = true,
        description = {
            "Handle bounces: sign Return-Path addresses so forged bounces are recognised, and read",
            "returned mail into a suppression list."
        },
        subcommands = {
            BounceKeyCommand.class,
            BounceTokenCommand.class,
            BounceProcessCommand.class
        })
public final class BounceCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.DONE;
    }
}
