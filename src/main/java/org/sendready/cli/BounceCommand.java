package org.sendready.cli;

import picocli.CommandLine.Command;

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
public final class BounceCommand extends CommandGroup {}
