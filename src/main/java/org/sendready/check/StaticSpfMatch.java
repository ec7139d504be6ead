package org.sendready.check;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;
import org.sendready.spf.Directive;
import org.sendready.spf.DomainSpec;
import org.sendready.spf.DualCidr;
import org.sendready.spf.Mechanism;
import org.sendready.spf.Qualifier;
import org.sendready.spf.SpfRecord;

/// The simple, static part of SPF evaluation (RFC 7208 section 4.6.2): directives are tried
/// left to right, and only those decidable without further DNS are decided here: `ip4`,
/// `ip6`, `all`, and `a` for the record's own name, whose addresses the caller looked up.
///
/// Anything else (`include`, `mx`, `ptr`, `exists`, `a` of another name, `redirect=`) makes
/// the outcome UNDECIDED rather than guessed; a full `check_host()` decides those.
final class StaticSpfMatch {

    /// How far the static evaluation got.
    enum Outcome {
        /// The first matching directive has the `+` qualifier.
        PASS,
        /// The first matching directive has another qualifier, or none matches (neutral).
        NOT_PASS,
        /// A directive before any match needs DNS beyond the name's own addresses.
        UNDECIDED
    }

    /// The outcome, the directive that decided it if any, and why, in words.
    record Match(Outcome outcome, Optional<Directive> decidedBy, String reason) {}

    private StaticSpfMatch() {}

    /// True when the record has an `a` mechanism for `name` itself, so its addresses matter.
    static boolean usesOwnAddresses(SpfRecord record, DomainName name) {
        return record.directives().stream()
                .anyMatch(
                        d -> d.mechanism() instanceof Mechanism.A a && refersTo(a.domain(), name));
    }

    /// Evaluates `record`, published at `name` (whose A/AAAA records hold `ownAddresses`),
    /// for a connection from `ip`.
    static Match evaluate(
            SpfRecord record, DomainName name, InetAddress ip, List<InetAddress> ownAddresses) {
        for (var directive : record.directives()) {
            var quoted = "'" + directive.format() + "'";
            switch (termMatch(directive.mechanism(), name, ip, ownAddresses)) {
                case UNDECIDABLE -> {
                    return new Match(
                            Outcome.UNDECIDED,
                            Optional.empty(),
                            quoted + " needs more DNS lookups than this check makes");
                }
                case MATCH -> {
                    return new Match(
                            directive.qualifier() == Qualifier.PASS
                                    ? Outcome.PASS
                                    : Outcome.NOT_PASS,
                            Optional.of(directive),
                            quoted + " matches, which gives " + directive.qualifier().word());
                }
                case NO_MATCH -> {}
            }
        }
        if (record.redirect().isPresent()) {
            return new Match(
                    Outcome.UNDECIDED,
                    Optional.empty(),
                    "nothing matches before 'redirect="
                            + record.redirect().get().format()
                            + "', which needs more DNS lookups than this check makes");
        }
        return new Match(
                Outcome.NOT_PASS,
                Optional.empty(),
                "no term matches, which gives neutral (RFC 7208 section 4.7)");
    }

    private enum TermMatch {
        MATCH,
        NO_MATCH,
        UNDECIDABLE
    }

    private static TermMatch termMatch(
            Mechanism mechanism, DomainName name, InetAddress ip, List<InetAddress> own) {
        return switch (mechanism) {
            case Mechanism.All all -> TermMatch.MATCH;
            case Mechanism.Ip4 ip4 -> of(contains(ip4.address(), ip4.prefix(), ip));
            case Mechanism.Ip6 ip6 -> of(contains(ip6.address(), ip6.prefix(), ip));
            case Mechanism.A a ->
                    refersTo(a.domain(), name)
                            ? of(own.stream().anyMatch(address -> inCidr(address, a.cidr(), ip)))
                            : TermMatch.UNDECIDABLE;
            case Mechanism.Include include -> TermMatch.UNDECIDABLE;
            case Mechanism.Mx mx -> TermMatch.UNDECIDABLE;
            case Mechanism.Ptr ptr -> TermMatch.UNDECIDABLE;
            case Mechanism.Exists exists -> TermMatch.UNDECIDABLE;
        };
    }

    private static TermMatch of(boolean matches) {
        return matches ? TermMatch.MATCH : TermMatch.NO_MATCH;
    }

    /// RFC 7208 section 5.3: `a/24//64` matches addresses within the prefix of the family.
    private static boolean inCidr(InetAddress own, DualCidr cidr, InetAddress ip) {
        return contains(own, own instanceof Inet4Address ? cidr.ip4Prefix() : cidr.ip6Prefix(), ip);
    }

    private static boolean refersTo(Optional<DomainSpec> domain, DomainName name) {
        if (domain.isEmpty()) {
            return true;
        }
        var text = domain.get().literalText();
        if (text.isEmpty()) {
            return false;
        }
        try {
            return DomainName.parse(text.get()).equals(name);
        } catch (InvalidInput e) {
            return false;
        }
    }

    /// RFC 7208 section 5.6: whether `ip` lies in `network`/`prefix`; never across families.
    static boolean contains(InetAddress network, int prefix, InetAddress ip) {
        if ((network instanceof Inet6Address) != (ip instanceof Inet6Address)) {
            return false;
        }
        var net = network.getAddress();
        var address = ip.getAddress();
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (net[i] != address[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (net[full] & mask) == (address[full] & mask);
    }
}
