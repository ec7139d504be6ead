package org.sendready.dkim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sendready.input.InvalidInput;

/// The key types a DKIM key record can publish in its `k=` tag.
public enum DkimAlgorithm {
    /// RFC 6376 section 3.3.1 (rsa-sha256), key sizes per RFC 8301 section 3.2.
    RSA("rsa"),
    /// RFC 8463 (ed25519-sha256): a 32-byte public key.
    ED25519("ed25519");

    private final String tag;

    DkimAlgorithm(String tag) {
        this.tag = tag;
    }

    /// The name as the `k=` tag and the command line write it: `rsa`, `ed25519`.
    public String tag() {
        return tag;
    }

    /// Parses a `k=` value or a command-line choice, ignoring case.
    public static DkimAlgorithm parse(String text, String field) {
        var wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (var algorithm : values()) {
            if (algorithm.tag.equals(wanted)) {
                return algorithm;
            }
        }
        throw new InvalidInput(
                field,
                "'"
                        + (text == null ? "" : text.strip())
                        + "' is not a DKIM key type; expected "
                        + Arrays.stream(values())
                                .map(DkimAlgorithm::tag)
                                .collect(Collectors.joining(" or ")));
    }

    @Override
    public String toString() {
        return tag;
    }
}
