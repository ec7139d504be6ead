package org.sendready.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.input.InvalidInput;
import org.sendready.spf.SpfParser;
import org.sendready.spf.SpfRecord;

/// What an admin wants the domain's mail DNS to look like: the document the wizard edits,
/// the project file stores and the CLI reads. Records are derived from it, never edited.
///
/// @param domain the domain mail is sent from (the RFC 5322 From domain)
/// @param hosts the servers that send it, in order of preference
/// @param receivesMail whether the domain receives mail at these hosts (then MX records point
///     at them, in order)
/// @param dkimKeys the DKIM selectors to publish; two during a key rotation or for dual
///     RSA + Ed25519 signing
/// @param spf the SPF record of the domain
/// @param dmarc the DMARC policy of the domain
/// @param bounceDomain the Return-Path domain, when bounces go to a domain of their own
/// @param ttls the TTL of each kind of record
/// @param dkimRotation the DKIM key rotation in progress, if any; both its selectors are among
///     `dkimKeys`
public record SetupPlan(
        DomainName domain,
        List<SendingHost> hosts,
        boolean receivesMail,
        List<DkimKeyRef> dkimKeys,
        SpfRecord spf,
        DmarcPolicy dmarc,
        Optional<DomainName> bounceDomain,
        Ttls ttls,
        Optional<DkimRotation> dkimRotation) {

    public SetupPlan {
        Objects.requireNonNull(domain);
        Objects.requireNonNull(spf);
        Objects.requireNonNull(dmarc);
        Objects.requireNonNull(bounceDomain);
        Objects.requireNonNull(ttls);
        Objects.requireNonNull(dkimRotation);
        hosts = List.copyOf(hosts);
        dkimKeys = List.copyOf(dkimKeys);
        if (hosts.isEmpty()) {
            throw new InvalidInput(
                    "hosts", "no sending host; add the mail server's host name and IP");
        }
        requireUnique(hosts.stream().map(h -> h.hostname().ascii()).toList(), "hostname");
        requireUnique(dkimKeys.stream().map(k -> k.selector().ascii()).toList(), "selector");
        if (bounceDomain.filter(domain::equals).isPresent()) {
            throw new InvalidInput(
                    "bounce domain",
                    "is the domain itself; leave it empty, or use a subdomain such as bounces."
                            + domain);
        }
        if (dkimRotation.isPresent()) {
            requireSelectors(dkimRotation.get(), dkimKeys);
        }
    }

    /// A plan without a key rotation in progress.
    public SetupPlan(
            DomainName domain,
            List<SendingHost> hosts,
            boolean receivesMail,
            List<DkimKeyRef> dkimKeys,
            SpfRecord spf,
            DmarcPolicy dmarc,
            Optional<DomainName> bounceDomain,
            Ttls ttls) {
        this(
                domain,
                hosts,
                receivesMail,
                dkimKeys,
                spf,
                dmarc,
                bounceDomain,
                ttls,
                Optional.empty());
    }

    private static void requireSelectors(DkimRotation rotation, List<DkimKeyRef> keys) {
        for (var selector : List.of(rotation.retiring(), rotation.incoming())) {
            if (keys.stream().noneMatch(k -> k.selector().equals(selector))) {
                throw new InvalidInput(
                        DkimRotation.FIELD,
                        "selector '" + selector + "' is not among the plan's DKIM keys");
            }
        }
    }

    /// The keys that sign mail now: all but a revoked key and, during a rotation, the selector
    /// that does not sign at this stage ([DkimRotation#signsWith]).
    public List<DkimKeyRef> signingKeys() {
        return dkimKeys.stream()
                .filter(k -> !k.record().isRevoked())
                .filter(k -> dkimRotation.map(r -> r.signsWith(k.selector())).orElse(true))
                .toList();
    }

    private static void requireUnique(List<String> names, String field) {
        var seen = new HashSet<String>();
        for (var name : names) {
            if (!seen.add(name)) {
                throw new InvalidInput(field, "'" + name + "' is listed twice");
            }
        }
    }

    /// A first plan for `domain` sent from `hosts`: SPF authorising exactly the hosts'
    /// addresses and failing everything else, DMARC `p=none` (monitoring first, as RFC 7489
    /// section 6.7 advises before enforcing), no bounce domain, default TTLs.
    public static SetupPlan start(
            DomainName domain, List<SendingHost> hosts, List<DkimKeyRef> dkimKeys) {
        return new SetupPlan(
                domain,
                hosts,
                false,
                dkimKeys,
                spfFor(hosts),
                DmarcPolicy.builder().build(),
                Optional.empty(),
                Ttls.defaults());
    }

    /// `v=spf1 ip4:… ip6:… -all` for the hosts' addresses: no DNS lookups at all, so it can
    /// never run into RFC 7208's lookup limits.
    public static SpfRecord spfFor(List<SendingHost> hosts) {
        var terms =
                hosts.stream()
                        .flatMap(h -> h.addresses().stream())
                        .distinct()
                        .map(
                                a ->
                                        (a.getAddress().length == 4 ? "ip4:" : "ip6:")
                                                + IpAddresses.format(a))
                        .collect(Collectors.joining(" "));
        return SpfParser.parse(SpfRecord.VERSION + " " + terms + " -all");
    }

    /// The same plan for another domain: hosts, keys, SPF, DMARC, bounce domain and TTLs stay
    /// as they are. Throws [InvalidInput] when `newDomain` is the plan's bounce domain.
    public SetupPlan withDomain(DomainName newDomain) {
        return new SetupPlan(
                newDomain, hosts, receivesMail, dkimKeys, spf, dmarc, bounceDomain, ttls);
    }

    public SetupPlan withHosts(List<SendingHost> newHosts) {
        return new SetupPlan(
                domain,
                newHosts,
                receivesMail,
                dkimKeys,
                spf,
                dmarc,
                bounceDomain,
                ttls,
                dkimRotation);
    }

    public SetupPlan withReceivesMail(boolean receives) {
        return new SetupPlan(
                domain, hosts, receives, dkimKeys, spf, dmarc, bounceDomain, ttls, dkimRotation);
    }

    public SetupPlan withDkimKeys(List<DkimKeyRef> keys) {
        return new SetupPlan(
                domain, hosts, receivesMail, keys, spf, dmarc, bounceDomain, ttls, dkimRotation);
    }

    public SetupPlan withSpf(SpfRecord record) {
        return new SetupPlan(
                domain,
                hosts,
                receivesMail,
                dkimKeys,
                record,
                dmarc,
                bounceDomain,
                ttls,
                dkimRotation);
    }

    public SetupPlan withDmarc(DmarcPolicy policy) {
        return new SetupPlan(
                domain,
                hosts,
                receivesMail,
                dkimKeys,
                spf,
                policy,
                bounceDomain,
                ttls,
                dkimRotation);
    }

    public SetupPlan withBounceDomain(Optional<DomainName> bounce) {
        return new SetupPlan(
                domain, hosts, receivesMail, dkimKeys, spf, dmarc, bounce, ttls, dkimRotation);
    }

    public SetupPlan withTtls(Ttls newTtls) {
        return new SetupPlan(
                domain,
                hosts,
                receivesMail,
                dkimKeys,
                spf,
                dmarc,
                bounceDomain,
                newTtls,
                dkimRotation);
    }

    /// This plan with its DKIM keys and rotation replaced together, as a rotation step changes
    /// both (a new key and the rotation that brings it in; a revoked record and the rotation's
    /// end).
    public SetupPlan withDkim(List<DkimKeyRef> keys, Optional<DkimRotation> rotation) {
        return new SetupPlan(
                domain, hosts, receivesMail, keys, spf, dmarc, bounceDomain, ttls, rotation);
    }
}
