package org.sendready.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResolverOptions;
import org.sendready.dns.RrType;
import org.sendready.dns.dnsjava.DnsjavaResolver;

class NamedServerTest {
    @Test
    void publish_makesNewRecordsVisible_afterReload(@TempDir Path dir) throws Exception {
        var zone = DomainName.parse("example.com");
        try (var named = NamedServer.in(dir, Duration.ofSeconds(30)).zone(zone, "").start();
                var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var resolver =
                    new DnsjavaResolver(
                            ResolverOptions.servers(List.of(named.endpoint())), executor);
            var name = DomainName.parse("_dmarc.example.com");

            assertThat(resolver.query(name, RrType.TXT).join())
                    .isInstanceOf(DnsAnswer.NxDomain.class);

            named.publish(zone, "_dmarc 60 IN TXT \"v=DMARC1; p=none\"");

            assertThat(resolver.query(name, RrType.TXT).join())
                    .isInstanceOf(DnsAnswer.Records.class);
        }
    }
}
