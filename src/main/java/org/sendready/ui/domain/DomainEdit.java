package org.sendready.ui.domain;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sendready.dmarc.ReportUri;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.input.InvalidInput;
import org.sendready.plan.SendingHost;
import org.sendready.plan.SetupPlan;

/// What the Domain step's fields make of the plan: the first valid input starts a plan, later
/// edits keep everything the other steps decided, and say what the user may have to follow up.
///
/// @param plan the plan to set
/// @param notes what the edit left for the user to check elsewhere, e.g. a hand-made SPF
///     record that does not know a new address yet; empty when nothing needs attention
record DomainEdit(SetupPlan plan, List<String> notes) {

    DomainEdit {
        notes = List.copyOf(notes);
    }

    /// The plan for `domain` sent from `hosts`, starting from `old` when there is one.
    ///
    /// @throws InvalidInput when the plan cannot hold the values, e.g. a host name listed twice
    static DomainEdit of(
            Optional<SetupPlan> old,
            DomainName domain,
            List<SendingHost> hosts,
            boolean receivesMail) {
        if (old.isEmpty()) {
            return new DomainEdit(
                    SetupPlan.start(domain, hosts, List.of()).withReceivesMail(receivesMail),
                    List.of());
        }
        var before = old.get();
        var notes = new ArrayList<String>();
        var spf = before.spf();
        if (!before.hosts().equals(hosts)) {
            if (spf.equals(SetupPlan.spfFor(before.hosts()))) {
                spf = SetupPlan.spfFor(hosts);
            } else {
                spfNote(before.hosts(), hosts).ifPresent(notes::add);
            }
        }
        var bounce = before.bounceDomain();
        if (!before.domain().equals(domain)) {
            bounce = bounce.map(b -> movedAlong(b, before.domain(), domain));
            if (!bounce.equals(before.bounceDomain())) {
                notes.add(
                        "The bounce domain moved along with the domain: it is now "
                                + bounce.orElseThrow().unicode()
                                + ".");
            }
            reportNote(before, domain).ifPresent(notes::add);
        }
        var plan =
                new SetupPlan(
                        domain,
                        hosts,
                        receivesMail,
                        before.dkimKeys(),
                        spf,
                        before.dmarc(),
                        bounce,
                        before.ttls());
        return new DomainEdit(plan, notes);
    }

    /// A hand-made SPF record is kept; the user must add or drop the addresses that changed.
    private static Optional<String> spfNote(List<SendingHost> before, List<SendingHost> after) {
        var added = addresses(after);
        added.removeAll(addresses(before));
        var removed = addresses(before);
        removed.removeAll(addresses(after));
        if (added.isEmpty() && removed.isEmpty()) {
            return Optional.empty();
        }
        var text =
                new StringBuilder(
                        "Your SPF record was changed in the SPF step, so it was kept as it is:");
        if (!added.isEmpty()) {
            text.append(" make sure it allows ").append(list(added));
        }
        if (!removed.isEmpty()) {
            text.append(added.isEmpty() ? " " : "; ")
                    .append("remove ")
                    .append(list(removed))
                    .append(" if no server sends from it any more");
        }
        return Optional.of(text.append(" (SPF builder).").toString());
    }

    /// DMARC reports that went to the old domain now go to a foreign one.
    private static Optional<String> reportNote(SetupPlan before, DomainName domain) {
        var dmarc = before.dmarc();
        var oldDomain = before.domain();
        var stale =
                Stream.concat(dmarc.aggregateReports().stream(), dmarc.failureReports().stream())
                        .filter(ReportUri.Mailto.class::isInstance)
                        .map(uri -> ((ReportUri.Mailto) uri).address())
                        .filter(a -> a.domain().isWithin(oldDomain) && !a.domain().isWithin(domain))
                        .map(Object::toString)
                        .distinct()
                        .toList();
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                "DMARC reports still go to "
                        + String.join(", ", stale)
                        + "; change the report addresses in the DMARC step if that was meant to"
                        + " be this domain.");
    }

    /// A bounce domain below the old domain moves below the new one (`bounces.old.example` to
    /// `bounces.new.example`); one elsewhere stays.
    private static DomainName movedAlong(DomainName bounce, DomainName from, DomainName to) {
        if (bounce.equals(from) || !bounce.isWithin(from)) {
            return bounce;
        }
        try {
            return DomainName.parse(bounce.relativeTo(from) + "." + to.ascii(), "bounce domain");
        } catch (InvalidInput tooLong) {
            return bounce;
        }
    }

    private static Set<InetAddress> addresses(List<SendingHost> hosts) {
        return hosts.stream()
                .flatMap(h -> h.addresses().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String list(Set<InetAddress> addresses) {
        return addresses.stream().map(IpAddresses::format).collect(Collectors.joining(", "));
    }
}
