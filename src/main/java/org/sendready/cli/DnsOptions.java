package org.sendready.cli;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.sendready.dns.ResolverOptions;
import org.sendready.dns.Server;
import org.sendready.dns.dnsjava.DnsjavaResolver;
import picocli.CommandLine.Option;

/// `--dns HOST[:PORT]...`: which resolvers to ask; the system's when none is given.
final class DnsOptions {
    @Option(
            names = "--dns",
            paramLabel = "HOST[:PORT]",
            description =
                    "A DNS server to ask, by IP address (repeatable; default: the system's resolvers).")
    List<String> servers = List.of();

    /// An open resolver and the executor it runs on; closing shuts the executor down.
    record Session(DnsjavaResolver resolver, ExecutorService executor) implements AutoCloseable {
        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    Session open() {
        var endpoints = servers.stream().map(s -> Server.Endpoint.parse(s, "--dns")).toList();
        var options =
                endpoints.isEmpty() ? ResolverOptions.system() : ResolverOptions.servers(endpoints);
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        return new Session(new DnsjavaResolver(options, executor), executor);
    }

    /// How the servers asked are shown to the user.
    String describe(Session session) {
        return session.resolver().servers().stream()
                .map(Server.Endpoint::display)
                .reduce((a, b) -> a + ", " + b)
                .orElse("system resolvers");
    }
}
