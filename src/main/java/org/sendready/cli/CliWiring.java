package org.sendready.cli;

import picocli.CommandLine;

/// The command line's composition root: builds the command tree and its error handling.
public final class CliWiring {
    private CliWiring() {}

    public static CommandLine newCommandLine() {
        return new CommandLine(new SendreadyCommand());
    }
}
