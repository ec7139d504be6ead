package org.sendready.dkim;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.sendready.input.InvalidInput;

/// A DKIM public key as its key record publishes it in `p=`.
///
/// For RSA the bytes are the DER `SubjectPublicKeyInfo` (RFC 6376 section 3.6.1), kept in the
/// canonical encoding so that equal keys have equal bytes. For Ed25519 they are the raw 32-byte
/// key (RFC 8463 section 4.2), not a `SubjectPublicKeyInfo`.
///
/// The [fingerprint][#fingerprint()] is `SHA256:` followed by the unpadded base64 of the SHA-256
/// of exactly these bytes, so it can be computed from the DNS record alone (`p=` value,
/// base64-decoded, hashed) as well as from the key file.
public final class DkimPublicKey {

    /// RFC 8032 section 5.1.5: an Ed25519 public key is 32 octets.
    public static final int ED25519_KEY_BYTES = 32;

    /// RFC 8410 section 4: the DER `SubjectPublicKeyInfo` of an Ed25519 key is this 12-byte
    /// prefix (algorithm id-Ed25519, 1.3.101.112, no parameters) followed by the raw key.
    private static final byte[] ED25519_SPKI_PREFIX =
            HexFormat.of().parseHex("302a300506032b6570032100");

    private final DkimAlgorithm algorithm;
    private final byte[] bytes;
    private final int bits;

    private DkimPublicKey(DkimAlgorithm algorithm, byte[] bytes, int bits) {
        this.algorithm = algorithm;
        this.bytes = bytes;
        this.bits = bits;
    }

    /// The key as a `p=` value decodes: SubjectPublicKeyInfo for RSA, 32 raw bytes for Ed25519.
    /// Errors name `field` and say what the bytes should have been.
    public static DkimPublicKey fromRecordBytes(
            DkimAlgorithm algorithm, byte[] bytes, String field) {
        Objects.requireNonNull(algorithm);
        return switch (algorithm) {
            case RSA -> fromRsaSpki(bytes, field);
            case ED25519 -> fromEd25519Raw(bytes, field);
        };
    }

    private static DkimPublicKey fromRsaSpki(byte[] spki, String field) {
        try {
            var key = (RSAPublicKey) rsaFactory().generatePublic(new X509EncodedKeySpec(spki));
            return new DkimPublicKey(
                    DkimAlgorithm.RSA, key.getEncoded(), key.getModulus().bitLength());
        } catch (InvalidKeySpecException e) {
            throw new InvalidInput(
                    field,
                    "p= is not an RSA public key; RFC 6376 section 3.6.1 expects the base64 of a"
                            + " DER SubjectPublicKeyInfo (what 'openssl pkey -pubout' writes)",
                    e);
        }
    }

    private static DkimPublicKey fromEd25519Raw(byte[] raw, String field) {
        if (raw.length == ED25519_KEY_BYTES) {
            return new DkimPublicKey(DkimAlgorithm.ED25519, raw.clone(), DkimKeySpec.ED25519_BITS);
        }
        var hint =
                isEd25519Spki(raw)
                        ? "; this looks like a SubjectPublicKeyInfo, publish only its last 32 bytes"
                        : "";
        throw new InvalidInput(
                field,
                "p= of a k=ed25519 key decodes to "
                        + raw.length
                        + " bytes; RFC 8463 section 4.2 requires the raw "
                        + ED25519_KEY_BYTES
                        + "-byte key"
                        + hint);
    }

    /// The DKIM form of a JCA public key (RSA or Ed25519), as from a key pair or key file.
    public static DkimPublicKey of(PublicKey key) {
        return switch (key) {
            case RSAPublicKey rsa ->
                    new DkimPublicKey(
                            DkimAlgorithm.RSA, rsa.getEncoded(), rsa.getModulus().bitLength());
            case EdECPublicKey ed when isEd25519Spki(ed.getEncoded()) ->
                    new DkimPublicKey(
                            DkimAlgorithm.ED25519,
                            Arrays.copyOfRange(
                                    ed.getEncoded(),
                                    ED25519_SPKI_PREFIX.length,
                                    ED25519_SPKI_PREFIX.length + ED25519_KEY_BYTES),
                            DkimKeySpec.ED25519_BITS);
            default ->
                    throw new IllegalArgumentException(
                            "not an RSA or Ed25519 public key: " + key.getAlgorithm());
        };
    }

    private static boolean isEd25519Spki(byte[] spki) {
        return spki.length == ED25519_SPKI_PREFIX.length + ED25519_KEY_BYTES
                && Arrays.equals(
                        spki,
                        0,
                        ED25519_SPKI_PREFIX.length,
                        ED25519_SPKI_PREFIX,
                        0,
                        ED25519_SPKI_PREFIX.length);
    }

    static KeyFactory rsaFactory() {
        try {
            return KeyFactory.getInstance("RSA");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides RSA", e);
        }
    }

    public DkimAlgorithm algorithm() {
        return algorithm;
    }

    /// The key size: the RSA modulus length in bits (RFC 8301 section 3.2 judges keys by it),
    /// or 256 for Ed25519.
    public int bits() {
        return bits;
    }

    /// The bytes `p=` carries, base64-decoded (a copy).
    public byte[] recordBytes() {
        return bytes.clone();
    }

    /// The `p=` value: base64 of [#recordBytes()], without line breaks.
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /// The DER `SubjectPublicKeyInfo`, the form of `-----BEGIN PUBLIC KEY-----` files.
    public byte[] subjectPublicKeyInfo() {
        return switch (algorithm) {
            case RSA -> bytes.clone();
            case ED25519 -> {
                var spki =
                        Arrays.copyOf(
                                ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + bytes.length);
                System.arraycopy(bytes, 0, spki, ED25519_SPKI_PREFIX.length, bytes.length);
                yield spki;
            }
        };
    }

    /// The key as a PEM `PUBLIC KEY` block, as `openssl pkey -pubout` writes it.
    public String pem() {
        return new String(
                Pem.encode(Pem.PUBLIC_KEY, subjectPublicKeyInfo()), StandardCharsets.US_ASCII);
    }

    /// `SHA256:` and the unpadded base64 of the SHA-256 of [#recordBytes()]; for the RFC 8463
    /// example key `SHA256:If4x36FUomFia/hUBG/SJxt77UtqvkWqWId+9H+XIbk`. From a record:
    /// `echo -n P | base64 -d | openssl dgst -sha256 -binary | base64`.
    public String fingerprint() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /// The JCA form of this key, e.g. to verify a signature.
    public PublicKey toJcaKey() {
        try {
            return switch (algorithm) {
                case RSA -> rsaFactory().generatePublic(new X509EncodedKeySpec(bytes));
                case ED25519 ->
                        KeyFactory.getInstance("Ed25519")
                                .generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo()));
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a validated key no longer decodes", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DkimPublicKey that
                && algorithm == that.algorithm
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * algorithm.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "DkimPublicKey[" + algorithm + " " + bits + ", " + fingerprint() + "]";
    }
}
