package org.sendready.bounce;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/// The local part of a signed Return-Path, `b1.<payload>.<signature>`, both in lower-case
/// base32: the version, then the recipient digest and issue day, then the truncated
/// HMAC-SHA256 over the first two parts. Made and checked by [TokenSigner].
///
/// It is stored lower-cased, since mail servers may change the case of a local part even
/// though RFC 5321 section 2.4 says they should not.
public record ReturnPathToken(String text) {

    /// The version tag that starts every token of this format.
    public static final String VERSION = "b1";

    /// The token's shape: version, 12 and 16 base32 letters, in any case.
    private static final Pattern SHAPE =
            Pattern.compile("(?i)\\b" + VERSION + "\\.[a-z2-7]{12}\\.[a-z2-7]{16}\\b");

    public ReturnPathToken {
        Objects.requireNonNull(text);
        text = text.toLowerCase(Locale.ROOT);
    }

    /// The token in the local part of `address` (`token@domain`), if it has the shape.
    public static Optional<ReturnPathToken> inAddress(String address) {
        int at = address.lastIndexOf('@');
        var local = at < 0 ? address : address.substring(0, at);
        var matcher = SHAPE.matcher(local.strip());
        return matcher.matches()
                ? Optional.of(new ReturnPathToken(matcher.group()))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
