package org.sendready.ui.common;

import java.util.concurrent.Executor;
import org.sendready.dns.dnsjava.DnsjavaResolver;
import org.sendready.ui.wizard.DnsChoice;

/// Opens a resolver for the user's DNS choice. Every call makes a fresh, uncached resolver, so
/// a re-check sees what the servers say now (STYLE.md section 6).
@FunctionalInterface
public interface DnsAccess {
    DnsjavaResolver open(DnsChoice choice);

    /// Resolvers whose queries run on `executor`.
    static DnsAccess on(Executor executor) {
        return choice -> new DnsjavaResolver(choice.resolverOptions(), executor);
    }
}
