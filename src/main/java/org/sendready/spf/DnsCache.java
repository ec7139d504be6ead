package org.sendready.spf;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.Question;
import org.sendready.dns.RrType;
import org.sendready.dns.Server;

/// The DNS answers of one evaluation: each question is sent once, and the prefetcher and the
/// evaluator share its answer. Waiting ends at the evaluation's deadline (RFC 7208 section
/// 4.6.4 asks for a bound on the elapsed time; past it the result is temperror).
///
/// Thread-safe: the prefetcher asks from DNS callbacks while the evaluator waits.
final class DnsCache {
    private final DnsResolver resolver;
    private final long deadlineNanos;
    private final Map<Question, CompletableFuture<DnsAnswer>> asked = new ConcurrentHashMap<>();

    /// A cache asking `resolver`, whose waits end at `deadlineNanos` ([System#nanoTime()]).
    DnsCache(DnsResolver resolver, long deadlineNanos) {
        this.resolver = Objects.requireNonNull(resolver);
        this.deadlineNanos = deadlineNanos;
    }

    /// The answer to `name`/`type`, asking DNS the first time only.
    CompletableFuture<DnsAnswer> ask(DomainName name, RrType type) {
        var question = new Question(name, type);
        var fresh = new CompletableFuture<DnsAnswer>();
        var existing = asked.putIfAbsent(question, fresh);
        if (existing != null) {
            return existing;
        }
        resolver.query(question)
                .whenComplete(
                        (answer, bug) -> {
                            if (bug != null) {
                                fresh.completeExceptionally(bug);
                            } else {
                                fresh.complete(answer);
                            }
                        });
        return fresh;
    }

    /// Waits for the answer to `name`/`type`. Past the deadline, or when the waiting thread
    /// is interrupted (the check was cancelled), the answer is a timeout.
    DnsAnswer await(DomainName name, RrType type) {
        var future = ask(name, type);
        try {
            long left = Math.max(0, deadlineNanos - System.nanoTime());
            return future.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return new DnsAnswer.Failed(DnsAnswer.Failure.TIMEOUT, Server.Source.SYSTEM);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DnsAnswer.Failed(DnsAnswer.Failure.TIMEOUT, Server.Source.SYSTEM);
        } catch (ExecutionException e) {
            // DnsResolver futures fail only for bugs (see its contract).
            throw new IllegalStateException("the DNS resolver failed", e.getCause());
        }
    }
}
