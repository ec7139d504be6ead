package org.sendready.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sendready.check.BoardRunner;
import org.sendready.check.CheckContext;
import org.sendready.check.CheckReport;
import org.sendready.check.Checker;
import org.sendready.check.PerServerChecker;
import org.sendready.check.PreviewDns;
import org.sendready.check.StandardChecks;
import org.sendready.check.StatusChange;
import org.sendready.check.StepId;
import org.sendready.check.TtlText;
import org.sendready.check.Watch;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dns.AuthoritativeResolver;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.input.InvalidInput;
import org.sendready.records.PlanRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `sendready check`: asks DNS whether each step of the setup is done.
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check live DNS for every step of the setup.",
            "Steps: host, ptr, mx, spf, dkim, dmarc, helo, bounce, and with --dnsbl the",
            "blocklists (see 'sendready dnsbl' for the lists). Each is PASS, WARN,",
            "PENDING (not published or not visible yet), FAIL (published but wrong) or",
            "ERROR (DNS did not answer), with the exact record to publish."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every step is green (pass or warn)",
            "1:a step is not green",
            "2:bad input (a one-line message on stderr)"
        })
public final class CheckCommand implements Callable<Integer> {
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    @Spec CommandSpec spec;

    @Mixin PlanOptions plan;

    @Mixin DnsOptions dns;

    @Option(
            names = "--authoritative",
            description =
                    "Ask each of the domain's name servers directly (no resolver caches);"
                            + " shows which servers already serve the new records.")
    boolean authoritative;

    @Option(
            names = "--preview",
            description = "Check the plan's records as if published: they are laid over live DNS.")
    boolean preview;

    @Option(
            names = "--dnsbl",
            description =
                    "Also look the sending IPs and the domain up on the built-in blocklists"
                            + " (about ten queries to third parties; public resolvers are"
                            + " refused by some lists).")
    boolean dnsbl;

    @Option(names = "--watch", description = "Re-check until every step is green (or --timeout).")
    boolean watch;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "30m",
            converter = DurationConverter.class,
            description =
                    "With --watch: give up after this long, e.g. 90s, 15m, 2h (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--json", description = "Print the board as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (preview && authoritative) {
            throw new InvalidInput(
                    "--preview",
                    "cannot be combined with --authoritative: a preview shows the draft, the"
                            + " authoritative view shows what the name servers publish");
        }
        try (var session = dns.open()) {
            var live = session.resolver();
            var notes = new ArrayList<String>();
            var setup = plan.plan(publishedKey(live, notes));
            var records = PlanRecords.of(setup);
            var resolver = preview ? PreviewDns.over(live, records) : live;
            var context = new CheckContext(setup, records, resolver);
            var checks = dnsbl ? StandardChecks.withBlocklists() : StandardChecks.all();
            var checker = new Checker(checks, Checker.DEFAULT_DEADLINE);
            BoardRunner runner =
                    authoritative
                            ? new PerServerChecker(
                                    checker, new AuthoritativeResolver(live, live), live)
                            : checker;
            var servers =
                    (authoritative ? "authoritative name servers, via " : "")
                            + dns.describe(session)
                            + (preview ? ", with the plan's records laid over" : "");
            var report = watch ? watchUntilGreen(runner, context) : runner.run(context).join();
            print(report, servers, notes);
            return report.ok() ? ExitCode.DONE : ExitCode.NOT_GREEN;
        }
    }

    private CheckReport watchUntilGreen(BoardRunner runner, CheckContext context) {
        var out = spec.commandLine().getOut();
        var listener =
                json
                        ? new Watch.Listener() {
                            @Override
                            public void round(
                                    Instant at, CheckReport report, List<StatusChange> changes) {}
                        }
                        : new ChangePrinter(out);
        var policy = Watch.Policy.standard(!authoritative);
        return new Watch(runner, policy, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()))
                .run(context, timeout, listener);
    }

    private void print(CheckReport report, String servers, List<String> notes) {
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(BoardJson.text(report, notes));
        } else {
            if (watch) {
                out.println();
            }
            BoardText.print(report, servers, out);
            notes.forEach(note -> out.println("Note: " + note));
        }
        out.flush();
    }

    /// For a `--selector` without `--dkim-key`: the key the selector publishes now, so the
    /// check can still judge it (exists, parses, not revoked, size, testing flag), though not
    /// against a private key.
    private static PlanOptions.KeyWithoutFile publishedKey(DnsResolver dns, List<String> notes) {
        return (selector, domain) -> {
            var owner = selector.ownerName(domain);
            var answer = dns.query(owner, RrType.TXT).join();
            var texts =
                    answer instanceof DnsAnswer.Records records
                            ? records.recordsOf(ResourceRecord.Txt.class).stream()
                                    .map(ResourceRecord.Txt::joined)
                                    .filter(t -> t.contains("p="))
                                    .toList()
                            : List.<String>of();
            if (texts.size() != 1) {
                throw new InvalidInput(
                        "--dkim-key",
                        owner
                                + (texts.isEmpty()
                                        ? " has no DKIM key record to check yet"
                                        : " has " + texts.size() + " DKIM key records")
                                + "; give --dkim-key FILE for selector '"
                                + selector.ascii()
                                + "' so sendready knows which key to expect");
            }
            try {
                var record = DkimKeyRecord.parse(texts.getFirst());
                notes.add(
                        "no --dkim-key for selector '"
                                + selector.ascii()
                                + "': its published key was checked on its own, not compared"
                                + " with a private key.");
                return record;
            } catch (InvalidInput e) {
                throw new InvalidInput(
                        "--dkim-key",
                        owner
                                + " publishes a DKIM record that does not parse ("
                                + e.reason()
                                + "); give --dkim-key FILE to see the record to publish");
            }
        };
    }

    /// Prints one line per status change, and when a pending record should be visible.
    private record ChangePrinter(PrintWriter out) implements Watch.Listener {
        @Override
        public void round(Instant at, CheckReport report, List<StatusChange> changes) {
            for (var change : changes) {
                var now = change.now();
                var from = change.before().map(s -> s.id() + " -> ").orElse("");
                out.println(
                        CLOCK.format(at)
                                + " "
                                + BoardText.pad(now.step().id(), 7)
                                + " "
                                + BoardText.pad(from + now.status().id(), 20)
                                + " "
                                + now.summary());
            }
            out.flush();
        }

        @Override
        public void settling(StepId step, Instant expectedBy, Duration ttl) {
            out.println(
                    "         "
                            + BoardText.pad(step.id(), 7)
                            + " a resolver may serve the cached answer until "
                            + CLOCK.format(expectedBy)
                            + " ("
                            + TtlText.of(ttl)
                            + "); --authoritative asks the name servers directly");
            out.flush();
        }
    }
}
