package org.sendready.dkim;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Objects;

/// Generates DKIM key pairs with the JDK's providers.
///
/// Generating an RSA key takes from milliseconds to seconds (4096 bits); callers on a UI thread
/// run it in the background.
public final class DkimKeyGenerator {
    private final SecureRandom random;

    /// A generator drawing from `random` (production passes `new SecureRandom()`).
    public DkimKeyGenerator(SecureRandom random) {
        this.random = Objects.requireNonNull(random);
    }

    /// A new key pair as `spec` says. RSA keys use the public exponent 65537 (F4).
    public DkimPrivateKey generate(DkimKeySpec spec) {
        var algorithm =
                switch (spec.algorithm()) {
                    case RSA -> "RSA";
                    case ED25519 -> "Ed25519";
                };
        AlgorithmParameterSpec parameters =
                switch (spec.algorithm()) {
                    case RSA -> new RSAKeyGenParameterSpec(spec.bits(), RSAKeyGenParameterSpec.F4);
                    case ED25519 -> NamedParameterSpec.ED25519;
                };
        try {
            var generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(parameters, random);
            var pair = generator.generateKeyPair();
            return new DkimPrivateKey(pair.getPrivate(), DkimPublicKey.of(pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate " + spec + " keys", e);
        }
    }
}
