package org.sendready.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.sendready.bounce.BounceKey;
import org.sendready.bounce.BounceKeyFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `sendready bounce key`: the secret that signs Return-Path tokens.
@Command(
        name = "key",
        mixinStandardHelpOptions = true,
        description = "Manage the key that signs Return-Path tokens.",
        subcommands = {BounceKeyCommand.New.class})
public final class BounceKeyCommand extends CommandGroup {
    /// `sendready bounce key new --out FILE`.
    @Command(
            name = "new",
            mixinStandardHelpOptions = true,
            description = {
                "Create a new random token key in FILE (owner-only, 0600). An existing file is never",
                "replaced: tokens already sent could no longer be verified. Keep the key out of the",
                "project file and out of version control."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:key written", "2:bad input (a one-line message on stderr)"})
    static final class New implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "FILE",
                description = "The new key file.")
        Path out;

        @Override
        public Integer call() {
            BounceKeyFile.write(out, BounceKey.generate(new SecureRandom()));
            spec.commandLine()
                    .getOut()
                    .println("Wrote a new bounce token key to " + out + " (0600).");
            return ExitCode.DONE;
        }
    }
}
