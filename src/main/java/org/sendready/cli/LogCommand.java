package org.sendready.cli;

import picocli.CommandLine.Command;

/// `sendready log`: mail server logs.
@Command(
        name = "log",
        mixinStandardHelpOptions = true,
        description = "Read mail server logs.",
        subcommands = {LogAnalyzeCommand.class})
public final class LogCommand extends CommandGroup {}
