package org.sendready.spf;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Comparator;
import java.util.List;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;

/// Evaluates the mechanisms that compare the client with DNS data or with literals (RFC 7208
/// sections 5.1 and 5.3 to 5.7). `include` evaluates a record of its own and lives in
/// [CheckHost].
///
/// DNS errors follow section 5: a failed lookup (an RCODE other than 0 or 3, or no answer)
/// is a temperror, except in `ptr` (section 5.5); NXDOMAIN is treated as an answer without
/// records. A term whose own query comes back void counts against the void limit.
final class MechanismMatcher {

    /// RFC 7208 section 4.6.4: an `mx` whose name has more than 10 MX records is a permerror.
    static final int MAX_MX_NAMES = 10;

    private final SpfRequest request;
    private final LookupBudget budget;

    MechanismMatcher(SpfRequest request, LookupBudget budget) {
        this.request = request;
        this.budget = budget;
    }

    /// RFC 7208 section 5: the address records compared with `ip`: A for an IPv4 client,
    /// AAAA for an IPv6 client.
    static RrType addressType(InetAddress ip) {
        return ip instanceof Inet4Address ? RrType.A : RrType.AAAA;
    }

    /// The addresses of the records of `type` in `records`.
    static List<InetAddress> addresses(DnsAnswer.Records records, RrType type) {
        return records.records().stream()
                .<InetAddress>mapMulti(
                        (record, out) -> {
                            switch (record) {
                                case ResourceRecord.A a when type == RrType.A ->
                                        out.accept(a.address());
                                case ResourceRecord.Aaaa aaaa when type == RrType.AAAA ->
                                        out.accept(aaaa.address());
                                default -> {}
                            }
                        })
                .toList();
    }

    /// `all` (section 5.1) always matches.
    Verdict all() {
        return Verdict.match("all matches every client");
    }

    /// `ip4` (section 5.6): an IPv4 client inside the network.
    Verdict ip4(Mechanism.Ip4 ip4) {
        return network(ip4.address(), ip4.prefix());
    }

    /// `ip6` (section 5.6): an IPv6 client inside the network.
    Verdict ip6(Mechanism.Ip6 ip6) {
        return network(ip6.address(), ip6.prefix());
    }

    /// `a` (section 5.3): one of the target's addresses, widened by the CIDR length, holds the
    /// client.
    Verdict a(DomainName target, DualCidr cidr, QueryLog log) {
        var type = addressType(request.ip());
        return switch (log.ask(target, type)) {
            case DnsAnswer.Records records -> compare(records, type, cidr, target.ascii());
            case DnsAnswer.NxDomain nx -> noRecords(target + " does not exist");
            case DnsAnswer.NoData noData -> noRecords(target + " has no " + type + " records");
            case DnsAnswer.Failed failed ->
                    Verdict.temperror(type + " lookup failed: " + failed.kind().description());
        };
    }

    /// `mx` (section 5.4): one of the addresses of the target's mail exchangers holds the
    /// client. Exchangers are tried by preference, then name; the null MX `.` has none.
    Verdict mx(DomainName target, DualCidr cidr, QueryLog log) {
        return switch (log.ask(target, RrType.MX)) {
            case DnsAnswer.Records records -> exchangers(records, cidr, log);
            case DnsAnswer.NxDomain nx -> noRecords(target + " does not exist");
            case DnsAnswer.NoData noData -> noRecords(target + " has no MX records");
            case DnsAnswer.Failed failed ->
                    Verdict.temperror("MX lookup failed: " + failed.kind().description());
        };
    }

