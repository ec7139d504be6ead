package org.sendready.dkim;

/// How a private key file encodes the key.
public enum PrivateKeyEncoding {
    /// PKCS#8 `-----BEGIN PRIVATE KEY-----` (RFC 5208, RFC 7468 section 10): any algorithm;
    /// what `openssl genpkey` writes and rspamd and current OpenDKIM read.
    PKCS8,
    /// PKCS#1 `-----BEGIN RSA PRIVATE KEY-----` (RFC 8017 appendix A.1.2): RSA only; what
    /// `opendkim-genkey` and `openssl genrsa -traditional` write.
    PKCS1
}
