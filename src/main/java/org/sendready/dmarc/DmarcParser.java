package org.sendready.dmarc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sendready.input.InvalidInput;
import org.sendready.taglist.TagList;

/// Reads a DMARC record (RFC 7489 sections 6.3 and 6.4) into a [DmarcPolicy] plus warnings.
///
/// Stricter than a receiver, since its job is to tell an admin what to fix: where RFC 7489
/// section 6.3 lets receivers skip a broken tag and use its default, this parser rejects the
/// record, naming the tag. In particular a missing or invalid `p` is an error here, although
/// receivers apply `p=none` to such a record when its `rua` is valid (section 6.6.3); the
/// message says so. Tag names and values are case-insensitive (ABNF literals, RFC 5234
/// section 2.3), except `DMARC1`, which must match exactly. Unknown tags are kept and warned
/// about.
public final class DmarcParser {

    /// RFC 7489 section 6.3: the `v` tag's value, matched exactly.
    public static final String VERSION = "DMARC1";

    /// RFC 7489 section 6.2: receivers must be able to send reports to at least two URIs.
    static final int GUARANTEED_REPORT_URIS = 2;

    /// RFC 7489 section 6.4: `pct` is `1*3DIGIT`.
    static final int MAX_PERCENT_DIGITS = 3;

    /// RFC 7489 section 6.3: `ri` is a 32-bit unsigned integer, at most 10 decimal digits.
    static final int MAX_INTERVAL_DIGITS = 10;

    private static final String FIELD = "dmarc";

    /// A policy and what a careful reader should know about its record.
    ///
    /// @param warnings sentences starting with the tag they concern
    public record Parsed(DmarcPolicy policy, List<String> warnings) {
        public Parsed {
            warnings = List.copyOf(warnings);
        }
    }

    private DmarcParser() {}

    /// Parses `text`.
    ///
    /// @throws InvalidInput with field `dmarc`, naming the tag and the reason
    public static Parsed parse(String text) {
        var tags = TagList.parse(text, FIELD).tags();
        checkVersion(tags);
        checkNoDuplicates(tags);
        var warnings = new ArrayList<String>();
        checkPolicyTag(tags, warnings);
        var builder = DmarcPolicy.builder();
        var unknown = new ArrayList<UnknownTag>();
        for (var tag : tags.subList(1, tags.size())) {
            var known = DmarcTag.fromName(tag.name());
            if (known.isPresent()) {
                apply(known.get(), tag.value(), builder, warnings);
            } else {
                unknown.add(new UnknownTag(tag.name(), tag.value()));
                warnings.add(
                        "unknown tag '"
                                + tag.name()
                                + "' is kept, but receivers ignore tags RFC 7489 does not define"
                                + " (section 6.3)");
            }
        }
        return new Parsed(builder.unknownTags(unknown).build(), warnings);
    }

    /// RFC 7489 section 6.3: `v=DMARC1` first, its value exact.
    private static void checkVersion(List<TagList.Tag> tags) {
        var first = tags.getFirst();
        if (!first.name().equalsIgnoreCase(DmarcTag.V.tagName())) {
            boolean later = tags.stream().anyMatch(t -> t.name().equalsIgnoreCase("v"));
            throw new InvalidInput(
                    FIELD,
                    (later
                                    ? "v=DMARC1 must be the first tag, but '"
                                            + first.name()
                                            + "=' comes before it"
                                    : "the record must start with v=DMARC1, but it starts with '"
                                            + first.name()
                                            + "='")
                            + " (RFC 7489 section 6.3); receivers ignore such a record");
        }
        if (!first.value().equals(VERSION)) {
            throw new InvalidInput(
                    FIELD,
                    "v="
                            + first.value()
                            + " is not the DMARC version; write exactly v=DMARC1, in upper case"
                            + " (RFC 7489 section 6.3)");
        }
    }

    /// Tag names are case-insensitive, so `p` and `P` are the same tag; [TagList] only catches
    /// exact repeats.
    private static void checkNoDuplicates(List<TagList.Tag> tags) {
        var seen = new HashMap<String, String>();
        for (var tag : tags) {
            var earlier = seen.put(tag.name().toLowerCase(Locale.ROOT), tag.name());
            if (earlier != null) {
                throw new InvalidInput(
                        FIELD,
                        "tag '"
                                + tag.name()
                                + "' appears twice (also as '"
                                + earlier
                                + "'); each tag may appear once");
            }
        }
    }

    /// RFC 7489 section 6.3: `p` is required; the section 6.4 grammar puts it second.
    private static void checkPolicyTag(List<TagList.Tag> tags, List<String> warnings) {
        int index = 0;
        while (index < tags.size() && !tags.get(index).name().equalsIgnoreCase("p")) {
            index++;
        }
        if (index == tags.size()) {
            throw new InvalidInput(
                    FIELD,
                    "p is missing; write p=none, p=quarantine or p=reject right after v=DMARC1"
                            + " (RFC 7489 section 6.3). Receivers treat such a record as p=none"
                            + " if its rua is valid (section 6.6.3), but it is not a valid"
                            + " policy");
        }
        if (index != 1) {
            warnings.add(
                    "p is tag number "
                            + (index + 1)
                            + "; the RFC 7489 section 6.4 grammar puts it right after v=DMARC1,"
                            + " and some receivers insist on that");
        }
    }

