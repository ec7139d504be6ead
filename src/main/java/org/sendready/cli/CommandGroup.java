package org.sendready.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// A command that only groups subcommands (`sendready spf`, `sendready bounce token`): run
/// without one, it prints its usage and exits 0.
abstract class CommandGroup implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public final Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.DONE;
    }
}
