package org.sendready.cli;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dkim.DkimSelector;
import org.sendready.dkim.PemKeyReader;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.input.InvalidInput;
import org.sendready.plan.DkimKeyRef;
import org.sendready.plan.ProjectFile;
import org.sendready.plan.SendingHost;
import org.sendready.plan.SetupPlan;
import org.sendready.spf.SpfParser;
import picocli.CommandLine.Option;

/// Where a command gets its setup plan: a project file, or the plan spelled out in options.
/// A picocli mixin shared by `records`, `mta` and `check`, so all of them accept the same
/// inputs. The two sources are checked here rather than by picocli argument groups, whose
/// messages for a wrong combination are hard to read.
final class PlanOptions {
    @Option(
            names = "--project",
            paramLabel = "FILE",
            description = "A sendready project file (as the wizard saves it).")
    Path project;

    @Option(
            names = "--domain",
            paramLabel = "DOMAIN",
            description = "The domain mail is sent from, e.g. example.com (IDN allowed).")
    String domain;

    @Option(
            names = "--hostname",
            paramLabel = "HOST",
            description = "The mail server's host name, as it greets (HELO/EHLO).")
    String hostname;

    @Option(
            names = "--ip",
            paramLabel = "IP",
            split = ",",
            description =
                    "The server's sending addresses, IPv4 or IPv6 (repeat or comma-separate).")
    List<String> ips;

    @Option(
            names = "--selector",
            paramLabel = "SELECTOR",
            description = "A DKIM selector (repeatable; pairs with --dkim-key in order).")
    List<String> selectors = List.of();

    @Option(
            names = "--dkim-key",
            paramLabel = "FILE",
            description = "The DKIM private key (PEM) of the selector at the same position.")
    List<Path> dkimKeys = List.of();

    @Option(
            names = "--receives-mail",
            description = "The domain also receives mail at this host: add MX records.")
    boolean receivesMail;

    @Option(
            names = "--spf",
            paramLabel = "RECORD",
            description = "The SPF record to publish (default: the host's addresses, -all).")
    String spf;

    @Option(
            names = "--dmarc",
            paramLabel = "RECORD",
            description = "The DMARC record to publish (default: v=DMARC1; p=none).")
    String dmarc;

    @Option(
            names = "--bounce-domain",
            paramLabel = "DOMAIN",
            description = "A Return-Path domain of its own, e.g. bounces.example.com.")
    String bounceDomain;

    /// Loads or builds the plan; every error is an [InvalidInput] naming the option.
    SetupPlan plan() {
        return plan(KeyWithoutFile.REQUIRED);
    }

    /// As [#plan()], taking the key record of a selector without `--dkim-key` from `lookup`.
    SetupPlan plan(KeyWithoutFile lookup) {
        boolean inline = domain != null || hostname != null || ips != null;
        if (project != null && inline) {
            throw new InvalidInput(
                    "--project",
                    "cannot be combined with --domain, --hostname or --ip; give one or the other");
        }
        if (project != null) {
            return ProjectFile.load(project);
        }
        if (domain == null || hostname == null || ips == null) {
            throw new InvalidInput(
                    missing(), "is missing; give --project FILE, or --domain, --hostname and --ip");
        }
        return inlinePlan(this, lookup);
    }

    private String missing() {
        if (domain == null) {
            return "--domain";
        }
        return hostname == null ? "--hostname" : "--ip";
    }

    private static SetupPlan inlinePlan(PlanOptions in, KeyWithoutFile lookup) {
        var domain = DomainName.parse(in.domain, "--domain");
        var hostname = DomainName.parseHostname(in.hostname, "--hostname");
        var addresses = new ArrayList<InetAddress>();
        for (var ip : in.ips) {
            addresses.add(IpAddresses.parse(ip, "--ip"));
        }
        var host = new SendingHost(hostname, addresses);
        var plan = SetupPlan.start(domain, List.of(host), dkimKeys(in, domain, lookup));
        if (in.spf != null) {
            plan = plan.withSpf(relabel("--spf", () -> SpfParser.parse(in.spf)));
        }
        if (in.dmarc != null) {
            plan = plan.withDmarc(relabel("--dmarc", () -> DmarcPolicy.parse(in.dmarc)));
        }
        if (in.bounceDomain != null) {
            plan =
                    plan.withBounceDomain(
                            Optional.of(DomainName.parse(in.bounceDomain, "--bounce-domain")));
        }
        return plan.withReceivesMail(in.receivesMail);
    }

    private static List<DkimKeyRef> dkimKeys(
            PlanOptions in, DomainName domain, KeyWithoutFile lookup) {
        if (in.dkimKeys.size() > in.selectors.size()) {
            throw new InvalidInput(
                    "--dkim-key",
                    in.dkimKeys.size()
                            + " key file(s) but "
                            + in.selectors.size()
                            + " --selector(s); give the selector of each key, in the same order");
        }
        var keys = new ArrayList<DkimKeyRef>();
        for (int i = 0; i < in.selectors.size(); i++) {
            var text = in.selectors.get(i);
            var selector = relabel("--selector", () -> DkimSelector.parse(text));
            if (i >= in.dkimKeys.size()) {
                keys.add(
                        new DkimKeyRef(
                                selector, Optional.empty(), lookup.record(selector, domain)));
                continue;
            }
            var file = in.dkimKeys.get(i);
            var key = PemKeyReader.read(file);
            keys.add(
                    new DkimKeyRef(selector, Optional.of(file), DkimKeyRecord.of(key.publicKey())));
        }
        return keys;
    }

    /// Where the key record of a `--selector` given without `--dkim-key` comes from.
    @FunctionalInterface
    interface KeyWithoutFile {
        DkimKeyRecord record(DkimSelector selector, DomainName domain);

        /// For commands that render records: the key file is required.
        KeyWithoutFile REQUIRED =
                (selector, domain) -> {
                    throw new InvalidInput(
                            "--dkim-key",
                            "missing for selector '"
                                    + selector.ascii()
                                    + "'; its record is rendered from the key, so give one"
                                    + " --dkim-key FILE per --selector");
                };
    }

    private static <T> T relabel(String option, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput e) {
            throw e.inField(option);
        }
    }
}
