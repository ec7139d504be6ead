package org.sendready.cli;

import picocli.CommandLine.Command;

/// `sendready spf`: work with SPF records (RFC 7208). Without a subcommand it prints usage.
@Command(
        name = "spf",
        mixinStandardHelpOptions = true,
        description = "SPF records (RFC 7208): parse a record, evaluate a sender.",
        subcommands = {SpfParseCommand.class, SpfEvalCommand.class})
public final class SpfCommand extends CommandGroup {}
