package org.sendready.dkim;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.sendready.input.InvalidInput;

/// Reads an existing DKIM private key from a PEM file and derives its public key.
///
/// Accepts PKCS#8 (`BEGIN PRIVATE KEY`, RSA or Ed25519) and PKCS#1 (`BEGIN RSA PRIVATE KEY`), as
/// OpenSSL, opendkim-genkey and rspamd write them. Anything else is [InvalidInput] naming the
/// file (as the field) and what it holds instead: no PEM at all, an encrypted key, a public key
/// or certificate, a key type DKIM does not use, or an RSA key outside 1024 to 4096 bits.
public final class PemKeyReader {

    /// A 4096-bit RSA key in PEM is about 3.3 KB; a file past 64 KiB is not a key file, and
    /// reading no further keeps a wrong path (a log, a disk image) from filling memory.
    public static final long MAX_FILE_BYTES = 64 * 1024;

    /// RFC 8301 section 3.2: signers MUST NOT use RSA keys of less than 1024 bits.
    public static final int MIN_RSA_BITS = 1024;

    /// RFC 8301 section 3.2: verifiers need only handle RSA keys up to 4096 bits, so a larger
    /// key may make signatures unverifiable.
    public static final int MAX_RSA_BITS = 4096;

    /// RFC 8410 section 3: id-Ed25519.
    private static final ASN1ObjectIdentifier ED25519 = new ASN1ObjectIdentifier("1.3.101.112");

    /// Key types met in the wild, named in the error when a file holds one of them.
    private static final Map<ASN1ObjectIdentifier, String> OTHER_KEY_TYPES =
            Map.of(
                    new ASN1ObjectIdentifier("1.3.101.113"),
                    "an Ed448",
                    new ASN1ObjectIdentifier("1.3.101.110"),
                    "an X25519",
                    PKCSObjectIdentifiers.id_RSASSA_PSS,
                    "an RSA-PSS",
                    X9ObjectIdentifiers.id_dsa,
                    "a DSA");

    private static final String EXPECTED =
            "expected '-----BEGIN PRIVATE KEY-----' or '-----BEGIN RSA PRIVATE KEY-----'";

    private PemKeyReader() {}

