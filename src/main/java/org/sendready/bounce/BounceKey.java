package org.sendready.bounce;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sendready.input.InvalidInput;

/// The secret that signs Return-Path tokens (HMAC-SHA256). It lives in its own file
/// ([BounceKeyFile]), never in the project file, and never shows in `toString()` or a log
/// (STYLE.md section 13).
public final class BounceKey {

    /// RFC 2104 section 3: a key shorter than the hash output (32 bytes for SHA-256) weakens
    /// the MAC; longer adds nothing. Key files hold exactly this many random bytes.
    public static final int LENGTH = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;

    private BounceKey(byte[] secret) {
        this.secret = secret.clone();
    }

    /// A fresh random key.
    public static BounceKey generate(SecureRandom random) {
        var bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return new BounceKey(bytes);
    }

    /// The key made of these bytes; `field` names their source in errors.
    static BounceKey of(byte[] bytes, String field) {
        if (bytes.length != LENGTH) {
            throw new InvalidInput(
                    field,
                    "holds a key of "
                            + bytes.length
                            + " bytes; a bounce key has "
                            + LENGTH
                            + " (create one with: sendready bounce key new --out FILE)");
        }
        return new BounceKey(bytes);
    }

    /// A copy of the secret, for writing the key file.
    byte[] bytes() {
        return secret.clone();
    }

    /// HMAC-SHA256 (RFC 2104) of `parts` concatenated, under this key.
    byte[] mac(byte[]... parts) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            for (var part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    @Override
    public String toString() {
        return "BounceKey[secret]";
    }
}
