package org.sendready.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `sendready`: with no subcommand it will open the wizard; until the GUI exists it prints usage.
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
public final class SendreadyCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.DONE;
    }
}
