package org.sendready.spf;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.ReverseName;
import org.sendready.dns.RrType;

/// The validated names of the client address (RFC 7208 section 5.5): the names its PTR
/// records give whose own A or AAAA records include the address again. Used by `ptr` and by
/// the `%{p}` macro (section 7.3).
final class ValidatedNames {

    /// RFC 7208 section 4.6.4: of the client's PTR records, only the first 10 names are looked
    /// up; the rest are ignored.
    static final int MAX_PTR_NAMES = 10;

    /// RFC 7208 section 7.3: `%{p}` is `unknown` when no name validates.
    static final String UNKNOWN = "unknown";

    /// What the reverse lookup gave.
    sealed interface Lookup {
        /// The validated names among the candidates, in PTR order.
        record Names(List<DomainName> names) implements Lookup {}

        /// The PTR lookup found no name or no records.
        record Void() implements Lookup {}

        /// The PTR lookup failed.
        record Failed(String reason) implements Lookup {}
    }

    private ValidatedNames() {}

    /// Looks up the PTR names of `ip` and validates the first 10 that `candidate` accepts.
    /// A name whose address lookup fails is skipped (section 5.5).
    static Lookup find(InetAddress ip, QueryLog log, Predicate<DomainName> candidate) {
        var answer = log.ask(ReverseName.of(ip).owner(), RrType.PTR);
        return switch (answer) {
            case DnsAnswer.Records records -> {
                var names = new ArrayList<DomainName>();
                for (var record : records.records().stream().limit(MAX_PTR_NAMES).toList()) {
                    if (record instanceof ResourceRecord.Ptr ptr
                            && candidate.test(ptr.target())
                            && resolvesTo(ptr.target(), ip, log)) {
                        names.add(ptr.target());
                    }
                }
                yield new Lookup.Names(List.copyOf(names));
            }
            case DnsAnswer.NxDomain nx -> new Lookup.Void();
            case DnsAnswer.NoData noData -> new Lookup.Void();
            case DnsAnswer.Failed failed -> new Lookup.Failed(failed.kind().description());
        };
    }

    /// `%{p}` while `domain` is checked (RFC 7208 section 7.3): `domain` itself if it
    /// validates, else a validated subdomain of it, else any validated name, else `unknown`.
    static String macroValue(InetAddress ip, DomainName domain, QueryLog log) {
        if (!(find(ip, log, name -> true) instanceof Lookup.Names(var names)) || names.isEmpty()) {
            return UNKNOWN;
        }
        return names.stream()
                .filter(domain::equals)
                .findFirst()
                .or(() -> names.stream().filter(n -> n.isWithin(domain)).findFirst())
                .orElse(names.getFirst())
                .ascii();
    }

    private static boolean resolvesTo(DomainName name, InetAddress ip, QueryLog log) {
        var type = MechanismMatcher.addressType(ip);
        return log.ask(name, type) instanceof DnsAnswer.Records records
                && MechanismMatcher.addresses(records, type).stream()
                        .anyMatch(a -> Arrays.equals(a.getAddress(), ip.getAddress()));
    }
}
