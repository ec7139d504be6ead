package org.sendready.bounce;

/// The mailbox access protocols the processor reads from.
public enum MailProtocol {
    /// IMAP (RFC 9051): folders, and moving messages between them.
    IMAP(143, 993, "imap", "imaps"),
    /// POP3 (RFC 1939): one mailbox; messages can only be deleted.
    POP3(110, 995, "pop3", "pop3s");

    private final int plainPort;
    private final int tlsPort;
    private final String plainName;
    private final String tlsName;

    MailProtocol(int plainPort, int tlsPort, String plainName, String tlsName) {
        this.plainPort = plainPort;
        this.tlsPort = tlsPort;
        this.plainName = plainName;
        this.tlsName = tlsName;
    }

    /// The IANA port for `security`: 993/995 for implicit TLS (RFC 8314 section 7), 143/110
    /// for STARTTLS and plain.
    public int defaultPort(MailboxSecurity security) {
        return security == MailboxSecurity.TLS ? tlsPort : plainPort;
    }

    /// Jakarta Mail's store name for `security` (`imaps` speaks TLS from the first byte).
    String storeName(MailboxSecurity security) {
        return security == MailboxSecurity.TLS ? tlsName : plainName;
    }
}
