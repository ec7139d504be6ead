package org.sendready.bounce;

/// How the connection to a mailbox server is protected.
public enum MailboxSecurity {
    /// TLS from the first byte (RFC 8314 section 3, preferred).
    TLS,
    /// Plain connection upgraded with STARTTLS (RFC 2595), which must succeed.
    STARTTLS,
    /// No encryption, so the password crosses the wire in clear: allowed only to a server on
    /// this machine (loopback), e.g. a local Dovecot.
    PLAIN_LOOPBACK_ONLY
}
