package org.sendready.ui.blocklists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.sendready.dns.dnsjava.DnsjavaResolver;
import org.sendready.testing.TestDnsServer;
import org.sendready.ui.common.DnsAccess;
import org.sendready.ui.wizard.DnsChoice;

/// A loopback DNS server serving two test blocklists, a lists file pointing at them, and
/// resolvers that give up quickly: what the Blocklists page's tests scan against.
public final class BlocklistsTestDns implements AutoCloseable {
    /// A ZEN-like IP list (with Spamhaus' refusal code) and a DBL-like domain list, in the
    /// test server's zones.
    static final String LISTS =
            """
            {"lists": [
              {"name": "zen", "title": "Test ZEN", "zone": "zen.test", "kind": "ip",
               "codes": [
                 {"answer": "127.0.0.4", "kind": "listed", "meaning": "XBL: exploited"},
                 {"answer": "127.255.255.254", "kind": "refused",
                  "meaning": "query via a public resolver"}],
               "info": "https://zen.test/about",
               "removal": "https://zen.test/remove",
               "note": "Refuses public resolvers."},
              {"name": "dbl", "title": "Test DBL", "zone": "dbl.test", "kind": "domain",
               "codes": [{"answer": "127.0.1.2", "kind": "listed", "meaning": "spam domain"}],
               "removal": "https://dbl.test/remove"}
            ]}
            """;

    /// 45.67.89.10 on zen.test.
    static final String ZEN_NAME = "10.89.67.45.zen.test";

    /// example.com on dbl.test.
    static final String DBL_NAME = "example.com.dbl.test";

    /// Per try: loopback answers in milliseconds; a busy machine can stall a few hundred.
    private static final Duration TRY = Duration.ofMillis(400);

    private final TestDnsServer server = TestDnsServer.start();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public BlocklistsTestDns() {
        server.zone("zen.test", "").zone("dbl.test", "");
    }

    TestDnsServer server() {
        return server;
    }

    /// Lists 45.67.89.10 on zen.test with the exploited code and a reason.
    public BlocklistsTestDns listAddress() {
        server.add(
                "zen.test",
                """
                10.89.67.45 A 127.0.0.4
                10.89.67.45 TXT "Exploited host, see https://zen.test/query/45.67.89.10"
                """);
        return this;
    }

    /// zen.test answers 45.67.89.10 with Spamhaus' "public resolver" refusal.
    BlocklistsTestDns refuseAddress() {
        server.add("zen.test", "10.89.67.45 A 127.255.255.254");
        return this;
    }

    /// The lists file, written into `folder`.
    public Path listsFile(Path folder) {
        try {
            return Files.writeString(folder.resolve("test-lists.json"), LISTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// This server as the user's DNS choice.
    public DnsChoice choice() {
        return new DnsChoice(List.of(server.endpoint()), false);
    }

    /// Resolvers for any choice, with short timeouts.
    DnsAccess access() {
        return access(TRY);
    }

    /// Resolvers for any choice that wait `perTry` for an answer, twice.
    DnsAccess access(Duration perTry) {
        return choice ->
                new DnsjavaResolver(
                        choice.resolverOptions().withTiming(perTry, 2, perTry.multipliedBy(2)),
                        executor);
    }

    @Override
    public void close() {
        server.close();
        executor.shutdownNow();
    }
}
