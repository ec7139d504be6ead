package org.sendready.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sendready.logs.LogAnalysis;
import org.sendready.logs.TimeBucket;
import org.sendready.operate.SetupFinding;

/// The JSON object `log analyze --json` prints: `files`, `lines`, `period`, `statuses`,
/// `domains`, `codes`, `reasons`, `hourly`, `dnsProblems`, `setupProblems`, `limits`. Tables
/// are cut at `--top`; `hourly` is complete.
final class LogAnalysisJson {
    private LogAnalysisJson() {}

    static ObjectNode of(
            ObjectMapper mapper, LogAnalysis analysis, List<SetupFinding> findings, int top) {
        var node = mapper.createObjectNode();
        var files = node.putArray("files");
        for (var file : analysis.files()) {
            var item = files.addObject();
            item.put("name", file.name());
            item.put("lines", file.lines());
            item.put("bytes", file.bytes());
            file.problem()
                    .ifPresentOrElse(p -> item.put("problem", p), () -> item.putNull("problem"));
        }
        var lines = node.putObject("lines");
        lines.put("total", analysis.lines().total());
        lines.put("postfix", analysis.lines().postfix());
        lines.put("otherPrograms", analysis.lines().otherPrograms());
        lines.put("unparsed", analysis.lines().unparsed());
        var period = node.putObject("period");
        analysis.first()
                .ifPresentOrElse(
                        t -> period.put("first", t.toString()), () -> period.putNull("first"));
        analysis.last()
                .ifPresentOrElse(
                        t -> period.put("last", t.toString()), () -> period.putNull("last"));
        var s = analysis.statuses();
        var statuses = node.putObject("statuses");
        statuses.put("messages", s.messages());
        statuses.put("sent", s.sent());
        statuses.put("forwarded", s.forwarded());
        statuses.put("deferrals", s.deferrals());
        statuses.put("deferredMessages", s.deferredMessages());
        statuses.put("bounced", s.bounced());
        statuses.put("expiredMessages", s.expiredMessages());
        statuses.put("expiredRecipients", s.expiredRecipients());
        statuses.put("removed", s.removed());
        var domains = node.putArray("domains");
        for (var d : analysis.topDomains(top)) {
            var item = domains.addObject();
            item.put("domain", d.domain());
            item.put("sent", d.sent());
            item.put("deferred", d.deferred());
            item.put("bounced", d.bounced());
            item.put("expired", d.expired());
            item.put("dnsFailures", d.dnsFailures());
        }
        var codes = node.putArray("codes");
        for (var c : analysis.topCodes(top)) {
            var item = codes.addObject();
            item.put("dsn", c.dsn());
            item.put("sent", c.sent());
            item.put("deferred", c.deferred());
            item.put("bounced", c.bounced());
        }
        var reasons = node.putArray("reasons");
        for (var r : analysis.topReasons(top)) {
            var item = reasons.addObject();
            item.put("status", r.status().id());
            item.put("dsn", r.dsn());
            item.put("reason", r.reason());
            item.put("count", r.count());
            item.put("exampleRecipient", r.exampleRecipient());
        }
        buckets(node.putArray("hourly"), analysis.hourly());
        var dns = node.putArray("dnsProblems");
        for (var p :
                analysis.dnsProblems().subList(0, Math.min(top, analysis.dnsProblems().size()))) {
            var item = dns.addObject();
            item.put("domain", p.domain());
            item.put("failures", p.failures());
            p.likelyTypoOf()
                    .ifPresentOrElse(
                            t -> item.put("likelyTypoOf", t), () -> item.putNull("likelyTypoOf"));
            var recipients = item.putArray("recipients");
            p.recipients().forEach(recipients::add);
        }
        var setup = node.putArray("setupProblems");
        for (var f : findings) {
            var item = setup.addObject();
            item.put("rejection", f.rejection().id());
            item.put("provider", f.rejection().provider());
            item.put("cause", f.rejection().cause());
            var steps = item.putArray("steps");
            f.steps().forEach(step -> steps.add(step.id()));
            item.put("attempts", f.attempts());
            var statusList = item.putArray("statuses");
            f.statuses().forEach(st -> statusList.add(st.id()));
            item.put("exampleDsn", f.exampleDsn());
            item.put("exampleReason", f.exampleReason());
            item.put("exampleRecipient", f.exampleRecipient());
        }
        var limits = node.putObject("limits");
        limits.put("evictedMessages", analysis.limits().evictedMessages());
        limits.put("openAtEnd", analysis.limits().openAtEnd());
        limits.put("unbucketedAttempts", analysis.limits().unbucketedAttempts());
        return node;
    }

    private static void buckets(ArrayNode array, List<TimeBucket> buckets) {
        for (var b : buckets) {
            var item = array.addObject();
            item.put("start", b.start().toString());
            item.put("sent", b.sent());
            item.put("deferred", b.deferred());
            item.put("bounced", b.bounced());
            item.put("expired", b.expired());
        }
    }
}