    private static void apply(
            DmarcTag tag, String value, DmarcPolicy.Builder builder, List<String> warnings) {
        switch (tag) {
            case V -> throw new IllegalStateException("v is handled before the other tags");
            case P -> builder.policy(policy(tag, value));
            case SP -> builder.subdomainPolicy(policy(tag, value));
            case RUA -> builder.aggregateReports(uris(tag, value, warnings));
            case RUF -> builder.failureReports(uris(tag, value, warnings));
            case ADKIM -> builder.dkimAlignment(alignment(tag, value));
            case ASPF -> builder.spfAlignment(alignment(tag, value));
            case RI -> builder.reportIntervalSeconds(number(tag, value, MAX_INTERVAL_DIGITS));
            case FO ->
                    builder.failureOptions(
                            Set.copyOf(
                                    list(tag, value, FailureOption::fromTagValue, "0, 1, d or s")));
            case RF ->
                    builder.failureFormats(
                            Set.copyOf(
                                    list(
                                            tag,
                                            value,
                                            ReportFormat::fromTagValue,
                                            "afrf, the only registered format (RFC 7489 section"
                                                    + " 11.4)")));
            case PCT -> builder.percent((int) number(tag, value, MAX_PERCENT_DIGITS));
        }
    }

    private static RequestedPolicy policy(DmarcTag tag, String value) {
        return single(
                tag,
                value,
                RequestedPolicy::fromTagValue,
                "a policy; expected none, quarantine or reject (RFC 7489 section 6.3)"
                        + (tag == DmarcTag.P
                                ? ". Receivers treat an invalid p as p=none if rua is valid"
                                        + " (section 6.6.3)"
                                : ""));
    }

    private static Alignment alignment(DmarcTag tag, String value) {
        return single(
                tag,
                value,
                Alignment::fromTagValue,
                "an alignment mode; expected r (relaxed) or s (strict)");
    }

    /// The value `parse` reads from `value`, or an error `tag=value is not <what>`.
    private static <T> T single(
            DmarcTag tag, String value, Function<String, Optional<T>> parse, String what) {
        return parse.apply(value)
                .orElseThrow(
                        () ->
                                new InvalidInput(
                                        FIELD, tag.tagName() + "=" + value + " is not " + what));
    }

    private static long number(DmarcTag tag, String value, int maxDigits) {
        var digits = value.replaceFirst("^0+(?=.)", "");
        if (value.isEmpty()
                || !value.chars().allMatch(c -> c >= '0' && c <= '9')
                || digits.length() > maxDigits
                || (tag == DmarcTag.PCT && value.length() > maxDigits)) {
            throw new InvalidInput(
                    FIELD,
                    tag.tagName()
                            + "="
                            + value
                            + " is not a valid number; expected "
                            + (tag == DmarcTag.PCT
                                    ? "a whole number from 0 to 100"
                                    : "a whole number of seconds such as 86400"));
        }
        return Long.parseLong(digits);
    }

    private static <T> List<T> list(
            DmarcTag tag, String value, Function<String, Optional<T>> parse, String expected) {
        var result = new ArrayList<T>();
        for (var item : value.split(":", -1)) {
            var trimmed = item.strip();
            result.add(
                    parse.apply(trimmed)
                            .orElseThrow(
                                    () ->
                                            new InvalidInput(
                                                    FIELD,
                                                    tag.tagName()
                                                            + "="
                                                            + value
                                                            + " has '"
                                                            + trimmed
                                                            + "'; expected "
                                                            + expected
                                                            + ", separated by ':'")));
        }
        return result;
    }

    private static List<ReportUri> uris(DmarcTag tag, String value, List<String> warnings) {
        var result = new ArrayList<ReportUri>();
        for (var item : value.split(",", -1)) {
            if (item.isBlank()) {
                throw new InvalidInput(
                        FIELD,
                        tag.tagName()
                                + " has an empty entry; expected URIs such as"
                                + " mailto:dmarc@example.com separated by ','");
            }
            ReportUri uri;
            try {
                uri = ReportUri.parse(item, FIELD);
            } catch (InvalidInput e) {
                throw new InvalidInput(FIELD, tag.tagName() + ": " + e.reason(), e);
            }
            if (uri instanceof ReportUri.Other other) {
                warnings.add(
                        tag.tagName()
                                + ": '"
                                + other.text()
                                + "' is not a mailto: URI; receivers need only support mailto:"
                                + " (RFC 7489 section 6.2), so reports may never arrive");
            }
            result.add(uri);
        }
        if (result.size() > GUARANTEED_REPORT_URIS) {
            warnings.add(
                    tag.tagName()
                            + " lists "
                            + result.size()
                            + " destinations; receivers need only send to two (RFC 7489 section"
                            + " 6.2), so the later ones may get nothing");
        }
        return result;
    }
}
