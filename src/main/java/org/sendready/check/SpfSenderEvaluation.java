package org.sendready.check;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendready.dns.IpAddresses;
import org.sendready.spf.Directive;
import org.sendready.spf.Mechanism;
import org.sendready.spf.Qualifier;
import org.sendready.spf.SpfLint;
import org.sendready.spf.SpfRecord;

/// Whether the published SPF record authorises each sending IP, judged from the record alone.
///
/// **Scope.** This is a static stand-in for RFC 7208 check_host(): it counts the DNS-querying
/// terms written in the record itself (not through includes and redirects), and walks the
/// directives in order only as far as `ip4:`, `ip6:` and `all` decide; at the first term that
/// needs DNS (`a`, `mx`, `include`, `exists`, `ptr`) it stops and says the address was not
/// evaluated. Full evaluation comes with the SPF evaluator.
final class SpfSenderEvaluation {

    /// What the static walk found for one address: the qualifier of the deciding directive,
    /// or empty when a term needing DNS came first.
    private record Outcome(InetAddress ip, Optional<Directive> decidedBy) {}

    private final SpfRecord record;
    private final List<Outcome> outcomes;

    private SpfSenderEvaluation(SpfRecord record, List<Outcome> outcomes) {
        this.record = record;
        this.outcomes = outcomes;
    }

    static CompletableFuture<SpfSenderEvaluation> run(CheckContext context, SpfRecord live) {
        var outcomes = new ArrayList<Outcome>();
        for (var host : context.plan().hosts()) {
            for (var ip : host.addresses()) {
                outcomes.add(new Outcome(ip, decide(live, ip)));
            }
        }
        return CompletableFuture.completedFuture(new SpfSenderEvaluation(live, outcomes));
    }

    private static Optional<Directive> decide(SpfRecord record, InetAddress ip) {
        for (var directive : record.directives()) {
            var matches =
                    switch (directive.mechanism()) {
                        case Mechanism.All all -> Optional.of(true);
                        case Mechanism.Ip4 ip4 ->
                                Optional.of(covers(ip4.address(), ip4.prefix(), ip));
                        case Mechanism.Ip6 ip6 ->
                                Optional.of(covers(ip6.address(), ip6.prefix(), ip));
                        default -> Optional.<Boolean>empty();
                    };
            if (matches.isEmpty()) {
                return Optional.empty();
            }
            if (matches.get()) {
                return Optional.of(directive);
            }
        }
        return Optional.empty();
    }

    private static boolean covers(InetAddress network, int prefix, InetAddress ip) {
        var a = network.getAddress();
        var b = ip.getAddress();
        if (a.length != b.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((a[bit / 8] & mask) != (b[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /// The addresses the record passes, when it passes all of them; empty otherwise.
    List<String> passes() {
        return outcomes.stream().allMatch(this::passes)
                ? outcomes.stream().map(o -> IpAddresses.format(o.ip())).toList()
                : List.of();
    }

    private boolean passes(Outcome outcome) {
        return outcome.decidedBy().filter(d -> d.qualifier() == Qualifier.PASS).isPresent();
    }

    void addTo(TxtStepFindings findings) {
        int terms = record.dnsTermCount();
        if (terms > SpfRecord.MAX_DNS_TERMS) {
            findings.flag(
                    CheckStatus.FAIL,
                    "The SPF record has "
                            + terms
                            + " terms that query DNS, more than the 10 receivers allow"
                            + " (permerror)",
                    "RFC 7208 section 4.6.4. Replace a and mx with ip4:/ip6:, or merge includes.");
        } else if (terms >= SpfLint.DNS_TERMS_WARNING) {
            findings.flag(
                    CheckStatus.WARN,
                    "The SPF record alone uses " + terms + " of the 10 DNS lookups receivers allow",
                    "RFC 7208 section 4.6.4; each include or redirect adds the lookups of the"
                            + " record it names. Keep headroom: use ip4:/ip6: for servers whose"
                            + " addresses are stable.");
        } else {
            findings.note(
                    "The record itself has "
                            + terms
                            + " of the 10 DNS-querying terms allowed (included records, not"
                            + " followed here, add theirs).");
        }
        for (var outcome : outcomes) {
            var ip = IpAddresses.format(outcome.ip());
            outcome.decidedBy()
                    .ifPresentOrElse(
                            directive -> {
                                if (directive.qualifier() == Qualifier.PASS) {
                                    findings.note(ip + " passes: '" + directive.format() + "'");
                                } else {
                                    findings.flag(
                                            CheckStatus.FAIL,
                                            "SPF does not authorise "
                                                    + ip
                                                    + " (result: "
                                                    + directive.qualifier().word()
                                                    + ")",
                                            "'"
                                                    + directive.format()
                                                    + "' decides for it; add ip"
                                                    + (outcome.ip().getAddress().length == 4
                                                            ? "4:"
                                                            : "6:")
                                                    + ip
                                                    + " before it.");
                                }
                            },
                            () ->
                                    findings.note(
                                            ip
                                                    + " was not evaluated: the record reaches a"
                                                    + " term that queries DNS first, which this"
                                                    + " check does not follow."));
        }
    }
}
