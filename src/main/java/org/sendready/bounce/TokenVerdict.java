package org.sendready.bounce;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/// What a Return-Path token says about a bounce: ours and recent, ours but old, not ours, or
/// not a token at all.
public sealed interface TokenVerdict {

    /// A short description for reports, e.g. `valid, issued 2026-03-01`.
    String describe();

    /// Signed with our key and within its age limit.
    ///
    /// @param recipientDigest the truncated keyed digest of the recipient the token was made
    ///     for; [TokenSigner#madeFor] compares an address with it
    record Valid(ReturnPathToken token, LocalDate issued, byte[] recipientDigest)
            implements TokenVerdict {
        public Valid {
            Objects.requireNonNull(token);
            Objects.requireNonNull(issued);
            recipientDigest = recipientDigest.clone();
        }

        @Override
        public byte[] recipientDigest() {
            return recipientDigest.clone();
        }

        @Override
        public String describe() {
            return "valid, issued " + issued;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Valid v
                    && token.equals(v.token)
                    && issued.equals(v.issued)
                    && Arrays.equals(recipientDigest, v.recipientDigest);
        }

        @Override
        public int hashCode() {
            return Objects.hash(token, issued);
        }

        @Override
        public String toString() {
            return "Valid[" + token + ", issued " + issued + "]";
        }
    }

    /// Signed with our key, but older than the age limit: a bounce that old is more likely a
    /// replay than a delivery report.
    record Expired(ReturnPathToken token, LocalDate issued) implements TokenVerdict {
        @Override
        public String describe() {
            return "expired, issued " + issued;
        }
    }

    /// Shaped like our token, but the signature does not match: a forged or altered bounce
    /// (backscatter), or a token made with another key.
    record Forged(ReturnPathToken token) implements TokenVerdict {
        @Override
        public String describe() {
            return "forged: the signature does not match this key";
        }
    }

    /// Not one of our tokens at all.
    record Malformed(String reason) implements TokenVerdict {
        @Override
        public String describe() {
            return "not a token: " + reason;
        }
    }
}
