package org.sendready.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.sendready.bounce.BounceKeyFile;
import org.sendready.bounce.TokenSigner;
import org.sendready.bounce.TokenVerdict;
import org.sendready.dmarc.MailAddress;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `sendready bounce token make|verify`.
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description =
                "Make or verify a signed Return-Path address (b1.<payload>.<signature>@domain).",
        subcommands = {BounceTokenCommand.Make.class, BounceTokenCommand.Verify.class})
public final class BounceTokenCommand extends CommandGroup {
    /// `sendready bounce token make --key FILE --recipient ADDR --domain D [--date DAY]`.
    @Command(
            name = "make",
            mixinStandardHelpOptions = true,
            description = {
                "Print the Return-Path address for one message to RECIPIENT: a token in the local",
                "part, signed with the key, at the bounce domain."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:address printed", "2:bad input (a one-line message on stderr)"})
    static final class Make implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(
                names = "--key",
                required = true,
                paramLabel = "FILE",
                description = "The token key file.")
        Path key;

        @Option(
                names = "--recipient",
                required = true,
                paramLabel = "ADDR",
                description = "The message's recipient.")
        String recipient;

        @Option(
                names = "--domain",
                required = true,
                paramLabel = "DOMAIN",
                description = "The bounce domain, e.g. e.example.com.")
        DomainName domain;

        @Option(
                names = "--date",
                paramLabel = "YYYY-MM-DD",
                description = "The sending day (default: today).")
        String date;

        @Override
        public Integer call() {
            var to = MailAddress.parse(recipient, "--recipient");
            var day = date == null ? LocalDate.now() : day(date, "--date");
            var signer = new TokenSigner(BounceKeyFile.read(key));
            spec.commandLine().getOut().println(signer.returnPath(to, day, domain));
            return ExitCode.DONE;
        }
    }

    /// `sendready bounce token verify --key FILE [--recipient ADDR] ADDRESS`.
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description =
                    "Check that ADDRESS carries a token signed with the key, and how old it is.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:the token is valid (and made for --recipient, when given)",
                "1:forged, expired, not a token, or made for another recipient",
                "2:bad input (a one-line message on stderr)"
            })
    static final class Verify implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(
                names = "--key",
                required = true,
                paramLabel = "FILE",
                description = "The token key file.")
        Path key;

        @Option(
                names = "--recipient",
                paramLabel = "ADDR",
                description = "Also check the token was made for this recipient.")
        String recipient;

        @Option(
                names = "--max-age",
                paramLabel = "DAYS",
                defaultValue = "30",
                description = "How old a token may be, in days (default: ${DEFAULT-VALUE}).")
        int maxAgeDays;

        @Parameters(
                paramLabel = "ADDRESS",
                description = "The Return-Path address, e.g. b1.xxx.yyy@e.example.com.")
        String address;

        @Override
        public Integer call() {
            if (maxAgeDays < 1) {
                throw new InvalidInput(
                        "--max-age", maxAgeDays + " is not a number of days (1 or more)");
            }
            var signer = new TokenSigner(BounceKeyFile.read(key), Period.ofDays(maxAgeDays));
            var out = spec.commandLine().getOut();
            var verdict = signer.verifyAddress(address.strip(), LocalDate.now());
            out.println(verdict.describe());
            if (!(verdict instanceof TokenVerdict.Valid valid)) {
                return ExitCode.NOT_GREEN;
            }
            if (recipient != null) {
                var to = MailAddress.parse(recipient, "--recipient");
                var matches = signer.madeFor(valid, to.toString());
                out.println(matches ? "made for " + to : "made for another recipient than " + to);
                return matches ? ExitCode.DONE : ExitCode.NOT_GREEN;
            }
            return ExitCode.DONE;
        }
    }

    static LocalDate day(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "'" + text + "' is not a date; expected YYYY-MM-DD", e);
        }
    }
}
