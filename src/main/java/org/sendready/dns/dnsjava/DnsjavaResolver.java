package org.sendready.dns.dnsjava;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsAnswer.Failure;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.NameServerClient;
import org.sendready.dns.ResolverOptions;
import org.sendready.dns.RrType;
import org.sendready.dns.Server;
import org.xbill.DNS.ResolverConfig;

/// The live resolver: asks real servers through dnsjava, uncached (STYLE.md section 6).
///
/// Each query goes straight to the wire with dnsjava's `SimpleResolver`: no `Lookup`, no
/// cache, no hosts file, so a re-check sees what the servers say now. Servers are tried in
/// order for the configured number of rounds; a server that fails (timeout, SERVFAIL, ...)
/// hands over to the next. Whatever happens, the answer is complete by the deadline.
/// Continuations run on the injected executor.
public final class DnsjavaResolver implements DnsResolver, NameServerClient {
    private final ResolverOptions options;
    private final List<Server.Endpoint> servers;
    private final Executor executor;

    /// A resolver for `options`; the system's servers, if those are asked, are read now.
    public DnsjavaResolver(ResolverOptions options, Executor executor) {
        this.options = Objects.requireNonNull(options);
        this.executor = Objects.requireNonNull(executor);
        this.servers = options.usesSystemServers() ? systemServers() : options.servers();
    }

    /// The servers asked, in order.
    public List<Server.Endpoint> servers() {
        return servers;
    }

    /// The resolvers this machine is configured with (`/etc/resolv.conf`, the Windows
    /// registry, ...), as dnsjava finds them; dnsjava falls back to localhost.
    private static List<Server.Endpoint> systemServers() {
        return ResolverConfig.getCurrentConfig().servers().stream()
                .map(address -> new Server.Endpoint(address.getAddress(), address.getPort()))
                .toList();
    }

    @Override
    public CompletableFuture<DnsAnswer> query(DomainName name, RrType type) {
        var tries = new ArrayList<Server.Endpoint>();
        for (int round = 0; round < options.attempts(); round++) {
            tries.addAll(servers);
        }
        return run(tries, name, type, true);
    }

    @Override
    public CompletableFuture<DnsAnswer> ask(Server.Endpoint server, DomainName name, RrType type) {
        var tries = new ArrayList<Server.Endpoint>();
        for (int round = 0; round < options.attempts(); round++) {
            tries.add(server);
        }
        return run(tries, name, type, false);
    }

    private CompletableFuture<DnsAnswer> run(
            List<Server.Endpoint> tries, DomainName name, RrType type, boolean recursion) {
        var result = new CompletableFuture<DnsAnswer>();
        if (tries.isEmpty()) {
            result.complete(new DnsAnswer.Failed(Failure.NETWORK, Server.Source.SYSTEM));
            return result;
        }
        var attempts = new Attempts(tries, name, type, recursion, result);
        CompletableFuture.delayedExecutor(
                        options.deadline().toNanos(), TimeUnit.NANOSECONDS, executor)
                .execute(attempts::expire);
        attempts.next();
        return result;
    }

    /// One query's walk through its tries; `result` completes with the first real answer,
    /// the most telling failure once all tries failed, or a timeout at the deadline.
    private final class Attempts {
        private final List<Server.Endpoint> tries;
        private final DomainName name;
        private final RrType type;
        private final boolean recursion;
        private final CompletableFuture<DnsAnswer> result;
        private final Exchange exchange;
        private int index;
        private volatile DnsAnswer.Failed reported;
        private volatile Server.Endpoint lastAsked;

        Attempts(
                List<Server.Endpoint> tries,
                DomainName name,
                RrType type,
                boolean recursion,
                CompletableFuture<DnsAnswer> result) {
            this.tries = tries;
            this.name = name;
            this.type = type;
            this.recursion = recursion;
            this.result = result;
            this.exchange = new Exchange(options.tryTimeout(), executor);
        }

        /// Sends the next try; tries run one after another, so `index` needs no lock.
        void next() {
            if (result.isDone()) {
                return;
            }
            if (index == tries.size()) {
                result.complete(reported);
                return;
            }
            var server = tries.get(index++);
            lastAsked = server;
            exchange.send(server, name, type, recursion)
                    .whenComplete(
                            (answer, bug) -> {
                                if (bug != null) {
                                    result.completeExceptionally(bug);
                                } else if (answer instanceof DnsAnswer.Failed failed) {
                                    reported = moreTelling(reported, failed);
                                    next();
                                } else {
                                    result.complete(answer);
                                }
                            });
        }

        void expire() {
            result.complete(
                    moreTelling(reported, new DnsAnswer.Failed(Failure.TIMEOUT, lastAsked)));
        }
    }

    /// A server's own verdict (SERVFAIL, REFUSED, ...) says more than silence or a dropped
    /// connection from another one.
    private static DnsAnswer.Failed moreTelling(DnsAnswer.Failed earlier, DnsAnswer.Failed later) {
        if (earlier == null) {
            return later;
        }
        return isSilence(later.kind()) && !isSilence(earlier.kind()) ? earlier : later;
    }

    private static boolean isSilence(Failure kind) {
        return kind == Failure.TIMEOUT || kind == Failure.NETWORK;
    }
}
