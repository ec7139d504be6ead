package org.sendready.spf;

import java.util.Optional;
import org.sendready.dns.DomainName;
import org.sendready.dns.RrType;

/// Finds the target name of each mechanism (RFC 7208 section 4.8) and hands it to the
/// [MechanismMatcher]: the domain-spec expanded, or the current domain when there is none.
final class MechanismTargets {
    private final SpfRequest request;
    private final MacroExpander macros;
    private final MechanismMatcher mechanisms;

    MechanismTargets(SpfRequest request, MacroExpander macros, MechanismMatcher mechanisms) {
        this.request = request;
        this.macros = macros;
        this.mechanisms = mechanisms;
    }

    /// The verdict of a mechanism other than `include`, while `domain` is checked.
    Verdict evaluate(Mechanism mechanism, DomainName domain, QueryLog log) {
        var addressType = MechanismMatcher.addressType(request.ip());
        return switch (mechanism) {
            case Mechanism.All all -> mechanisms.all();
            case Mechanism.Ip4 ip4 -> mechanisms.ip4(ip4);
            case Mechanism.Ip6 ip6 -> mechanisms.ip6(ip6);
            case Mechanism.A a ->
                    onTarget(a.domain(), domain, log, addressType)
                            .orElseGet(name -> mechanisms.a(name, a.cidr(), log));
            case Mechanism.Mx mx ->
                    onTarget(mx.domain(), domain, log, RrType.MX)
                            .orElseGet(name -> mechanisms.mx(name, mx.cidr(), log));
            case Mechanism.Ptr ptr ->
                    onTarget(ptr.domain(), domain, log, RrType.PTR)
                            .orElseGet(name -> mechanisms.ptr(name, log));
            case Mechanism.Exists exists ->
                    onTarget(Optional.of(exists.domain()), domain, log, RrType.A)
                            .orElseGet(name -> mechanisms.exists(name, log));
            case Mechanism.Include include ->
                    throw new IllegalArgumentException("include is evaluated by CheckHost");
        };
    }

    /// The target of a term: its domain-spec expanded, or `domain` without one. `%{p}` is
    /// looked up through `log` when the spec uses it.
    TargetName target(Optional<DomainSpec> spec, DomainName domain, QueryLog log) {
        if (spec.isEmpty()) {
            return new TargetName.Valid(domain);
        }
        var text =
                macros.expand(
                        spec.get().macro(),
                        domain,
                        () -> ValidatedNames.macroValue(request.ip(), domain, log));
        return TargetName.expanded(text);
    }

    /// A valid target, or the verdict for an invalid one: no match, as for a name that does
    /// not exist (see [TargetName]).
    private Targeted onTarget(
            Optional<DomainSpec> spec, DomainName domain, QueryLog log, RrType type) {
        return switch (target(spec, domain, log)) {
            case TargetName.Valid(var name) -> new Targeted(name, null);
            case TargetName.Invalid invalid -> {
                log.notAsked(invalid, type);
                yield new Targeted(
                        null,
                        Verdict.noMatch(
                                "'"
                                        + invalid.text()
                                        + "' is not a valid domain name ("
                                        + invalid.reason()
                                        + "); it is treated as a name that does not exist"));
            }
        };
    }

    /// A target name, or the verdict that replaces the mechanism's work.
    private record Targeted(DomainName name, Verdict verdict) {
        Verdict orElseGet(java.util.function.Function<DomainName, Verdict> match) {
            return verdict != null ? verdict : match.apply(name);
        }
    }
}
