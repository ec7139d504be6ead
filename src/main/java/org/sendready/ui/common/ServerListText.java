package org.sendready.ui.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.sendready.dns.Server;
import org.sendready.input.InvalidInput;

/// DNS servers as the user types them in the wizard: `127.0.0.1:5353, [2001:db8::53]:53`,
/// separated by commas or spaces. One reading for every page that lets the user pick servers.
public final class ServerListText {
    /// The name the wizard gives the field in messages.
    public static final String FIELD = "DNS servers";

    private ServerListText() {}

    /// The servers in `text`, each by IP address with an optional port; none is an error when
    /// they are `required`.
    public static List<Server.Endpoint> parse(String text, boolean required) {
        var items = Arrays.stream(text.strip().split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty() && required) {
            throw new InvalidInput(
                    FIELD,
                    "is empty; type a resolver's IP address such as 192.0.2.53 or"
                            + " 192.0.2.53:5353, or choose the system resolvers");
        }
        return items.stream().map(item -> Server.Endpoint.parse(item, FIELD)).toList();
    }

    /// `servers` as the field shows them.
    public static String format(List<Server.Endpoint> servers) {
        return servers.stream().map(Server.Endpoint::display).collect(Collectors.joining(", "));
    }
}
