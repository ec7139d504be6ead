package org.sendready.bounce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/// The test corpus of returned messages (see `corpus/README.md` beside them) and the key
/// their tokens were made with.
public final class BounceCorpus {

    /// Every message of the corpus.
    public static final List<String> FILES =
            List.of(
                    "hard-5.1.1-dsn.eml",
                    "soft-4.2.2-mailbox-full.eml",
                    "gmail-5.7.26-dmarc.eml",
                    "ptr-5.7.25.eml",
                    "blocklist-5.7.1-spamhaus.eml",
                    "microsoft-ndr-5.1.10.eml",
                    "qmail-no-mailbox.eml",
                    "auto-reply-out-of-office.eml",
                    "forged-5.1.1.eml",
                    "malformed-report.eml",
                    "not-a-bounce.eml");

    /// The day the corpus tokens were issued.
    static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

    /// The day after: every corpus token is fresh.
    public static final Clock NEXT_DAY =
            Clock.fixed(Instant.parse("2026-03-03T09:00:00Z"), ZoneOffset.UTC);

    private BounceCorpus() {}

    /// The test key: bytes 1 to 32 (not a secret; it only signs the corpus).
    static BounceKey key() {
        return BounceKey.of(keyBytes(), "test key");
    }

    /// The test key's bytes: 1 to 32.
    public static byte[] keyBytes() {
        var bytes = new byte[BounceKey.LENGTH];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i + 1);
        }
        return bytes;
    }

    static TokenSigner signer() {
        return new TokenSigner(key());
    }

    static BounceProcessor processor(boolean withKey) {
        return new BounceProcessor(
                new BounceParser(), withKey ? Optional.of(signer()) : Optional.empty(), NEXT_DAY);
    }

    static byte[] bytes(String file) {
        try (var in = BounceCorpus.class.getResourceAsStream("corpus/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