    /// `ptr` (section 5.5): a validated name of the client equals the target or ends in it.
    /// Only names that end in the target are validated, which gives the same answer with
    /// fewer lookups.
    Verdict ptr(DomainName target, QueryLog log) {
        return switch (ValidatedNames.find(request.ip(), log, name -> name.isWithin(target))) {
            case ValidatedNames.Lookup.Names(var names) when !names.isEmpty() ->
                    Verdict.match("validated name " + names.getFirst() + " is within " + target);
            case ValidatedNames.Lookup.Names names ->
                    Verdict.noMatch("no validated name of the client is within " + target);
            case ValidatedNames.Lookup.Void none -> noRecords("the client address has no PTR");
            case ValidatedNames.Lookup.Failed(var reason) ->
                    Verdict.noMatch(
                            "PTR lookup failed ("
                                    + reason
                                    + "); section 5.5 makes that no match, not an error");
        };
    }

    /// `exists` (section 5.7): the target has an A record, whatever the client's family.
    Verdict exists(DomainName target, QueryLog log) {
        return switch (log.ask(target, RrType.A)) {
            case DnsAnswer.Records records -> Verdict.match(target + " has an A record");
            case DnsAnswer.NxDomain nx -> noRecords(target + " does not exist");
            case DnsAnswer.NoData noData -> noRecords(target + " has no A records");
            case DnsAnswer.Failed failed ->
                    Verdict.temperror("A lookup failed: " + failed.kind().description());
        };
    }

    private Verdict network(InetAddress network, int prefix) {
        var shown = MacroExpander.readable(network) + "/" + prefix;
        return AddressMatch.contains(network, prefix, request.ip())
                ? Verdict.match("the client is in " + shown)
                : Verdict.noMatch("the client is not in " + shown);
    }

    private Verdict compare(DnsAnswer.Records records, RrType type, DualCidr cidr, String owner) {
        int prefix = type == RrType.A ? cidr.ip4Prefix() : cidr.ip6Prefix();
        for (var address : addresses(records, type)) {
            if (AddressMatch.contains(address, prefix, request.ip())) {
                return Verdict.match(
                        "the client is in "
                                + MacroExpander.readable(address)
                                + "/"
                                + prefix
                                + " of "
                                + owner);
            }
        }
        return Verdict.noMatch("the client is not among the addresses of " + owner);
    }

    private Verdict exchangers(DnsAnswer.Records records, DualCidr cidr, QueryLog log) {
        var all = records.records().stream().filter(r -> r.type() == RrType.MX).toList();
        if (all.size() > MAX_MX_NAMES) {
            return Verdict.permerror(
                    all.size()
                            + " MX records; RFC 7208 section 4.6.4 allows an mx mechanism at most "
                            + MAX_MX_NAMES);
        }
        var exchangers =
                records.recordsOf(ResourceRecord.Mx.class).stream()
                        .filter(mx -> mx.exchange().isPresent())
                        .sorted(
                                Comparator.comparingInt(ResourceRecord.Mx::preference)
                                        .thenComparing(mx -> mx.exchange().orElseThrow()))
                        .map(mx -> mx.exchange().orElseThrow())
                        .toList();
        var type = addressType(request.ip());
        for (var exchanger : exchangers) {
            switch (log.ask(exchanger, type)) {
                case DnsAnswer.Records addresses -> {
                    var verdict = compare(addresses, type, cidr, exchanger.ascii());
                    if (verdict.kind() == Verdict.Kind.MATCH) {
                        return verdict;
                    }
                }
                case DnsAnswer.NxDomain nx -> {}
                case DnsAnswer.NoData noData -> {}
                case DnsAnswer.Failed failed -> {
                    return Verdict.temperror(
                            type
                                    + " lookup of "
                                    + exchanger
                                    + " failed: "
                                    + failed.kind().description());
                }
            }
        }
        return Verdict.noMatch(
                exchangers.isEmpty()
                        ? "no mail exchanger (null MX)"
                        : "the client is not among the addresses of the mail exchangers");
    }

    /// A void answer to the term's own query: no match, unless it is one void too many.
    private Verdict noRecords(String detail) {
        if (!budget.spendVoid()) {
            return Verdict.permerror(detail + "; " + LookupBudget.voidLimitReason());
        }
        return Verdict.noMatch(detail + " (void lookup " + budget.voids() + ")");
    }
}
