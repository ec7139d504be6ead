package org.sendready.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.dnsbl.BlocklistCatalogue;
import org.sendready.dnsbl.BlocklistFile;
import org.sendready.dnsbl.BlocklistScanner;
import org.sendready.dnsbl.Targets;
import org.sendready.input.InvalidInput;
import org.sendready.plan.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `sendready dnsbl`: looks the sending addresses and the domain up on blocklists.
@Command(
        name = "dnsbl",
        mixinStandardHelpOptions = true,
        description = {
            "Look sending IPs up on IP blocklists and domains on domain blocklists (RFC 5782).",
            "Each answer is explained from the list's documentation. A list that refuses to",
            "answer your resolver (public resolvers are refused by Spamhaus and URIBL) is",
            "REFUSED, never LISTED: ask through your own resolver with --dns."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing is listed and every list answered",
            "1:something is listed, or a list gave no verdict (refused, timeout)",
            "2:bad input (a one-line message on stderr)"
        })
public final class DnsblCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "--project",
            paramLabel = "FILE",
            description = "Check the project's sending addresses, domain and bounce domain.")
    Path project;

    @Option(
            names = "--ip",
            paramLabel = "IP",
            split = ",",
            description = "A sending address, IPv4 or IPv6 (repeat or comma-separate).")
    List<String> ips = List.of();

    @Option(
            names = "--domain",
            paramLabel = "DOMAIN",
            description = "A domain to look up on the domain lists (repeatable; IDN allowed).")
    List<String> domains = List.of();

    @Option(
            names = "--list",
            paramLabel = "NAME",
            description = "Ask only this list (repeatable); --show-lists prints the names.")
    List<String> names = List.of();

    @Option(
            names = "--lists-file",
            paramLabel = "FILE",
            description =
                    "Lists to ask instead of the built-in ones (JSON; --show-lists prints the"
                            + " format).")
    Path listsFile;

    @Option(
            names = "--show-lists",
            description = "Print the lists (in the --lists-file format) and ask nothing.")
    boolean showLists;

    @Mixin DnsOptions dns;

    @Option(names = "--json", description = "Print the results as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        var available =
                listsFile == null ? BlocklistCatalogue.standard() : BlocklistFile.read(listsFile);
        var lists = BlocklistCatalogue.select(available, names, "--list");
        var out = spec.commandLine().getOut();
        if (showLists) {
            out.print(BlocklistFile.write(lists));
            out.flush();
            return ExitCode.DONE;
        }
        var targets = targets();
        try (var session = dns.open()) {
            var report = new BlocklistScanner(session.resolver()).scan(targets, lists).join();
            if (json) {
                out.println(DnsblJson.text(report, dns.describe(session)));
            } else {
                DnsblText.print(report, dns.describe(session), out);
            }
            out.flush();
            return report.clean() ? ExitCode.DONE : ExitCode.NOT_GREEN;
        }
    }

    private Targets targets() {
        boolean inline = !ips.isEmpty() || !domains.isEmpty();
        if (project != null && inline) {
            throw new InvalidInput(
                    "--project", "cannot be combined with --ip or --domain; give one or the other");
        }
        if (project == null && !inline) {
            throw new InvalidInput(
                    "--ip", "is missing; give --project FILE, or --ip IP and/or --domain DOMAIN");
        }
        Targets targets;
        if (project != null) {
            targets = Targets.of(ProjectFile.load(project));
        } else {
            var addresses = ips.stream().map(ip -> IpAddresses.parse(ip, "--ip")).toList();
            var parsed = new ArrayList<DomainName>();
            domains.forEach(d -> parsed.add(DomainName.parse(d, "--domain")));
            targets = Targets.of(addresses, parsed);
        }
        if (targets.isEmpty()) {
            throw new InvalidInput(
                    project != null ? "--project" : "--ip",
                    String.join("; ", targets.skipped()) + "; give a public address, or a domain");
        }
        return targets;
    }
}
