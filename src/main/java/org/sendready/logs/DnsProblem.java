package org.sendready.logs;

import java.util.List;
import java.util.Optional;

/// A recipient domain whose lookups failed ("Host or domain name not found", "Name service
/// error"), with the big mailbox provider it is likely a typo of.
///
/// @param failures deferred or bounced attempts with a DNS failure
/// @param likelyTypoOf the provider domain the recipients probably meant
/// @param recipients the first distinct affected recipients, at most [#LISTED_RECIPIENTS]
public record DnsProblem(
        String domain, long failures, Optional<String> likelyTypoOf, List<String> recipients) {

    /// Enough addresses to write to or correct by hand; the rest is a count.
    public static final int LISTED_RECIPIENTS = 10;

    public DnsProblem {
        recipients = List.copyOf(recipients);
    }
}