    /// Reads the key in `file`; errors name the file.
    public static DkimPrivateKey read(Path file) {
        var field = file.toString();
        if (!Files.exists(file)) {
            throw new InvalidInput(field, "does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInput(field, "is a directory, not a key file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInput(field, "is not a regular file; " + EXPECTED);
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InvalidInput(
                        field,
                        "is "
                                + size
                                + " bytes long; a PEM key file is a few kilobytes; "
                                + EXPECTED);
            }
            // ISO-8859-1 maps every byte, so a binary file reads as "no PEM block", not as a
            // charset error.
            try (var reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                return read(reader, field);
            }
        } catch (AccessDeniedException e) {
            throw new InvalidInput(field, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new InvalidInput(field, "cannot be read: " + e.getMessage(), e);
        }
    }

    /// Reads the first private key in PEM text; errors name `field` (a file name or `key`).
    public static DkimPrivateKey read(Reader pem, String field) {
        Object firstOther = null;
        try (var parser = new PEMParser(pem)) {
            for (var item = parser.readObject(); item != null; item = parser.readObject()) {
                switch (item) {
                    case PEMKeyPair pair -> {
                        return fromPrivateKeyInfo(pair.getPrivateKeyInfo(), field);
                    }
                    case PrivateKeyInfo info -> {
                        return fromPrivateKeyInfo(info, field);
                    }
                    default -> {
                        if (firstOther == null) {
                            firstOther = item;
                        }
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput(
                    field, "is not a readable PEM key: " + e.getMessage() + "; " + EXPECTED, e);
        }
        throw new InvalidInput(field, whyNoKey(firstOther));
    }

    private static String whyNoKey(Object found) {
        return switch (found) {
            case null ->
                    "contains no PEM block; "
                            + EXPECTED
                            + " (a DER file converts with"
                            + " 'openssl pkey -inform DER -in FILE')";
            case PEMEncryptedKeyPair ignored -> encrypted();
            case PKCS8EncryptedPrivateKeyInfo ignored -> encrypted();
            case SubjectPublicKeyInfo ignored ->
                    "holds a public key; the private key is needed (the file the DKIM signer"
                            + " reads)";
            case X509CertificateHolder ignored ->
                    "holds a certificate; DKIM needs a private key, no certificate";
            default -> "holds no private key; " + EXPECTED;
        };
    }

    private static String encrypted() {
        return "is encrypted with a passphrase; DKIM signers read unencrypted keys (decrypt"
                + " it with 'openssl pkey -in FILE -out NEWFILE')";
    }

    private static DkimPrivateKey fromPrivateKeyInfo(PrivateKeyInfo info, String field)
            throws IOException {
        var type = info.getPrivateKeyAlgorithm().getAlgorithm();
        if (type.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            return rsa(info, field);
        }
        if (type.equals(ED25519)) {
            return ed25519(info, field);
        }
        throw new InvalidInput(
                field,
                "holds "
                        + describe(info)
                        + " key; DKIM keys are rsa (RFC 6376) or ed25519 (RFC 8463)");
    }

    private static String describe(PrivateKeyInfo info) {
        var type = info.getPrivateKeyAlgorithm().getAlgorithm();
        if (type.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            var parameters = info.getPrivateKeyAlgorithm().getParameters();
            var curve =
                    parameters instanceof ASN1ObjectIdentifier oid
                            ? ECNamedCurveTable.getName(oid)
                            : null;
            return curve == null ? "an EC" : "an EC (" + curve + ")";
        }
        return OTHER_KEY_TYPES.getOrDefault(type, "a " + type.getId());
    }

    private static DkimPrivateKey rsa(PrivateKeyInfo info, String field) throws IOException {
        var encoded = info.getEncoded();
        try {
            var factory = DkimPublicKey.rsaFactory();
            if (!(factory.generatePrivate(new PKCS8EncodedKeySpec(encoded))
                    instanceof RSAPrivateCrtKey key)) {
                throw new InvalidInput(
                        field, "holds an RSA key without its public exponent (no CRT form)");
            }
            int bits = key.getModulus().bitLength();
            if (bits < MIN_RSA_BITS || bits > MAX_RSA_BITS) {
                throw new InvalidInput(field, rsaSizeReason(bits));
            }
            var publicKey =
                    factory.generatePublic(
                            new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return new DkimPrivateKey(key, DkimPublicKey.of(publicKey));
        } catch (GeneralSecurityException e) {
            throw new InvalidInput(field, "holds a malformed RSA key: " + e.getMessage(), e);
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }

    private static String rsaSizeReason(int bits) {
        return bits < MIN_RSA_BITS
                ? "holds an RSA key of "
                        + bits
                        + " bits; DKIM requires at least "
                        + MIN_RSA_BITS
                        + " (RFC 8301 section 3.2), and 2048 is recommended"
                : "holds an RSA key of "
                        + bits
                        + " bits; verifiers need only handle up to "
                        + MAX_RSA_BITS
                        + " (RFC 8301 section 3.2), so use 2048 to "
                        + MAX_RSA_BITS;
    }

    private static DkimPrivateKey ed25519(PrivateKeyInfo info, String field) throws IOException {
        var raw = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
        try {
            if (raw.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
                throw new InvalidInput(
                        field,
                        "holds an Ed25519 key of "
                                + raw.length
                                + " bytes; RFC 8032 keys are "
                                + Ed25519PrivateKeyParameters.KEY_SIZE);
            }
            var key =
                    KeyFactory.getInstance("Ed25519")
                            .generatePrivate(
                                    new EdECPrivateKeySpec(NamedParameterSpec.ED25519, raw));
            var publicRaw =
                    new Ed25519PrivateKeyParameters(raw, 0).generatePublicKey().getEncoded();
            return new DkimPrivateKey(
                    key, DkimPublicKey.fromRecordBytes(DkimAlgorithm.ED25519, publicRaw, field));
        } catch (GeneralSecurityException e) {
            throw new InvalidInput(field, "holds a malformed Ed25519 key: " + e.getMessage(), e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }
}
