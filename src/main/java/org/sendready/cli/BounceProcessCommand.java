package org.sendready.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLSocketFactory;
import org.sendready.bounce.BounceKeyFile;
import org.sendready.bounce.BounceParser;
import org.sendready.bounce.BounceProcessor;
import org.sendready.bounce.BounceReportJson;
import org.sendready.bounce.Disposal;
import org.sendready.bounce.MailProtocol;
import org.sendready.bounce.MailboxPassword;
import org.sendready.bounce.MailboxSecurity;
import org.sendready.bounce.MailboxServer;
import org.sendready.bounce.MailboxSource;
import org.sendready.bounce.MessageFiles;
import org.sendready.bounce.MessageSource;
import org.sendready.bounce.SuppressionCsvWriter;
import org.sendready.bounce.TokenSigner;
import org.sendready.input.InvalidInput;
import org.sendready.storage.AtomicFile;
import org.sendready.storage.WriteMode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `sendready bounce process`: reads returned mail from a POP3/IMAP mailbox or from files and
/// prints a summary, the suppression list (CSV file) or everything (JSON).
@Command(
        name = "process",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Read bounces from a POP3 or IMAP mailbox, or from .eml files, an mbox or a Maildir;",
            "classify each (hard, soft, auto-reply, unknown) and list the addresses to stop",
            "sending to. With --key, only bounces carrying a valid token made for the recipient",
            "count. Bounces caused by our own setup (PTR, SPF, DKIM, DMARC, blocklist) never",
            "suppress an address; the summary names the check step that fixes them.",
            "Messages on the server are left as they are unless --move-to or --delete is given.",
            "The password comes from an environment variable or standard input, never a file."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:processed",
            "1:processed, and some bounces were caused by our own setup",
            "2:bad input, or the mailbox could not be read (a one-line message on stderr)"
        })
