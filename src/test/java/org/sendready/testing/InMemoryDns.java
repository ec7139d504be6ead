package org.sendready.testing;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.Question;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.dns.Server;

/// A [DnsResolver] answering from memory, for unit tests of code above the DNS layer.
///
/// Answers like a resolver would: records of the type, following CNAMEs; NoData when the name
/// has other records or names below it; NxDomain otherwise. Fixed answers (failures, odd
/// cases) override that per question. Every question asked is recorded. Thread-safe.
public final class InMemoryDns implements DnsResolver {

    /// The TTL of records added through the shorthand methods.
    public static final Duration TTL = Duration.ofMinutes(5);

    /// The negative TTL of NxDomain and NoData answers.
    public static final Duration NEGATIVE_TTL = Duration.ofMinutes(5);

    /// Aliases followed before giving up, as a guard against loops in test data.
    private static final int MAX_CNAME_HOPS = 8;

    private final Map<DomainName, List<ResourceRecord>> records = new ConcurrentHashMap<>();
    private final Map<Question, DnsAnswer> fixed = new ConcurrentHashMap<>();
    private final List<Question> asked = new CopyOnWriteArrayList<>();

    public InMemoryDns add(ResourceRecord... added) {
        for (var record : added) {
            records.computeIfAbsent(record.owner(), n -> new CopyOnWriteArrayList<>()).add(record);
        }
        return this;
    }

    /// A TXT record of the given character-strings.
    public InMemoryDns txt(String name, String... strings) {
        return add(new ResourceRecord.Txt(DomainName.parse(name), TTL, List.of(strings)));
    }

    /// An A or AAAA record, by the form of `ip`.
    public InMemoryDns address(String name, String ip) {
        var owner = DomainName.parse(name);
        return switch (InetAddress.ofLiteral(ip)) {
            case Inet4Address v4 -> add(new ResourceRecord.A(owner, TTL, v4));
            case Inet6Address v6 -> add(new ResourceRecord.Aaaa(owner, TTL, v6));
            default -> throw new IllegalArgumentException(ip);
        };
    }

    public InMemoryDns mx(String name, int preference, String exchange) {
        return add(
                new ResourceRecord.Mx(
                        DomainName.parse(name),
                        TTL,
                        preference,
                        Optional.of(DomainName.parse(exchange))));
    }

    public InMemoryDns ptr(String name, String target) {
        return add(new ResourceRecord.Ptr(DomainName.parse(name), TTL, DomainName.parse(target)));
    }

    public InMemoryDns cname(String name, String target) {
        return add(new ResourceRecord.Cname(DomainName.parse(name), TTL, DomainName.parse(target)));
    }

    public InMemoryDns ns(String name, String host) {
        return add(new ResourceRecord.Ns(DomainName.parse(name), TTL, DomainName.parse(host)));
    }

    /// Answers `name`/`type` with `answer`, whatever the records say.
    public InMemoryDns answer(String name, RrType type, DnsAnswer answer) {
        fixed.put(new Question(DomainName.parse(name), type), answer);
        return this;
    }

    /// Answers `name`/`type` with a failure.
    public InMemoryDns fail(String name, RrType type, DnsAnswer.Failure kind) {
        return answer(name, type, new DnsAnswer.Failed(kind, Server.Source.MEMORY));
    }

    /// Every question asked, in order.
    public List<Question> asked() {
        return List.copyOf(asked);
    }

    @Override
    public CompletableFuture<DnsAnswer> query(DomainName name, RrType type) {
        var question = new Question(name, type);
        asked.add(question);
        var answer = fixed.get(question);
        return CompletableFuture.completedFuture(answer != null ? answer : lookUp(name, type));
    }

    private DnsAnswer lookUp(DomainName name, RrType type) {
        var current = name;
        for (int hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
            var here = records.getOrDefault(current, List.of());
            var matching = new ArrayList<ResourceRecord>();
            here.stream().filter(r -> r.type() == type).forEach(matching::add);
            if (!matching.isEmpty()) {
                return DnsAnswer.Records.of(matching, Server.Source.MEMORY);
            }
            var alias =
                    here.stream()
                            .filter(ResourceRecord.Cname.class::isInstance)
                            .map(ResourceRecord.Cname.class::cast)
                            .findFirst();
            if (alias.isEmpty() || type == RrType.CNAME) {
                return exists(current)
                        ? new DnsAnswer.NoData(NEGATIVE_TTL, Server.Source.MEMORY)
                        : new DnsAnswer.NxDomain(NEGATIVE_TTL, Server.Source.MEMORY);
            }
            current = alias.get().target();
        }
        return new DnsAnswer.Failed(DnsAnswer.Failure.OTHER, Server.Source.MEMORY);
    }

    /// RFC 8020: a name exists when it has records or names below it.
    private boolean exists(DomainName name) {
        return records.keySet().stream().anyMatch(owner -> owner.isWithin(name));
    }
}
