package org.sendready.dmarc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

/// Writes a [DmarcPolicy] in canonical form: tags in the order of the RFC 7489 section 6.4
/// grammar (`v`, `p`, `sp`, `rua`, `ruf`, `adkim`, `aspf`, `ri`, `fo`, `rf`, `pct`), then
/// unknown tags in their original order; values equal to the RFC default left out; names and
/// values in lower case; `; ` between tags and `,` between URIs.
public final class DmarcWriter {

    private DmarcWriter() {}

    /// The record text, e.g. `v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com`.
    public static String format(DmarcPolicy policy) {
        var tags = new ArrayList<String>();
        tags.add(tag(DmarcTag.V, DmarcParser.VERSION));
        tags.add(tag(DmarcTag.P, policy.policy().tagValue()));
        policy.subdomainPolicy().ifPresent(sp -> tags.add(tag(DmarcTag.SP, sp.tagValue())));
        if (!policy.aggregateReports().isEmpty()) {
            tags.add(tag(DmarcTag.RUA, join(policy.aggregateReports(), ReportUri::text, ",")));
        }
        if (!policy.failureReports().isEmpty()) {
            tags.add(tag(DmarcTag.RUF, join(policy.failureReports(), ReportUri::text, ",")));
        }
        if (policy.dkimAlignment() != Alignment.RELAXED) {
            tags.add(tag(DmarcTag.ADKIM, policy.dkimAlignment().tagValue()));
        }
        if (policy.spfAlignment() != Alignment.RELAXED) {
            tags.add(tag(DmarcTag.ASPF, policy.spfAlignment().tagValue()));
        }
        if (policy.reportIntervalSeconds() != DmarcPolicy.DEFAULT_REPORT_INTERVAL_SECONDS) {
            tags.add(tag(DmarcTag.RI, Long.toString(policy.reportIntervalSeconds())));
        }
        if (!policy.failureOptions().equals(DmarcPolicy.DEFAULT_FAILURE_OPTIONS)) {
            tags.add(tag(DmarcTag.FO, join(policy.failureOptions(), FailureOption::tagValue, ":")));
        }
        if (!policy.failureFormats().equals(DmarcPolicy.DEFAULT_FAILURE_FORMATS)) {
            tags.add(tag(DmarcTag.RF, join(policy.failureFormats(), ReportFormat::tagValue, ":")));
        }
        if (policy.percent() != DmarcPolicy.MAX_PERCENT) {
            tags.add(tag(DmarcTag.PCT, Integer.toString(policy.percent())));
        }
        for (var unknown : policy.unknownTags()) {
            tags.add(unknown.name() + "=" + unknown.value());
        }
        return String.join("; ", tags);
    }

    private static String tag(DmarcTag tag, String value) {
        return tag.tagName() + "=" + value;
    }

    private static <T> String join(
            Collection<T> values, Function<T, String> text, String separator) {
        return values.stream().map(text).collect(Collectors.joining(separator));
    }
}
