package org.sendready.dns;

import java.util.concurrent.CompletableFuture;

/// The one way sendready asks DNS (STYLE.md section 6).
///
/// The live implementation is the dnsjava adapter; tests and the preview overlay implement it
/// too. Implementations are safe to call from several threads, and independent queries may
/// run at the same time.
public interface DnsResolver {

    /// Asks for the records of `type` at `name`.
    ///
    /// The future always completes, and never exceptionally for DNS faults: a failure or an
    /// expired deadline is a [DnsAnswer.Failed]. It completes exceptionally only for bugs.
    CompletableFuture<DnsAnswer> query(DomainName name, RrType type);

    /// As [#query(DomainName, RrType)].
    default CompletableFuture<DnsAnswer> query(Question question) {
        return query(question.name(), question.type());
    }
}
