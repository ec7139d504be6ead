package org.sendready.logs;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/// Likely typos of big mailbox providers' domains (`hot-mail.com` for `hotmail.com`).
///
/// A domain is a likely typo when it is not itself a provider and is within
/// [#MAX_DISTANCE] edits of one (insert, delete, substitute, swap two neighbours), also after
/// dropping hyphens and dots, which people add and forget. Short provider names (under
/// [#SHORT_NAME] characters, such as `gmx.de` or `aol.com`) allow one edit only, because two
/// edits there reach real, unrelated domains. Callers only ask for domains that had DNS
/// failures: a real domain near a provider's name is not flagged for merely existing.
public final class ProviderTypo {
    private ProviderTypo() {}

    /// Two edits catch a doubled and a dropped letter, or a swap and a wrong TLD letter.
    public static final int MAX_DISTANCE = 2;

    /// Names shorter than this allow one edit only.
    static final int SHORT_NAME = 8;

    /// Big consumer mailbox providers, in the order suggestions prefer on a tie; several of
    /// them are near each other (`mail.com`, `gmail.com`), so all are listed to be excluded.
    static final List<String> PROVIDERS =
            List.of(
                    "gmail.com",
                    "googlemail.com",
                    "hotmail.com",
                    "outlook.com",
                    "live.com",
                    "msn.com",
                    "yahoo.com",
                    "ymail.com",
                    "icloud.com",
                    "me.com",
                    "mac.com",
                    "aol.com",
                    "gmx.de",
                    "gmx.net",
                    "gmx.at",
                    "gmx.com",
                    "web.de",
                    "t-online.de",
                    "mail.com",
                    "proton.me",
                    "protonmail.com",
                    "yandex.ru",
                    "mail.ru",
                    "hotmail.co.uk",
                    "hotmail.de",
                    "hotmail.fr",
                    "outlook.de",
                    "yahoo.co.uk",
                    "yahoo.de",
                    "yahoo.fr",
                    "comcast.net",
                    "orange.fr",
                    "free.fr",
                    "libero.it",
                    "qq.com");

    private static final Set<String> KNOWN = Set.copyOf(PROVIDERS);

    /// The provider `domain` (lower case) is most likely a typo of, if any.
    public static Optional<String> likelyIntended(String domain) {
        if (domain.isEmpty() || KNOWN.contains(domain)) {
            return Optional.empty();
        }
        String bare = strip(domain);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (var provider : PROVIDERS) {
            int limit = provider.length() < SHORT_NAME ? 1 : MAX_DISTANCE;
            int distance =
                    Math.min(
                            distance(domain, provider, limit),
                            distance(bare, strip(provider), limit));
            if (distance <= limit && distance < bestDistance) {
                best = provider;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String strip(String domain) {
        return domain.replace("-", "").replace(".", "");
    }

    /// Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a
    /// substring), or `limit + 1` as soon as it must exceed `limit`.
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value =
                        Math.min(
                                Math.min(previous[j] + 1, current[j - 1] + 1),
                                previous[j - 1] + cost);
                if (i > 1
                        && j > 1
                        && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[b.length()], limit + 1);
    }
}