public final class BounceProcessCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--imap", paramLabel = "HOST[:PORT]", description = "Read an IMAP mailbox.")
        String imap;

        @Option(names = "--pop3", paramLabel = "HOST[:PORT]", description = "Read a POP3 mailbox.")
        String pop3;

        @Option(
                names = "--eml",
                arity = "1..*",
                paramLabel = "FILE",
                description = "Read .eml files.")
        List<Path> eml;

        @Option(names = "--mbox", paramLabel = "FILE", description = "Read an mbox file.")
        Path mbox;

        @Option(names = "--maildir", paramLabel = "DIR", description = "Read a Maildir.")
        Path maildir;
    }

    @Option(names = "--user", paramLabel = "USER", description = "The mailbox login.")
    String user;

    @Option(
            names = "--password-env",
            paramLabel = "VAR",
            description = "Take the password from this environment variable.")
    String passwordEnv;

    @Option(
            names = "--password-stdin",
            description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Option(names = "--tls", description = "TLS from the first byte (default; ports 993/995).")
    boolean tls;

    @Option(
            names = "--starttls",
            description = "Plain connection upgraded with STARTTLS (ports 143/110).")
    boolean starttls;

    @Option(
            names = "--plain-loopback-only",
            description = "No encryption; allowed only for a server on this machine.")
    boolean plainLoopbackOnly;

    @Option(
            names = "--folder",
            paramLabel = "FOLDER",
            defaultValue = MailboxServer.INBOX,
            description = "The IMAP folder (default: ${DEFAULT-VALUE}).")
    String folder;

    @Option(
            names = "--move-to",
            paramLabel = "FOLDER",
            description = "Move recognised bounces to this IMAP folder.")
    String moveTo;

    @Option(names = "--delete", description = "Delete recognised bounces from the server.")
    boolean delete;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "Bound for connecting and each server reply (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(
            names = "--key",
            paramLabel = "FILE",
            description = "The token key: verify Return-Path tokens.")
    Path key;

    @Option(
            names = "--token-max-age",
            paramLabel = "DAYS",
            defaultValue = "30",
            description = "How old a token may be, in days (default: ${DEFAULT-VALUE}).")
    int tokenMaxAge;

    @Option(
            names = "--csv",
            paramLabel = "OUT",
            description = "Write the suppression list to this new CSV file.")
    Path csv;

    @Option(names = "--json", description = "Print the whole report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (csv != null && json) {
            throw new InvalidInput("--csv", "cannot be combined with --json; choose one");
        }
        if (tokenMaxAge < 1) {
            throw new InvalidInput(
                    "--token-max-age", tokenMaxAge + " is not a number of days (1 or more)");
        }
        var signer =
                Optional.ofNullable(key)
                        .map(
                                file ->
                                        new TokenSigner(
                                                BounceKeyFile.read(file),
                                                Period.ofDays(tokenMaxAge)));
        var processor = new BounceProcessor(new BounceParser(), signer, Clock.systemDefaultZone());
        var report = processor.run(messageSource());
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(BounceReportJson.write(report));
        } else {
            if (csv != null) {
                var text = SuppressionCsvWriter.write(report.suppressions());
                // Addresses are personal data: owner-only, like other secrets.
                AtomicFile.write(
                        csv,
                        text.getBytes(StandardCharsets.UTF_8),
                        AtomicFile.OWNER_ONLY,
                        WriteMode.CREATE_NEW);
            }
            out.print(BounceReportText.write(report, Optional.ofNullable(csv)));
        }
        out.flush();
        return report.setupCauses().isEmpty() ? ExitCode.DONE : ExitCode.NOT_GREEN;
    }

    private MessageSource messageSource() {
        if (source.imap != null || source.pop3 != null) {
            return mailbox();
        }
        refuseServerOptions();
        if (source.eml != null) {
            return MessageFiles.eml(source.eml);
        }
        if (source.mbox != null) {
            return MessageFiles.mbox(source.mbox);
        }
        return MessageFiles.maildir(source.maildir);
    }

    private MessageSource mailbox() {
        var protocol = source.imap != null ? MailProtocol.IMAP : MailProtocol.POP3;
        var option = source.imap != null ? "--imap" : "--pop3";
        if (user == null) {
            throw new InvalidInput("--user", "is required with " + option);
        }
        if (moveTo != null && delete) {
            throw new InvalidInput("--move-to", "cannot be combined with --delete; choose one");
        }
        var server =
                MailboxServer.parse(
                        protocol,
                        source.imap != null ? source.imap : source.pop3,
                        security(),
                        user,
                        folder);
        Disposal disposal =
                moveTo != null
                        ? new Disposal.MoveTo(moveTo)
                        : delete ? new Disposal.Delete() : new Disposal.Keep();
        return new MailboxSource(
                server,
                password(),
                disposal,
                (SSLSocketFactory) SSLSocketFactory.getDefault(),
                timeout);
    }

    private MailboxSecurity security() {
        int chosen = (tls ? 1 : 0) + (starttls ? 1 : 0) + (plainLoopbackOnly ? 1 : 0);
        if (chosen > 1) {
            throw new InvalidInput(
                    "--tls", "choose one of --tls, --starttls and --plain-loopback-only");
        }
        return starttls
                ? MailboxSecurity.STARTTLS
                : plainLoopbackOnly ? MailboxSecurity.PLAIN_LOOPBACK_ONLY : MailboxSecurity.TLS;
    }

    private MailboxPassword password() {
        if (passwordEnv != null && passwordStdin) {
            throw new InvalidInput(
                    "--password-env", "cannot be combined with --password-stdin; choose one");
        }
        if (passwordEnv != null) {
            var value = System.getenv(passwordEnv);
            if (value == null || value.isEmpty()) {
                throw new InvalidInput(
                        "--password-env",
                        "the environment variable " + passwordEnv + " is not set");
            }
            return new MailboxPassword(value.toCharArray());
        }
        if (passwordStdin) {
            return stdinPassword();
        }
        throw new InvalidInput(
                "--password-env",
                "a mailbox needs a password: give --password-env VAR or --password-stdin");
    }

    /// Longest password read from standard input.
    private static final int MAX_PASSWORD = 1024;

    /// The first line of standard input, read as characters (never a file, never echoed).
    private static MailboxPassword stdinPassword() {
        var buffer = new char[MAX_PASSWORD];
        int length = 0;
        try {
            var reader = new InputStreamReader(System.in, StandardCharsets.UTF_8);
            int c;
            while ((c = reader.read()) != -1 && c != '\n') {
                if (length == MAX_PASSWORD) {
                    throw new InvalidInput(
                            "--password-stdin",
                            "the password is longer than " + MAX_PASSWORD + " characters");
                }
                if (c != '\r') {
                    buffer[length++] = (char) c;
                }
            }
            if (length == 0) {
                throw new InvalidInput("--password-stdin", "standard input gave no password");
            }
            return new MailboxPassword(Arrays.copyOf(buffer, length));
        } catch (IOException e) {
            throw new InvalidInput(
                    "--password-stdin", "standard input could not be read: " + e.getMessage(), e);
        } finally {
            Arrays.fill(buffer, '\0');
        }
    }

    private void refuseServerOptions() {
        var given = new LinkedHashMap<String, Boolean>();
        given.put("--user", user != null);
        given.put("--password-env", passwordEnv != null);
        given.put("--password-stdin", passwordStdin);
        given.put("--tls", tls);
        given.put("--starttls", starttls);
        given.put("--plain-loopback-only", plainLoopbackOnly);
        given.put("--move-to", moveTo != null);
        given.put("--delete", delete);
        given.put("--folder", !folder.equals(MailboxServer.INBOX));
        given.forEach(
                (option, present) -> {
                    if (present) {
                        throw new InvalidInput(
                                option, "applies to --imap and --pop3 only, not to files");
                    }
                });
    }
}
