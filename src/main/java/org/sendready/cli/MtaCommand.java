package org.sendready.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sendready.dmarc.MailAddress;
import org.sendready.dns.DomainName;
import org.sendready.mta.BounceRouting;
import org.sendready.mta.MilterSocket;
import org.sendready.mta.MtaSetup;
import org.sendready.mta.SigningFilter;
import org.sendready.mta.SigningKey;
import org.sendready.mta.TrustedHost;
import org.sendready.plan.SetupPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `sendready mta`: the Postfix and signing-filter configuration that signs with the plan's
/// DKIM keys.
@Command(
        name = "mta",
        mixinStandardHelpOptions = true,
        description = {
            "Print the mail server configuration for DKIM signing (Postfix with OpenDKIM or rspamd).",
            "Postfix main.cf milter lines and the OpenDKIM or rspamd files, each starting with",
            "a comment naming the file it belongs in. Key paths follow the filter's usual layout on the server.",
            "With a bounce domain, also the Postfix lines that deliver all of its addresses to one mailbox."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:configuration printed", "2:bad input (a one-line message on stderr)"})
public final class MtaCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin PlanOptions plan;

    @Option(
            names = "--filter",
            paramLabel = "FILTER",
            defaultValue = "opendkim",
            converter = FilterConverter.class,
            description = "The signing filter: opendkim or rspamd (default: ${DEFAULT-VALUE}).")
    SigningFilter filter;

    @Option(
            names = "--socket",
            paramLabel = "SOCKET",
            description =
                    "Where the filter listens, e.g. inet:127.0.0.1:8891 or unix:/run/opendkim/opendkim.sock"
                            + " (default: the filter's usual socket).")
    String socket;

    @Option(
            names = "--trusted-host",
            paramLabel = "HOST",
            description = "Another host or network whose mail OpenDKIM signs (repeatable).")
    List<String> trustedHosts = List.of();

    @Option(
            names = "--bounce-mailbox",
            paramLabel = "ADDR",
            description =
                    "With a bounce domain: the mailbox every address of it is delivered to"
                            + " (default: bounces@ the domain).")
    String bounceMailbox;

    @Override
    public Integer call() {
        var setupPlan = plan.plan();
        var setup = setup(setupPlan);
        // Postfix first (the milter lines, then the bounce domain's catch-all), then the
        // signing filter's own files.
        var snippets = new ArrayList<>(setup.snippets());
        setupPlan
                .bounceDomain()
                .ifPresent(bounce -> snippets.addAll(1, routing(setupPlan, bounce).snippets()));
        var out = spec.commandLine().getOut();
        var first = true;
        for (var snippet : snippets) {
            if (!first) {
                out.println();
            }
            first = false;
            out.print(snippet.text().endsWith("\n") ? snippet.text() : snippet.text() + "\n");
        }
        out.flush();
        return ExitCode.DONE;
    }

    private BounceRouting routing(SetupPlan setupPlan, DomainName bounce) {
        var routing = BounceRouting.of(bounce, setupPlan.domain());
        return bounceMailbox == null
                ? routing
                : new BounceRouting(
                        bounce,
                        MailAddress.parse(bounceMailbox, "--bounce-mailbox"),
                        routing.postmaster());
    }

    private MtaSetup setup(SetupPlan setupPlan) {
        var keys = SigningKey.of(setupPlan, filter);
        var trusted =
                trustedHosts.stream().map(h -> TrustedHost.parse(h, "--trusted-host")).toList();
        var listen =
                socket == null ? filter.defaultSocket() : MilterSocket.parse(socket, "--socket");
        return new MtaSetup(filter, keys, listen, trusted);
    }

    static final class FilterConverter extends ParserConverter<SigningFilter> {
        FilterConverter() {
            super(MtaCommand::parseFilter);
        }
    }

    static SigningFilter parseFilter(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "opendkim" -> SigningFilter.OPENDKIM;
            case "rspamd" -> SigningFilter.RSPAMD;
            default ->
                    throw new org.sendready.input.InvalidInput(
                            "--filter",
                            "'" + text + "' is not a signing filter; expected opendkim or rspamd");
        };
    }
}
