package org.sendready.dmarc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// A DMARC policy record (RFC 7489 section 6.3), published as TXT at `_dmarc.<domain>`.
///
/// Each component is one tag; absent tags hold their RFC defaults, and [#format] leaves values
/// equal to the default out. Read a record with [#parse] (or [DmarcParser] for the warnings),
/// write it with [#format]; `parse(format(p))` equals `p`.
///
/// @param policy the `p` tag: what to do with mail that fails DMARC
/// @param subdomainPolicy the `sp` tag; empty means subdomains follow `p`
/// @param percent the `pct` tag: the share of failing mail the policy applies to, 0 to 100
/// @param aggregateReports the `rua` tag: where daily aggregate reports go
/// @param failureReports the `ruf` tag: where per-message failure reports go
/// @param dkimAlignment the `adkim` tag
/// @param spfAlignment the `aspf` tag
/// @param failureOptions the `fo` tag: when failure reports are wanted
/// @param failureFormats the `rf` tag: failure report formats
/// @param reportIntervalSeconds the `ri` tag: the aggregate report interval asked for
/// @param unknownTags tags RFC 7489 does not define, kept in their order
public record DmarcPolicy(
        RequestedPolicy policy,
        Optional<RequestedPolicy> subdomainPolicy,
        int percent,
        List<ReportUri> aggregateReports,
        List<ReportUri> failureReports,
        Alignment dkimAlignment,
        Alignment spfAlignment,
        Set<FailureOption> failureOptions,
        Set<ReportFormat> failureFormats,
        long reportIntervalSeconds,
        List<UnknownTag> unknownTags) {

    /// RFC 7489 section 6.3: `pct` is an integer percentage from 0 to 100; default 100.
    public static final int MAX_PERCENT = 100;

    /// RFC 7489 section 6.3: `ri` defaults to 86400 seconds (one day).
    public static final long DEFAULT_REPORT_INTERVAL_SECONDS = 86_400;

    /// RFC 7489 section 6.3: `ri` is a 32-bit unsigned integer.
    public static final long MAX_REPORT_INTERVAL_SECONDS = 4_294_967_295L;

    /// RFC 7489 section 6.3: `fo` defaults to `0`.
    public static final Set<FailureOption> DEFAULT_FAILURE_OPTIONS =
            Collections.unmodifiableSet(EnumSet.of(FailureOption.ALL_FAIL));

    /// RFC 7489 section 6.3: `rf` defaults to `afrf`.
    public static final Set<ReportFormat> DEFAULT_FAILURE_FORMATS =
            Collections.unmodifiableSet(EnumSet.of(ReportFormat.AFRF));

    public DmarcPolicy {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(subdomainPolicy, "subdomainPolicy");
        Objects.requireNonNull(dkimAlignment, "dkimAlignment");
        Objects.requireNonNull(spfAlignment, "spfAlignment");
        if (percent < 0 || percent > MAX_PERCENT) {
            throw new InvalidInput(
                    "dmarc",
                    "pct="
                            + percent
                            + " is out of range; expected a whole number from 0 to "
                            + MAX_PERCENT
                            + " (RFC 7489 section 6.3)");
        }
        if (reportIntervalSeconds < 0 || reportIntervalSeconds > MAX_REPORT_INTERVAL_SECONDS) {
            throw new InvalidInput(
                    "dmarc",
                    "ri="
                            + reportIntervalSeconds
                            + " is out of range; expected seconds from 0 to "
                            + MAX_REPORT_INTERVAL_SECONDS
                            + " (RFC 7489 section 6.3)");
        }
        aggregateReports = List.copyOf(aggregateReports);
        failureReports = List.copyOf(failureReports);
        failureOptions = enumSet(failureOptions, FailureOption.class, "fo", "0, 1, d or s");
        failureFormats = enumSet(failureFormats, ReportFormat.class, "rf", "afrf");
        unknownTags = List.copyOf(unknownTags);
        var names = new HashSet<String>();
        for (var tag : unknownTags) {
            if (!names.add(tag.key())) {
                throw new InvalidInput(
                        "dmarc",
                        "tag '" + tag.name() + "' appears twice; each tag may appear once");
            }
        }
    }

    private static <E extends Enum<E>> Set<E> enumSet(
            Collection<E> values, Class<E> type, String tag, String expected) {
        if (values.isEmpty()) {
            throw new InvalidInput(
                    "dmarc", tag + " has no value; expected one or more of " + expected);
        }
        var set = EnumSet.noneOf(type);
        set.addAll(values);
        return Collections.unmodifiableSet(set);
    }

    /// A builder starting from the defaults with `p=none`, the safe first step of a rollout.
    public static Builder builder() {
        return new Builder();
    }

    /// A builder holding this policy's values.
    public Builder toBuilder() {
        return new Builder(this);
    }

    /// Parses a DMARC record, dropping its warnings (see [DmarcParser] to keep them).
    ///
    /// @throws InvalidInput with field `dmarc`, naming the tag and the reason
    public static DmarcPolicy parse(String text) {
        return DmarcParser.parse(text).policy();
    }

    /// The canonical text, e.g. `v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com`.
    public String format() {
        return DmarcWriter.format(this);
    }

    /// The name the record is published at: `_dmarc.<domain>` (RFC 7489 section 6.1).
    public static DomainName recordName(DomainName domain) {
        return domain.child("_dmarc");
    }

    /// The authorization records the report destinations of a policy published for
    /// `policyDomain` need: one per foreign report domain (RFC 7489 section 7.1).
    public List<ReportAuthorization> reportAuthorizations(DomainName policyDomain) {
        return ReportAuthorization.requiredFor(this, policyDomain);
    }

    /// Collects the values of a [DmarcPolicy]; [#build] validates them.
    public static final class Builder {
        private RequestedPolicy policy = RequestedPolicy.NONE;
        private Optional<RequestedPolicy> subdomainPolicy = Optional.empty();
        private int percent = MAX_PERCENT;
        private final List<ReportUri> aggregateReports = new ArrayList<>();
        private final List<ReportUri> failureReports = new ArrayList<>();
        private Alignment dkimAlignment = Alignment.RELAXED;
        private Alignment spfAlignment = Alignment.RELAXED;
        private Set<FailureOption> failureOptions = DEFAULT_FAILURE_OPTIONS;
        private Set<ReportFormat> failureFormats = DEFAULT_FAILURE_FORMATS;
        private long reportIntervalSeconds = DEFAULT_REPORT_INTERVAL_SECONDS;
        private final List<UnknownTag> unknownTags = new ArrayList<>();

        private Builder() {}

        private Builder(DmarcPolicy from) {
            policy = from.policy;
            subdomainPolicy = from.subdomainPolicy;
            percent = from.percent;
            aggregateReports.addAll(from.aggregateReports);
            failureReports.addAll(from.failureReports);
            dkimAlignment = from.dkimAlignment;
            spfAlignment = from.spfAlignment;
            failureOptions = from.failureOptions;
            failureFormats = from.failureFormats;
            reportIntervalSeconds = from.reportIntervalSeconds;
            unknownTags.addAll(from.unknownTags);
        }

        public Builder policy(RequestedPolicy value) {
            policy = Objects.requireNonNull(value);
            return this;
        }

        /// Sets `sp`, a policy for subdomains different from `p`.
        public Builder subdomainPolicy(RequestedPolicy value) {
            subdomainPolicy = Optional.of(value);
            return this;
        }

        /// Drops `sp`: subdomains follow `p`.
        public Builder subdomainsFollowPolicy() {
            subdomainPolicy = Optional.empty();
            return this;
        }

        public Builder percent(int value) {
            percent = value;
            return this;
        }

        public Builder aggregateReports(List<ReportUri> values) {
            aggregateReports.clear();
            aggregateReports.addAll(values);
            return this;
        }

        /// Adds a `rua` destination, e.g. `ReportUri.mailto(MailAddress.parse(...))`.
        public Builder addAggregateReport(ReportUri value) {
            aggregateReports.add(Objects.requireNonNull(value));
            return this;
        }

        public Builder failureReports(List<ReportUri> values) {
            failureReports.clear();
            failureReports.addAll(values);
            return this;
        }

        /// Adds a `ruf` destination.
        public Builder addFailureReport(ReportUri value) {
            failureReports.add(Objects.requireNonNull(value));
            return this;
        }

        public Builder dkimAlignment(Alignment value) {
            dkimAlignment = Objects.requireNonNull(value);
            return this;
        }

        public Builder spfAlignment(Alignment value) {
            spfAlignment = Objects.requireNonNull(value);
            return this;
        }

        public Builder failureOptions(Set<FailureOption> values) {
            failureOptions = Set.copyOf(values);
            return this;
        }

        public Builder failureFormats(Set<ReportFormat> values) {
            failureFormats = Set.copyOf(values);
            return this;
        }

        public Builder reportIntervalSeconds(long value) {
            reportIntervalSeconds = value;
            return this;
        }

        public Builder unknownTags(List<UnknownTag> values) {
            unknownTags.clear();
            unknownTags.addAll(values);
            return this;
        }

        /// The policy; throws [InvalidInput] (field `dmarc`) for a value out of range.
        public DmarcPolicy build() {
            return new DmarcPolicy(
                    policy,
                    subdomainPolicy,
                    percent,
                    aggregateReports,
                    failureReports,
                    dkimAlignment,
                    spfAlignment,
                    failureOptions,
                    failureFormats,
                    reportIntervalSeconds,
                    unknownTags);
        }
    }
}
