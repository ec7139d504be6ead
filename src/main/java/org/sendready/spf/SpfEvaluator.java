package org.sendready.spf;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.sendready.dns.DnsResolver;

/// check_host() of RFC 7208 section 4: whether a client may send mail for a domain, by that
/// domain's SPF record, asking DNS through the [DnsResolver] port only.
///
/// ```java
/// var evaluator = new SpfEvaluator(resolver);
/// var evaluation = evaluator.evaluate(new SpfRequest(ip, "alice@example.com",
// "mail.example.com"));
/// evaluation.result();   // SpfResult.PASS
/// evaluation.trace();    // the tree of records, includes and redirects
/// ```
/// Evaluation blocks the calling thread until the result is known (at most the time limit),
/// so call it off any UI thread. Independent DNS questions are sent ahead ([Prefetcher]), while
/// results and counts stay exactly those of sequential evaluation. Thread-safe: each call is
/// its own evaluation.
public final class SpfEvaluator {

    /// How evaluation behaves.
    ///
    /// @param receiver the `%{r}` macro, the name of the host doing the check (RFC 7208
    ///     section 7.2); `unknown` when not known
    /// @param clock the `%{t}` macro's time
    /// @param timeLimit the most one evaluation may take; past it the result is temperror
    /// @param prefetch send independent DNS questions ahead (results do not change)
    public record Options(String receiver, Clock clock, Duration timeLimit, boolean prefetch) {

        /// RFC 7208 section 4.6.4: the elapsed-time limit SHOULD allow at least 20 seconds.
        public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(20);

        /// RFC 7208 section 7.2: `%{r}` when the receiver's name is not known.
        public static final String UNKNOWN_RECEIVER = "unknown";

        public Options {
            Objects.requireNonNull(receiver);
            Objects.requireNonNull(clock);
            if (timeLimit.isNegative() || timeLimit.isZero()) {
                throw new IllegalArgumentException("time limit must be positive: " + timeLimit);
            }
        }

        /// Receiver `unknown`, the system clock, 20 seconds, prefetching on.
        public static Options defaults() {
            return new Options(UNKNOWN_RECEIVER, Clock.systemUTC(), DEFAULT_TIME_LIMIT, true);
        }

        /// The same options with `%{r}` = `receiver`.
        public Options withReceiver(String receiver) {
            return new Options(receiver, clock, timeLimit, prefetch);
        }

        /// The same options with `%{t}` read from `clock`.
        public Options withClock(Clock clock) {
            return new Options(receiver, clock, timeLimit, prefetch);
        }

        /// The same options with another time limit.
        public Options withTimeLimit(Duration timeLimit) {
            return new Options(receiver, clock, timeLimit, prefetch);
        }

        /// The same options with prefetching on or off.
        public Options withPrefetch(boolean prefetch) {
            return new Options(receiver, clock, timeLimit, prefetch);
        }
    }

    private final DnsResolver resolver;
    private final Options options;

    /// An evaluator with [Options#defaults()].
    public SpfEvaluator(DnsResolver resolver) {
        this(resolver, Options.defaults());
    }

    /// An evaluator asking `resolver`, behaving as `options` say.
    public SpfEvaluator(DnsResolver resolver, Options options) {
        this.resolver = Objects.requireNonNull(resolver);
        this.options = Objects.requireNonNull(options);
    }

    /// check_host() for `request`: the `<domain>` is that of MAIL FROM, or the HELO name for
    /// the null sender (RFC 7208 section 2.4).
    public SpfEvaluation evaluate(SpfRequest request) {
        var start = TargetName.checkedDomain(request.domain());
        if (start instanceof TargetName.Invalid invalid) {
            return new SpfEvaluation(
                    SpfResult.NONE, Optional.empty(), 0, 0, CheckHost.invalidDomain(invalid));
        }
        var domain = ((TargetName.Valid) start).name();
        var dns = new DnsCache(resolver, System.nanoTime() + options.timeLimit().toNanos());
        var macros = new MacroExpander(request, options.receiver(), options.clock());
        var prefetcher =
                options.prefetch() ? new Prefetcher(dns, macros, request) : Prefetcher.NONE;
        var budget = new LookupBudget();
        try {
            var outcome =
                    new CheckHost(request, dns, budget, macros, prefetcher).check(domain, true);
            var result = outcome.trace().result();
            return new SpfEvaluation(
                    result,
                    result == SpfResult.FAIL ? outcome.explanation() : Optional.empty(),
                    budget.terms(),
                    budget.voids(),
                    outcome.trace());
        } finally {
            prefetcher.stop();
        }
    }
}
