package org.sendready.dkim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.sendready.input.InvalidInput;

/// Encodes a private key as PEM bytes, for [DkimKeyFiles] to write.
final class PemKeyWriter {
    private PemKeyWriter() {}

    /// The PEM text of `key` in `encoding`, as bytes the caller clears after writing.
    static byte[] encode(DkimPrivateKey key, PrivateKeyEncoding encoding) {
        var pkcs8 = key.jcaKey().getEncoded();
        try {
            return switch (encoding) {
                case PKCS8 -> Pem.encode(Pem.PRIVATE_KEY, pkcs8);
                case PKCS1 -> pkcs1(key, pkcs8);
            };
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private static byte[] pkcs1(DkimPrivateKey key, byte[] pkcs8) {
        if (key.algorithm() != DkimAlgorithm.RSA) {
            throw new InvalidInput(
                    "encoding",
                    "PKCS#1 holds only RSA keys; "
                            + key.algorithm()
                            + " keys are written as PKCS#8");
        }
        byte[] rsaPrivateKey = null;
        try {
            // PKCS#8 wraps the PKCS#1 RSAPrivateKey (RFC 5208 section 5): unwrap it.
            rsaPrivateKey =
                    PrivateKeyInfo.getInstance(pkcs8)
                            .parsePrivateKey()
                            .toASN1Primitive()
                            .getEncoded(ASN1Encoding.DER);
            return Pem.encode(Pem.RSA_PRIVATE_KEY, rsaPrivateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("the JDK wrote a PKCS#8 key that does not parse", e);
        } finally {
            if (rsaPrivateKey != null) {
                Arrays.fill(rsaPrivateKey, (byte) 0);
            }
        }
    }
}
