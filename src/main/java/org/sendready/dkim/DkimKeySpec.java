package org.sendready.dkim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendready.input.InvalidInput;

/// What kind of key to generate: an algorithm and, for RSA, its size in bits.
public record DkimKeySpec(DkimAlgorithm algorithm, int bits) {

    /// The RSA sizes offered. RFC 8301 section 3.2: signers MUST use at least 1024 bits and
    /// SHOULD use at least 2048; verifiers must handle 1024 to 4096, so larger keys may not
    /// verify everywhere. 3072 is the next common step between them.
    public static final List<Integer> RSA_SIZES = List.of(1024, 2048, 3072, 4096);

    /// RFC 8301 section 3.2: "Signers SHOULD use RSA keys of at least 2048 bits".
    public static final int DEFAULT_RSA_BITS = 2048;

    /// RFC 8463 section 3: Ed25519 keys have one size, 256 bits (32 bytes).
    public static final int ED25519_BITS = 256;

    public DkimKeySpec {
        Objects.requireNonNull(algorithm);
        boolean valid =
                switch (algorithm) {
                    case RSA -> RSA_SIZES.contains(bits);
                    case ED25519 -> bits == ED25519_BITS;
                };
        if (!valid) {
            throw new IllegalArgumentException(algorithm + " keys cannot have " + bits + " bits");
        }
    }

    /// RSA with [#DEFAULT_RSA_BITS] bits.
    public static DkimKeySpec rsaDefault() {
        return new DkimKeySpec(DkimAlgorithm.RSA, DEFAULT_RSA_BITS);
    }

    /// An Ed25519 key.
    public static DkimKeySpec ed25519() {
        return new DkimKeySpec(DkimAlgorithm.ED25519, ED25519_BITS);
    }

    /// The spec the user asked for: `bits` is empty for the default size, and must be empty for
    /// Ed25519. Errors name the field `bits`.
    public static DkimKeySpec of(DkimAlgorithm algorithm, Optional<Integer> bits) {
        return switch (algorithm) {
            case ED25519 -> {
                if (bits.isPresent()) {
                    throw new InvalidInput(
                            "bits",
                            "does not apply to ed25519 keys, which have one fixed size; leave it"
                                    + " out");
                }
                yield ed25519();
            }
            case RSA -> {
                int size = bits.orElse(DEFAULT_RSA_BITS);
                if (!RSA_SIZES.contains(size)) {
                    throw new InvalidInput(
                            "bits",
                            size
                                    + " is not offered for rsa keys; choose "
                                    + RSA_SIZES.stream()
                                            .map(String::valueOf)
                                            .collect(Collectors.joining(", "))
                                    + " (default "
                                    + DEFAULT_RSA_BITS
                                    + ")");
                }
                yield new DkimKeySpec(DkimAlgorithm.RSA, size);
            }
        };
    }

    @Override
    public String toString() {
        return algorithm + " " + bits;
    }
}
