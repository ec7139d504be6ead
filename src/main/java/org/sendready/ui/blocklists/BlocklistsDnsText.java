package org.sendready.ui.blocklists;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.Server;
import org.sendready.ui.common.ServerListText;
import org.sendready.ui.wizard.DnsChoice;

/// What the page says about the DNS it asks: which resolvers, and the warning of
/// docs/decisions/0005-dnsbl-check-on-request.md that lists refuse public resolvers.
final class BlocklistsDnsText {
    /// The big public resolvers by address, from each operator's setup page (Google Public
    /// DNS, Cloudflare 1.1.1.1, Quad9, OpenDNS). Spamhaus refuses them with 127.255.255.254,
    /// URIBL with 127.0.0.1, so a scan through them reads "refused" for those lists.
    private static final Map<String, String> PUBLIC_RESOLVERS =
            Map.ofEntries(
                    Map.entry("8.8.8.8", "Google Public DNS"),
                    Map.entry("8.8.4.4", "Google Public DNS"),
                    Map.entry("2001:4860:4860::8888", "Google Public DNS"),
                    Map.entry("2001:4860:4860::8844", "Google Public DNS"),
                    Map.entry("1.1.1.1", "Cloudflare"),
                    Map.entry("1.0.0.1", "Cloudflare"),
                    Map.entry("2606:4700:4700::1111", "Cloudflare"),
                    Map.entry("2606:4700:4700::1001", "Cloudflare"),
                    Map.entry("9.9.9.9", "Quad9"),
                    Map.entry("149.112.112.112", "Quad9"),
                    Map.entry("2620:fe::fe", "Quad9"),
                    Map.entry("2620:fe::9", "Quad9"),
                    Map.entry("208.67.222.222", "OpenDNS"),
                    Map.entry("208.67.220.220", "OpenDNS"));

    /// Always shown beside the DNS: why a local resolver is advised.
    static final String ADVICE =
            "Spamhaus and URIBL refuse queries that come through public resolvers (Google,"
                    + " Cloudflare, Quad9 and the like, often a laptop's or cloud server's"
                    + " system resolver) and answer with a code that means \"refused\", never"
                    + " \"listed\". For real answers, ask through your own resolver, e.g."
                    + " unbound on the mail server.";

    private BlocklistsDnsText() {}

    /// `the system's resolvers` or `127.0.0.1:53, 192.0.2.53:53`.
    static String describe(DnsChoice choice) {
        return choice.servers().isEmpty() ? "the system's resolvers" : endpoints(choice.servers());
    }

    /// The servers as the user types them: `127.0.0.1:5353, [2001:db8::53]:53`.
    static String endpoints(List<Server.Endpoint> servers) {
        return ServerListText.format(servers);
    }

    /// A warning when `servers` include a well-known public resolver, naming it.
    static Optional<String> publicResolverWarning(List<Server.Endpoint> servers) {
        return servers.stream()
                .filter(s -> PUBLIC_RESOLVERS.containsKey(IpAddresses.format(s.address())))
                .findFirst()
                .map(
                        s ->
                                IpAddresses.format(s.address())
                                        + " is "
                                        + PUBLIC_RESOLVERS.get(IpAddresses.format(s.address()))
                                        + ", a public resolver: Spamhaus and URIBL will refuse"
                                        + " it. Ask through your own resolver instead.");
    }
}
