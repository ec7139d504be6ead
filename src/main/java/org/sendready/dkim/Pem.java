package org.sendready.dkim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/// Writes PEM blocks (RFC 7468) as bytes, so private key text never becomes a `String`.
final class Pem {
    /// RFC 7468 section 10: PKCS#8 `PrivateKeyInfo`.
    static final String PRIVATE_KEY = "PRIVATE KEY";
    /// PKCS#1 `RSAPrivateKey` (RFC 8017 appendix A.1.2), the "traditional" OpenSSL form.
    static final String RSA_PRIVATE_KEY = "RSA PRIVATE KEY";
    /// RFC 7468 section 13: `SubjectPublicKeyInfo`.
    static final String PUBLIC_KEY = "PUBLIC KEY";

    /// RFC 7468 section 2: generators wrap base64 lines at exactly 64 characters.
    private static final int LINE_LENGTH = 64;

    private static final byte[] NEWLINE = {'\n'};

    private Pem() {}

    /// `-----BEGIN label-----`, the base64 of `der` in 64-character lines, `-----END label-----`.
    static byte[] encode(String label, byte[] der) {
        var body = Base64.getMimeEncoder(LINE_LENGTH, NEWLINE).encode(der);
        var out = new ByteArrayOutputStream(body.length + 2 * label.length() + 40);
        out.writeBytes(("-----BEGIN " + label + "-----\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        out.writeBytes(NEWLINE);
        out.writeBytes(("-----END " + label + "-----\n").getBytes(StandardCharsets.US_ASCII));
        Arrays.fill(body, (byte) 0);
        return out.toByteArray();
    }
}
