package org.sendready.dnsbl;

import java.util.List;
import java.util.Objects;

/// What one list said about one target, with what is needed to explain it.
///
/// A `switch` over the cases without `default` makes the compiler point at code that misses
/// one.
public sealed interface Outcome {

    ListingStatus status();

    /// Not on the list.
    record NotListed() implements Outcome {
        @Override
        public ListingStatus status() {
            return ListingStatus.NOT_LISTED;
        }
    }

    /// On the list.
    ///
    /// @param codes the listing codes with their meanings (several for a bitmask answer or a
    ///     list that answers one record per sub-list)
    /// @param unexplained further answers in the same reply that the table does not explain
    /// @param reasons the list's TXT record for the entry, which usually says why and where to
    ///     look it up; empty when it has none or it did not come in time
    record Listed(List<ReturnCode> codes, List<String> unexplained, List<String> reasons)
            implements Outcome {
        public Listed {
            codes = List.copyOf(codes);
            unexplained = List.copyOf(unexplained);
            reasons = List.copyOf(reasons);
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("a listing has at least one code");
            }
        }

        /// The same listing with the list's TXT reasons.
        public Listed withReasons(List<String> texts) {
            return new Listed(codes, unexplained, texts);
        }

        @Override
        public ListingStatus status() {
            return ListingStatus.LISTED;
        }
    }

    /// The list refused to answer the resolver that asked: ask through another resolver.
    ///
    /// @param codes the refusal codes with their meanings
    record Refused(List<ReturnCode> codes) implements Outcome {
        public Refused {
            codes = List.copyOf(codes);
        }

        @Override
        public ListingStatus status() {
            return ListingStatus.REFUSED;
        }
    }

    /// No verdict: DNS failed, the deadline passed, or the list answered an error code.
    ///
    /// @param reason what went wrong, in a phrase
    /// @param codes the list's error codes, when it answered one
    record Failed(String reason, List<ReturnCode> codes) implements Outcome {
        public Failed {
            Objects.requireNonNull(reason);
            codes = List.copyOf(codes);
        }

        @Override
        public ListingStatus status() {
            return ListingStatus.ERROR;
        }
    }

    /// Answers the list's table does not explain.
    ///
    /// @param answers what came back, as text (`192.0.2.1`, `127.0.0.99`)
    /// @param outsideLoopback true when an answer lies outside 127.0.0.0/8, which no DNSBL
    ///     gives: the resolver made it up (NXDOMAIN rewriting)
    record Unexpected(List<String> answers, boolean outsideLoopback) implements Outcome {
        public Unexpected {
            answers = List.copyOf(answers);
        }

        @Override
        public ListingStatus status() {
            return ListingStatus.UNEXPECTED;
        }
    }
}
