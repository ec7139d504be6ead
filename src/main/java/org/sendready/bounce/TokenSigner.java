package org.sendready.bounce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.sendready.dmarc.MailAddress;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// Makes and checks per-message Return-Path tokens: `b1.<payload>.<signature>@bounce domain`.
///
/// The payload is a keyed digest of the recipient (so a bounce can be matched to the address
/// it was sent to without the address showing in the Return-Path) and the issue day; the
/// signature is HMAC-SHA256 (RFC 2104) over `b1.<payload>`, truncated. A bounce to an address
/// whose signature does not match was not caused by our mail: it is forged or backscatter.
///
/// Sizes: payload 5 + 2 bytes (12 base32 letters), signature 10 bytes (16 letters); the
/// token is 32 characters, well within the 64 octets of a local part (RFC 5321 section
/// 4.5.3.1.1).
public final class TokenSigner {

    /// Bytes of the keyed recipient digest: 40 bits tell one recipient from another among the
    /// few addresses a bounce names (collisions about one in a trillion).
    static final int DIGEST_BYTES = 5;

    /// Bytes of the issue day: days since 1970-01-01, unsigned, good until 2149.
    static final int DAY_BYTES = 2;

    /// Bytes of the truncated signature: 80 bits, the floor RFC 2104 section 5 sets for a
    /// truncated HMAC. (Its other advice, half the hash output, guards against birthday attacks
    /// that need about 2^128 MACs of the key holder's choosing; a forger of bounces only
    /// guesses, one try per message, at odds of 2^-80.)
    static final int SIGNATURE_BYTES = 10;

    /// How old a token may be and still count: bounces come within the queue lifetime (RFC
    /// 5321 section 4.5.4.1 suggests giving up after 4 to 5 days), auto-replies and late
    /// asynchronous bounces within weeks.
    public static final Period DEFAULT_MAX_AGE = Period.ofDays(30);

    /// Clock skew allowed for a token issued "tomorrow" (the sender's time zone may be ahead).
    private static final Period FUTURE_TOLERANCE = Period.ofDays(1);

    private static final byte[] RECIPIENT_CONTEXT = "rcpt\0".getBytes(StandardCharsets.US_ASCII);

    private static final int MAX_DAY = (1 << (8 * DAY_BYTES)) - 1;

    private final BounceKey key;
    private final Period maxAge;

    public TokenSigner(BounceKey key, Period maxAge) {
        this.key = Objects.requireNonNull(key);
        this.maxAge = Objects.requireNonNull(maxAge);
    }

    public TokenSigner(BounceKey key) {
        this(key, DEFAULT_MAX_AGE);
    }

    /// The token for a message to `recipient` sent on `day`.
    public ReturnPathToken issue(MailAddress recipient, LocalDate day) {
        long epochDay = day.toEpochDay();
        if (epochDay < 0 || epochDay > MAX_DAY) {
            throw new InvalidInput("date", day + " is outside 1970-01-01 to 2149-06-06");
        }
        var payload = new byte[DIGEST_BYTES + DAY_BYTES];
        System.arraycopy(digest(normalize(recipient.toString())), 0, payload, 0, DIGEST_BYTES);
        payload[DIGEST_BYTES] = (byte) (epochDay >> 8);
        payload[DIGEST_BYTES + 1] = (byte) epochDay;
        var signed = ReturnPathToken.VERSION + "." + Base32.encode(payload);
        return new ReturnPathToken(signed + "." + Base32.encode(signature(signed)));
    }

    /// The Return-Path address `token@bounceDomain` for a message to `recipient` sent on `day`.
    public String returnPath(MailAddress recipient, LocalDate day, DomainName bounceDomain) {
        return issue(recipient, day) + "@" + bounceDomain.ascii();
    }

    /// Checks `token` as of `today`; the signature comparison takes constant time.
    public TokenVerdict verify(ReturnPathToken token, LocalDate today) {
        var parts = token.text().split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(ReturnPathToken.VERSION)) {
            return new TokenVerdict.Malformed(
                    "expected " + ReturnPathToken.VERSION + ".<payload>.<signature>");
        }
        var payload = Base32.decode(parts[1], DIGEST_BYTES + DAY_BYTES);
        var given = Base32.decode(parts[2], SIGNATURE_BYTES);
        if (payload.isEmpty() || given.isEmpty()) {
            return new TokenVerdict.Malformed(
                    "the payload or signature is not base32 of the right length");
        }
        var expected = signature(parts[0] + "." + parts[1]);
        if (!MessageDigest.isEqual(expected, given.get())) {
            return new TokenVerdict.Forged(token);
        }
        var bytes = payload.get();
        int epochDay = ((bytes[DIGEST_BYTES] & 0xff) << 8) | (bytes[DIGEST_BYTES + 1] & 0xff);
        var issued = LocalDate.ofEpochDay(epochDay);
        if (issued.isAfter(today.plus(FUTURE_TOLERANCE))) {
            return new TokenVerdict.Malformed("issued " + issued + ", in the future");
        }
        if (issued.plus(maxAge).isBefore(today)) {
            return new TokenVerdict.Expired(token, issued);
        }
        return new TokenVerdict.Valid(token, issued, Arrays.copyOf(bytes, DIGEST_BYTES));
    }

    /// Checks the token in the local part of `address`; not a token when it has none.
    public TokenVerdict verifyAddress(String address, LocalDate today) {
        return ReturnPathToken.inAddress(address)
                .map(token -> verify(token, today))
                .orElseGet(
                        () ->
                                new TokenVerdict.Malformed(
                                        "'"
                                                + address
                                                + "' has no "
                                                + ReturnPathToken.VERSION
                                                + ". token before '@'"));
    }

    /// Whether `valid` was made for `address` (compared case-insensitively, as the token's
    /// digest was made).
    public boolean madeFor(TokenVerdict.Valid valid, String address) {
        var digest = Arrays.copyOf(digest(normalize(address)), DIGEST_BYTES);
        return MessageDigest.isEqual(digest, valid.recipientDigest());
    }

    private byte[] digest(String normalizedRecipient) {
        return key.mac(RECIPIENT_CONTEXT, normalizedRecipient.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] signature(String signed) {
        return Arrays.copyOf(key.mac(signed.getBytes(StandardCharsets.US_ASCII)), SIGNATURE_BYTES);
    }

    /// Recipients compare case-insensitively: RFC 5321 section 2.4 leaves local-part case to
    /// the receiving server, and in practice none distinguishes it.
    private static String normalize(String address) {
        var text = address.strip();
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
