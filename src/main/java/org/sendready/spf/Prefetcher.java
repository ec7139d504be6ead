package org.sendready.spf;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.ReverseName;
import org.sendready.dns.RrType;

/// Sends DNS questions ahead of the evaluation, so that a record costs about as many round
/// trips as its include depth rather than its number of terms.
///
/// When a record is known, the questions of all its DNS-querying terms go out at once: the
/// records of `include` and `redirect=` targets, the addresses of `a`, the MX of `mx`, the A
/// of `exists`, the PTR of `ptr`. As answers arrive, the walk continues into included records,
/// mail exchangers and PTR names. Domain-specs that use `%{p}` wait for the evaluation, since
/// that macro needs DNS itself; every other macro is known from the request.
///
/// The answers only fill the [DnsCache]. The evaluator still consumes them in order and does
/// all counting, so results, lookup counts, void counts and the point where a limit is hit are
/// exactly those of sequential evaluation; answers for terms never reached count for nothing.
/// Thread-safe: the walk continues on DNS callback threads.
final class Prefetcher {

    /// Questions sent ahead per evaluation at most. Sequential evaluation asks for at most 10
    /// DNS-querying terms plus up to 10 address lookups for each `mx` and `ptr`; 64 covers
    /// real records with room, and bounds what a hostile record can make us send.
    static final int MAX_QUESTIONS = 64;

    /// A prefetcher that sends nothing: sequential evaluation.
    static final Prefetcher NONE = new Prefetcher(null, null, null);

    private final DnsCache dns;
    private final MacroExpander macros;
    private final SpfRequest request;
    private final Set<DomainName> walked = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sent = new AtomicInteger();
    private volatile boolean stopped;

    Prefetcher(DnsCache dns, MacroExpander macros, SpfRequest request) {
        this.dns = dns;
        this.macros = macros;
        this.request = request;
        this.stopped = dns == null;
    }

    /// Sends the questions of `record`, published at `domain`, unless already done.
    void record(SpfRecord record, DomainName domain) {
        if (stopped || !walked.add(domain)) {
            return;
        }
        var addressType = MechanismMatcher.addressType(request.ip());
        for (var directive : record.directives()) {
            switch (directive.mechanism()) {
                case Mechanism.Include include ->
                        name(include.domain(), domain).ifPresent(this::spf);
                case Mechanism.A a ->
                        target(a.domain(), domain).ifPresent(n -> ask(n, addressType));
                case Mechanism.Mx mx -> target(mx.domain(), domain).ifPresent(this::exchangers);
                case Mechanism.Exists exists ->
                        name(exists.domain(), domain).ifPresent(n -> ask(n, RrType.A));
                case Mechanism.Ptr ptr -> ptrNames();
                case Mechanism.All all -> {}
                case Mechanism.Ip4 ip4 -> {}
                case Mechanism.Ip6 ip6 -> {}
            }
        }
        if (!record.hasAll()) {
            record.redirect().flatMap(spec -> name(spec, domain)).ifPresent(this::spf);
        }
    }

    /// Sends nothing more: the evaluation is over.
    void stop() {
        stopped = true;
    }

    private void spf(DomainName name) {
        ask(name, RrType.TXT).ifPresent(f -> f.thenAccept(answer -> walkRecord(answer, name)));
    }

    private void walkRecord(DnsAnswer answer, DomainName name) {
        if (RecordSelection.of(answer) instanceof RecordSelection.Found found
                && found.parsed() instanceof SpfParseResult.Parsed parsed) {
            record(parsed.record(), name);
        }
    }

    private void exchangers(DomainName name) {
        ask(name, RrType.MX).ifPresent(f -> f.thenAccept(this::walkExchangers));
    }

    private void walkExchangers(DnsAnswer answer) {
        if (answer instanceof DnsAnswer.Records records
                && records.records().size() <= MechanismMatcher.MAX_MX_NAMES) {
            for (var mx : records.recordsOf(ResourceRecord.Mx.class)) {
                mx.exchange().ifPresent(this::address);
            }
        }
    }

    private void ptrNames() {
        ask(ReverseName.of(request.ip()).owner(), RrType.PTR)
                .ifPresent(f -> f.thenAccept(this::walkPtrNames));
    }

    private void walkPtrNames(DnsAnswer answer) {
        if (answer instanceof DnsAnswer.Records records) {
            records.recordsOf(ResourceRecord.Ptr.class).stream()
                    .limit(ValidatedNames.MAX_PTR_NAMES)
                    .forEach(ptr -> address(ptr.target()));
        }
    }

    private void address(DomainName name) {
        ask(name, MechanismMatcher.addressType(request.ip()));
    }

    private Optional<DomainName> target(Optional<DomainSpec> spec, DomainName domain) {
        return spec.isEmpty() ? Optional.of(domain) : name(spec.get(), domain);
    }

    private Optional<DomainName> name(DomainSpec spec, DomainName domain) {
        if (MacroExpander.needsDns(spec.macro())) {
            return Optional.empty();
        }
        var text =
                macros.expand(
                        spec.macro(),
                        domain,
                        () -> {
                            throw new IllegalStateException("%{p} is not prefetched");
                        });
        return TargetName.expanded(text) instanceof TargetName.Valid(var name)
                ? Optional.of(name)
                : Optional.empty();
    }

    private Optional<CompletableFuture<DnsAnswer>> ask(DomainName name, RrType type) {
        if (stopped || sent.incrementAndGet() > MAX_QUESTIONS) {
            return Optional.empty();
        }
        return Optional.of(dns.ask(name, type));
    }
}
