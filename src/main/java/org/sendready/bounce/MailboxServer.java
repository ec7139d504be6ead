package org.sendready.bounce;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sendready.dns.IpAddresses;
import org.sendready.input.InvalidInput;

/// Where a bounce mailbox is: protocol, host, port, protection, user and folder.
public record MailboxServer(
        MailProtocol protocol,
        String host,
        int port,
        MailboxSecurity security,
        String user,
        String folder) {

    /// The folder every IMAP server has, and the only one POP3 knows (RFC 9051 section 5.1).
    public static final String INBOX = "INBOX";

    private static final Pattern HOST_PORT =
            Pattern.compile("^(?:\\[([0-9A-Fa-f:.]+)]|([^:\\[\\]]+))(?::(\\d{1,5}))?$");

    public MailboxServer {
        Objects.requireNonNull(protocol);
        Objects.requireNonNull(host);
        Objects.requireNonNull(security);
        Objects.requireNonNull(user);
        Objects.requireNonNull(folder);
        if (port < 1 || port > 65535) {
            throw new InvalidInput("mailbox server", "port " + port + " is not 1 to 65535");
        }
        if (user.isBlank()) {
            throw new InvalidInput("mailbox user", "is empty; give the mailbox's login name");
        }
        if (protocol == MailProtocol.POP3 && !folder.equalsIgnoreCase(INBOX)) {
            throw new InvalidInput(
                    "folder", "POP3 has only the INBOX; use IMAP to read folder '" + folder + "'");
        }
        if (security == MailboxSecurity.PLAIN_LOOPBACK_ONLY && !isLoopback(host)) {
            throw new InvalidInput(
                    "mailbox server",
                    host
                            + " is not a loopback address; an unencrypted connection would send"
                            + " the password in clear. Use TLS or STARTTLS");
        }
    }

    /// Parses `host`, `host:port`, `[v6]` or `[v6]:port`; without a port, the protocol's
    /// port for `security`.
    public static MailboxServer parse(
            MailProtocol protocol,
            String hostPort,
            MailboxSecurity security,
            String user,
            String folder) {
        var matcher = HOST_PORT.matcher(hostPort.strip());
        if (!matcher.matches()) {
            throw new InvalidInput(
                    "mailbox server",
                    "'" + hostPort + "' is not HOST or HOST:PORT (IPv6 in brackets: [::1]:993)");
        }
        var host = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        var port =
                matcher.group(3) != null
                        ? Integer.parseInt(matcher.group(3))
                        : protocol.defaultPort(security);
        return new MailboxServer(protocol, host, port, security, user, folder);
    }

    /// `host:port` for messages.
    public String display() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /// `localhost`, or an IP literal in 127.0.0.0/8 or `::1`. Names other than `localhost`
    /// are not resolved: a name could point anywhere.
    static boolean isLoopback(String host) {
        if (host.toLowerCase(Locale.ROOT).equals("localhost")) {
            return true;
        }
        try {
            return IpAddresses.parse(host, "mailbox server").isLoopbackAddress();
        } catch (InvalidInput notALiteral) {
            return false;
        }
    }
}
