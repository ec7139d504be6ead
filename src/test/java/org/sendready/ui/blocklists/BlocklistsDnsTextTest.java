package org.sendready.ui.blocklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.Server;

class BlocklistsDnsTextTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # Google, on its usual port
            8.8.8.8                     | 8.8.8.8 is Google Public DNS, a public resolver
            # Cloudflare over IPv6
            [2606:4700:4700::1111]:53   | 2606:4700:4700::1111 is Cloudflare, a public resolver
            # a local resolver first, a public one behind it: still refused when asked
            127.0.0.1, 9.9.9.9          | 9.9.9.9 is Quad9, a public resolver
            # a local resolver: no warning
            127.0.0.1:5353              | ''
            """)
    void publicResolverWarning_namesAWellKnownPublicResolver(String servers, String warning) {
        var endpoints =
                List.of(servers.split(",\\s*")).stream()
                        .map(s -> Server.Endpoint.parse(s, "servers"))
                        .toList();

        assertThat(BlocklistsDnsText.publicResolverWarning(endpoints).orElse(""))
                .startsWith(warning);
    }
}
