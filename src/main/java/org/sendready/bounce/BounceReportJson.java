package org.sendready.bounce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;
import org.sendready.check.StepId;
import org.sendready.operate.KnownRejection;

/// The report as JSON: `tokensChecked`, `summary` (counts by format, class and token),
/// `setupCauses` (each with the check steps that fix it), `suppressions`, and every message
/// with its recipients. Ids are lower case (`hard`, `auto-reply`, `own-setup`); a setup cause
/// is a [KnownRejection] id (`gmail_ptr`), the same `log analyze --json` gives as `rejection`.
public final class BounceReportJson {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BounceReportJson() {}

    /// The indented JSON text.
    public static String write(BounceReport report) {
        return tree(report).toPrettyString();
    }

    /// The JSON tree.
    public static ObjectNode tree(BounceReport report) {
        var root = MAPPER.createObjectNode();
        root.put("tokensChecked", report.tokensChecked());
        var summary = root.putObject("summary");
        summary.put("messages", report.messages().size());
        counts(summary.putObject("byFormat"), report.countByFormat(), BounceFormat::id);
        counts(summary.putObject("byClass"), report.countByClass(), BounceClass::id);
        var tokens = summary.putObject("byToken");
        report.countByToken().forEach(tokens::put);
        var suppressions = report.suppressions();
        summary.put("suppressed", suppressions.size());
        var causes = root.putArray("setupCauses");
        report.setupCauses()
                .forEach(
                        (cause, sources) -> {
                            var node = causes.addObject();
                            node.put("cause", cause.id());
                            node.put("provider", cause.provider());
                            node.put("description", cause.cause());
                            var steps = node.putArray("steps");
                            cause.checks().stream().map(StepId::id).forEach(steps::add);
                            var messages = node.putArray("messages");
                            sources.forEach(messages::add);
                        });
        var list = root.putArray("suppressions");
        for (var s : suppressions) {
            var node = list.addObject();
            node.put("address", s.address());
            node.put("status", s.status().map(StatusCode::toString).orElse(null));
            node.put("diagnostic", s.diagnostic());
            node.put("source", s.source());
        }
        var messages = root.putArray("messages");
        for (var message : report.messages()) {
            var node = messages.addObject();
            node.put("source", message.source());
            node.put("format", message.bounce().format().id());
            node.put("subject", message.bounce().subject());
            node.put("tokenAddress", message.bounce().tokenAddress().orElse(null));
            node.put("token", message.token().map(TokenVerdict::describe).orElse(null));
            var recipients = node.putArray("recipients");
            for (var judged : message.recipients()) {
                var r = recipients.addObject();
                var bounce = judged.bounce();
                var c = bounce.classification();
                r.put("recipient", bounce.recipient().orElse(null));
                r.put("class", c.bounceClass().id());
                r.put("status", c.status().map(StatusCode::toString).orElse(null));
                r.put("setupCause", c.setupCause().map(KnownRejection::id).orElse(null));
                r.put("reason", c.reason());
                r.put("diagnostic", bounce.diagnostic());
                r.put("remoteMta", bounce.remoteMta().orElse(null));
                r.put("tokenMatches", judged.tokenMatches());
                r.put("decision", judged.decision().id());
            }
        }
        return root;
    }

    private static <K> void counts(
            ObjectNode node, Map<K, Integer> counts, Function<K, String> id) {
        counts.forEach((key, count) -> node.put(id.apply(key), count));
    }
}
