package org.sendready.dkim;

import java.security.PrivateKey;
import java.util.Objects;

/// A DKIM private key with its public key.
///
/// STYLE.md section 13: the secret never leaves this type as text. [#toString()] shows only the
/// algorithm, size and public fingerprint; the key material is reachable only inside this
/// package, which writes it to files with owner-only permissions ([DkimKeyFiles]).
public final class DkimPrivateKey {
    private final PrivateKey key;
    private final DkimPublicKey publicKey;

    DkimPrivateKey(PrivateKey key, DkimPublicKey publicKey) {
        this.key = Objects.requireNonNull(key);
        this.publicKey = Objects.requireNonNull(publicKey);
    }

    public DkimAlgorithm algorithm() {
        return publicKey.algorithm();
    }

    /// The matching public key, as the DNS record publishes it.
    public DkimPublicKey publicKey() {
        return publicKey;
    }

    /// The key size in bits (see [DkimPublicKey#bits()]).
    public int bits() {
        return publicKey.bits();
    }

    PrivateKey jcaKey() {
        return key;
    }

    /// Shows the algorithm, size and public fingerprint, never the key.
    @Override
    public String toString() {
        return "DkimPrivateKey["
                + algorithm()
                + " "
                + bits()
                + ", "
                + publicKey.fingerprint()
                + "]";
    }
}
