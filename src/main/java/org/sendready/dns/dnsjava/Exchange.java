package org.sendready.dns.dnsjava;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsAnswer.Failure;
import org.sendready.dns.DomainName;
import org.sendready.dns.RrType;
import org.sendready.dns.Server;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.WireParseException;

/// One try: one query to one server over UDP (TCP when the answer is truncated), bounded by
/// its own timer rather than dnsjava's, whose timeouts are checked only when its I/O thread
/// has been idle for a second.
final class Exchange {

    /// RFC 6891 section 6.2.5 leaves the size to the sender; 1232 octets is the DNS Flag Day
    /// 2020 value, which fits the IPv6 minimum MTU (1280) minus headers and so avoids IP
    /// fragmentation. Larger answers come truncated and are fetched over TCP.
    static final int EDNS_PAYLOAD_SIZE = 1232;

    private final Duration timeout;
    private final Executor executor;

    Exchange(Duration timeout, Executor executor) {
        this.timeout = timeout;
        this.executor = executor;
    }

    /// Asks `server`; the future completes within the timeout, with [Failure#TIMEOUT] if
    /// nothing usable came back.
    CompletableFuture<DnsAnswer> send(
            Server.Endpoint server, DomainName name, RrType type, boolean recursion) {
        var resolver = new SimpleResolver(new InetSocketAddress(server.address(), server.port()));
        resolver.setTimeout(timeout);
        resolver.setEDNS(0, EDNS_PAYLOAD_SIZE, 0, List.of());
        var query =
                Message.newQuery(
                        Record.newRecord(
                                Name.fromConstantString(name.absolute()), type.code(), DClass.IN));
        if (!recursion) {
            query.getHeader().unsetFlag(Flags.RD);
        }
        var answer = new CompletableFuture<DnsAnswer>();
        resolver.sendAsync(query, executor)
                .thenApply(
                        response -> ResponseReader.read(response, name, type, server, !recursion))
                .exceptionally(error -> new DnsAnswer.Failed(failure(error), server))
                .whenComplete(
                        (result, bug) -> {
                            if (bug == null) {
                                answer.complete(result);
                            } else {
                                answer.completeExceptionally(bug);
                            }
                        });
        CompletableFuture.delayedExecutor(timeout.toNanos(), TimeUnit.NANOSECONDS, executor)
                .execute(() -> answer.complete(new DnsAnswer.Failed(Failure.TIMEOUT, server)));
        return answer;
    }

    /// The kind of an I/O failure; anything that is not I/O is a bug and stays an exception.
    private static Failure failure(Throwable error) {
        var cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return switch (cause) {
            case WireParseException malformed -> Failure.OTHER;
            case SocketTimeoutException timedOut -> Failure.TIMEOUT;
            case IOException io -> Failure.NETWORK;
            default -> throw new CompletionException(cause);
        };
    }
}
