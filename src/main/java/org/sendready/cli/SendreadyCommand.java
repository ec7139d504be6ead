package org.sendready.cli;

import picocli.CommandLine.Command;

/// `sendready`: the command line's root. With no arguments at all `app.Main` opens the wizard
/// instead; with options but no command it prints usage.
@Command(
        name = "sendready",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Set up and check the DNS side of email deliverability: DKIM, SPF, DMARC, PTR.",
        subcommands = {
            DkimCommand.class,
            SpfCommand.class,
            RecordsCommand.class,
            MtaCommand.class,
            CheckCommand.class,
            LogCommand.class,
            DnsblCommand.class,
            BounceCommand.class
        })
public final class SendreadyCommand extends CommandGroup {}
