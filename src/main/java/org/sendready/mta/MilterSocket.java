package org.sendready.mta;

import java.util.Locale;
import java.util.Objects;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.input.InvalidInput;

/// Where a signing filter listens for Postfix's milter connections.
///
/// Postfix and libmilter (OpenDKIM) spell the same socket differently: `inet:127.0.0.1:8891`
/// and `unix:/path` in Postfix (`postconf(5)`, `smtpd_milters`), `inet:8891@127.0.0.1` and
/// `local:/path` in OpenDKIM (`opendkim.conf(5)`, `Socket`). [#parse] accepts both spellings.
/// IPv6 hosts are not supported: the filter runs beside Postfix, so loopback IPv4, `localhost`
/// or a unix socket serve.
public sealed interface MilterSocket {

    /// The socket as Postfix's `smtpd_milters` writes it.
    String postfixForm();

    /// The socket as OpenDKIM's `Socket` setting writes it.
    String openDkimForm();

    /// A TCP socket: `host` is an IPv4 address or a host name such as `localhost`.
    record Inet(String host, int port) implements MilterSocket {

        /// RFC 793: ports are 16-bit, and 0 is not a listening port.
        static final int MAX_PORT = 65_535;

        public Inet {
            Objects.requireNonNull(host);
            if (port < 1 || port > MAX_PORT) {
                throw new InvalidInput(
                        "milter socket", "port " + port + " is out of range; expected 1 to 65535");
            }
        }

        @Override
        public String postfixForm() {
            return "inet:" + host + ":" + port;
        }

        @Override
        public String openDkimForm() {
            return "inet:" + port + "@" + host;
        }
    }

    /// A unix-domain socket at an absolute path.
    record Unix(String path) implements MilterSocket {
        public Unix {
            if (path == null
                    || !path.startsWith("/")
                    || path.chars()
                            .anyMatch(
                                    c ->
                                            c <= 0x20 || c == 0x7f || c == ',' || c == '$'
                                                    || c == '#')) {
                throw new InvalidInput(
                        "milter socket",
                        "'"
                                + path
                                + "' is not usable as a socket path; expected an absolute path"
                                + " without spaces, ',', '$' or '#' (Postfix splits and expands"
                                + " on them)");
            }
        }

        @Override
        public String postfixForm() {
            return "unix:" + path;
        }

        @Override
        public String openDkimForm() {
            return "local:" + path;
        }
    }

    /// Parses `inet:HOST:PORT`, `inet:PORT@HOST`, `unix:/PATH` or `local:/PATH`.
    public static MilterSocket parse(String text, String field) {
        var example = "expected e.g. inet:127.0.0.1:8891 or unix:/run/opendkim/opendkim.sock";
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "is empty; " + example);
        }
        var spec = text.strip();
        var lower = spec.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("unix:") || lower.startsWith("local:")) {
                return new Unix(spec.substring(spec.indexOf(':') + 1));
            }
            if (lower.startsWith("inet:")) {
                var rest = spec.substring("inet:".length());
                int at = rest.indexOf('@');
                int colon = rest.lastIndexOf(':');
                if (at >= 0) {
                    return new Inet(
                            host(rest.substring(at + 1), field),
                            port(rest.substring(0, at), field));
                }
                if (colon > 0) {
                    return new Inet(
                            host(rest.substring(0, colon), field),
                            port(rest.substring(colon + 1), field));
                }
            }
        } catch (InvalidInput e) {
            throw new InvalidInput(field, e.reason(), e);
        }
        throw new InvalidInput(field, "'" + spec + "' is not a milter socket; " + example);
    }

    private static String host(String text, String field) {
        if (text.indexOf(':') >= 0 || text.startsWith("[")) {
            throw new InvalidInput(
                    field,
                    "IPv6 host '"
                            + text
                            + "' is not supported here; use 127.0.0.1, localhost or a unix"
                            + " socket");
        }
        if (!text.isEmpty() && text.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
            return IpAddresses.format(IpAddresses.parseIpv4(text, field));
        }
        return DomainName.parse(text, field).ascii();
    }

    private static int port(String text, String field) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            throw new InvalidInput(field, "port '" + text + "' is not a number from 1 to 65535");
        }
        return Integer.parseInt(text);
    }
}
