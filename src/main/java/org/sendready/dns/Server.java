package org.sendready.dns;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sendready.input.InvalidInput;

/// Who gave an answer: a name server at an address and port, or a source that is not one
/// address (the system's resolvers as configured, the planned records of the preview).
public sealed interface Server permits Server.Endpoint, Server.Source {

    /// How the server is shown to the user: `192.0.2.53:53`, `[2001:db8::53]:53`, `system`.
    String display();

    /// A name server at an IP address and port.
    record Endpoint(InetAddress address, int port) implements Server {

        /// RFC 1035 section 4.2: DNS servers listen on port 53.
        public static final int DNS_PORT = 53;

        /// The highest TCP/UDP port number.
        public static final int MAX_PORT = 65535;

        /// IPv4 in four-part dotted decimal; the JDK alone would also accept `1.2.3` and `1`.
        private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

        public Endpoint {
            Objects.requireNonNull(address);
            if (port < 1 || port > MAX_PORT) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        }

        /// A server at `address` on port 53.
        public static Endpoint of(InetAddress address) {
            return new Endpoint(address, DNS_PORT);
        }

        /// Parses `--dns` text: an IP address with an optional port, `192.0.2.53`,
        /// `192.0.2.53:5353`, `2001:db8::53` or `[2001:db8::53]:5353`. Host names are refused
        /// rather than looked up, so parsing never touches the network.
        public static Endpoint parse(String userText, String field) {
            if (userText == null || userText.isBlank()) {
                throw new InvalidInput(
                        field, "is empty; expected an IP address such as 192.0.2.53");
            }
            var text = userText.strip();
            String host = text;
            String port = null;
            if (text.startsWith("[")) {
                int close = text.indexOf(']');
                if (close < 0) {
                    throw new InvalidInput(field, "'" + text + "' has '[' without ']'");
                }
                host = text.substring(1, close);
                var rest = text.substring(close + 1);
                if (!rest.isEmpty()) {
                    if (!rest.startsWith(":")) {
                        throw new InvalidInput(
                                field,
                                "'" + text + "': expected ':port' after ']', e.g. [::1]:5353");
                    }
                    port = rest.substring(1);
                }
            } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
                host = text.substring(0, text.indexOf(':'));
                port = text.substring(text.indexOf(':') + 1);
            }
            return new Endpoint(
                    literal(host, text, field), port == null ? DNS_PORT : port(port, field));
        }

        private static InetAddress literal(String host, String text, String field) {
            if (host.indexOf(':') >= 0 || DOTTED_QUAD.matcher(host).matches()) {
                try {
                    return InetAddress.ofLiteral(host);
                } catch (IllegalArgumentException e) {
                    throw notAnAddress(text, field, e);
                }
            }
            throw notAnAddress(text, field, null);
        }

        private static InvalidInput notAnAddress(String text, String field, Throwable cause) {
            return new InvalidInput(
                    field,
                    "'"
                            + text
                            + "' is not an IP address; expected e.g. 192.0.2.53, 192.0.2.53:5353"
                            + " or [2001:db8::53]:5353",
                    cause);
        }

        private static int port(String text, String field) {
            int port;
            try {
                port = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > MAX_PORT) {
                throw new InvalidInput(
                        field, "port '" + text + "' is not a number from 1 to " + MAX_PORT);
            }
            return port;
        }

        @Override
        public String display() {
            var host = address.getHostAddress();
            return address instanceof Inet6Address ? "[" + host + "]:" + port : host + ":" + port;
        }

        @Override
        public String toString() {
            return display();
        }
    }

    /// Answers that come from no single address.
    enum Source implements Server {
        /// The resolvers configured on this machine, as a group.
        SYSTEM("system"),
        /// Records the plan will publish, laid over live DNS for a preview.
        PLANNED("planned"),
        /// An in-memory table (tests and demos).
        MEMORY("memory");

        private final String display;

        Source(String display) {
            this.display = display;
        }

        @Override
        public String display() {
            return display;
        }

        @Override
        public String toString() {
            return display;
        }
    }
}
