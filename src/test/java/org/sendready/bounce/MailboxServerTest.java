package org.sendready.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.input.InvalidInput;

/// Mailbox server settings: host and port, default ports, the plain-loopback rule.
class MailboxServerTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(
            textBlock =
                    """
                    # protocol, text,                security,  host,              port
                    # implicit TLS defaults (RFC 8314)
                    IMAP,       mail.example.com,    TLS,       mail.example.com,  993
                    POP3,       mail.example.com,    TLS,       mail.example.com,  995
                    # STARTTLS uses the plain ports
                    IMAP,       mail.example.com,    STARTTLS,  mail.example.com,  143
                    POP3,       mail.example.com,    STARTTLS,  mail.example.com,  110
                    # an explicit port wins
                    IMAP,       mail.example.com:1993, TLS,     mail.example.com,  1993
                    # IPv6 in brackets
                    IMAP,       '[2001:db8::1]:993', TLS,       2001:db8::1,       993
                    """)
    void parse_readsHostAndPort_withTheProtocolsDefault(
            MailProtocol protocol, String text, MailboxSecurity security, String host, int port) {
        var server = MailboxServer.parse(protocol, text, security, "u", MailboxServer.INBOX);

        assertThat(server.host()).isEqualTo(host);
        assertThat(server.port()).isEqualTo(port);
    }

    @Test
    void plainLoopbackOnly_refusesAHostOffThisMachine() {
        assertThatThrownBy(
                        () ->
                                MailboxServer.parse(
                                        MailProtocol.IMAP,
                                        "mail.example.com",
                                        MailboxSecurity.PLAIN_LOOPBACK_ONLY,
                                        "u",
                                        MailboxServer.INBOX))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith(
                        "mailbox server: mail.example.com is not a loopback address");
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1", "127.3.2.1", "::1", "localhost"})
    void plainLoopbackOnly_allowsLoopback(String host) {
        assertThat(MailboxServer.isLoopback(host)).isTrue();
    }

    @Test
    void pop3_hasNoFoldersButTheInbox() {
        assertThatThrownBy(
                        () ->
                                MailboxServer.parse(
                                        MailProtocol.POP3,
                                        "h",
                                        MailboxSecurity.TLS,
                                        "u",
                                        "Bounces"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("folder: POP3 has only the INBOX; use IMAP to read folder 'Bounces'");
    }

    @Test
    void password_neverShowsInToString() {
        assertThat(new MailboxPassword("s3cret".toCharArray()).toString())
                .isEqualTo("MailboxPassword[secret]");
    }
}
