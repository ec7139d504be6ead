package org.sendready.dnsbl;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.plan.SendingHost;
import org.sendready.plan.SetupPlan;

/// What a blocklist check looks up, and the addresses it leaves out with the reason.
///
/// Only public addresses are asked: blocklists list what mails the internet, and a private
/// or documentation address on a public list's servers says nothing while telling the list
/// operator about the network. Duplicates are dropped, the order is kept.
///
/// @param targets addresses first, then domains
/// @param skipped one sentence per address left out
public record Targets(List<Target> targets, List<String> skipped) {

    public Targets {
        targets = List.copyOf(targets);
        skipped = List.copyOf(skipped);
    }

    /// The given addresses and domains.
    public static Targets of(List<InetAddress> addresses, List<DomainName> domains) {
        var targets = new LinkedHashSet<Target>();
        var skipped = new LinkedHashSet<String>();
        for (var address : addresses) {
            IpAddresses.unreachableWarning(address)
                    .ifPresentOrElse(
                            why -> skipped.add(why + ", so no blocklist lists it"),
                            () -> targets.add(new Target.Address(address)));
        }
        domains.forEach(domain -> targets.add(new Target.Domain(domain)));
        return new Targets(List.copyOf(targets), List.copyOf(skipped));
    }

    /// A plan's sending addresses, its domain and its bounce domain.
    public static Targets of(SetupPlan plan) {
        var addresses =
                plan.hosts().stream().map(SendingHost::addresses).flatMap(List::stream).toList();
        var domains = new ArrayList<DomainName>();
        domains.add(plan.domain());
        plan.bounceDomain().ifPresent(domains::add);
        return of(addresses, domains);
    }

    /// True when nothing is left to look up.
    public boolean isEmpty() {
        return targets.isEmpty();
    }

    /// How many targets are of `kind`.
    public long count(ListKind kind) {
        return targets.stream().filter(t -> t.kind() == kind).count();
    }
}
