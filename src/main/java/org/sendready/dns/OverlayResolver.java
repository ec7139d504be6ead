package org.sendready.dns;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/// Lays planned records over live DNS, so checks can preview the state after publishing.
///
/// A question with planned records is answered from them ([Server.Source#PLANNED]) and replaces
/// the live record set of that name and type, as publishing would. A planned empty list means
/// the set will be removed (NoData). Every other question goes to the live resolver, except
/// that a name which gets planned records no longer answers NXDOMAIN: it will exist, so other
/// types there are NoData.
public final class OverlayResolver implements DnsResolver {
    private final DnsResolver live;
    private final Map<Question, List<ResourceRecord>> planned;
    private final Set<DomainName> plannedNames;

    /// `planned` maps each question to the records it will have; each record's owner and type
    /// must match its question.
    public OverlayResolver(DnsResolver live, Map<Question, List<ResourceRecord>> planned) {
        this.live = live;
        var copy = new LinkedHashMap<Question, List<ResourceRecord>>();
        planned.forEach(
                (question, records) -> {
                    for (var record : records) {
                        if (!record.owner().equals(question.name())
                                || record.type() != question.type()) {
                            throw new IllegalArgumentException(
                                    "record " + record + " does not answer " + question);
                        }
                    }
                    copy.put(question, List.copyOf(records));
                });
        this.planned = Map.copyOf(copy);
        this.plannedNames =
                copy.entrySet().stream()
                        .filter(entry -> !entry.getValue().isEmpty())
                        .map(entry -> entry.getKey().name())
                        .collect(Collectors.toUnmodifiableSet());
    }

    /// An overlay of `records`, grouped by owner and type.
    public static OverlayResolver of(
            DnsResolver live, Collection<? extends ResourceRecord> records) {
        Map<Question, List<ResourceRecord>> grouped =
                records.stream()
                        .collect(
                                Collectors.groupingBy(
                                        r -> new Question(r.owner(), r.type()),
                                        LinkedHashMap::new,
                                        Collectors.toList()));
        return new OverlayResolver(live, grouped);
    }

    @Override
    public CompletableFuture<DnsAnswer> query(DomainName name, RrType type) {
        var records = planned.get(new Question(name, type));
        if (records != null) {
            return CompletableFuture.completedFuture(
                    records.isEmpty()
                            ? new DnsAnswer.NoData(Duration.ZERO, Server.Source.PLANNED)
                            : DnsAnswer.Records.of(records, Server.Source.PLANNED));
        }
        return live.query(name, type)
                .thenApply(
                        answer ->
                                answer instanceof DnsAnswer.NxDomain nx
                                                && plannedNames.contains(name)
                                        ? new DnsAnswer.NoData(nx.negativeTtl(), nx.from())
                                        : answer);
    }
}
