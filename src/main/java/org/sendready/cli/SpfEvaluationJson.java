package org.sendready.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sendready.spf.DnsLookup;
import org.sendready.spf.SpfEvaluation;
import org.sendready.spf.SpfTrace;

/// The JSON object `spf eval --json` prints (DESIGN.md's contract): `result`, `explanation`,
/// `lookups`, `voidLookups`, `trace`.
final class SpfEvaluationJson {
    private SpfEvaluationJson() {}

    static ObjectNode of(ObjectMapper mapper, SpfEvaluation evaluation) {
        var node = mapper.createObjectNode();
        node.put("result", evaluation.result().id());
        evaluation
                .explanation()
                .ifPresentOrElse(
                        text -> node.put("explanation", text), () -> node.putNull("explanation"));
        node.put("lookups", evaluation.lookups());
        node.put("voidLookups", evaluation.voidLookups());
        node.set("trace", trace(mapper, evaluation.trace()));
        return node;
    }

    private static ObjectNode trace(ObjectMapper mapper, SpfTrace trace) {
        var node = mapper.createObjectNode();
        node.put("domain", trace.domain());
        trace.record().ifPresentOrElse(r -> node.put("record", r), () -> node.putNull("record"));
        node.put("result", trace.result().id());
        node.put("detail", trace.detail());
        node.put("lookups", trace.lookups());
        node.put("voidLookups", trace.voidLookups());
        queries(node.putArray("queries"), trace.queries());
        var terms = node.putArray("terms");
        for (var term : trace.terms()) {
            var item = terms.addObject();
            item.put("term", term.term());
            item.put("outcome", term.outcome().id());
            item.put("detail", term.detail());
            queries(item.putArray("queries"), term.queries());
            term.child().ifPresent(child -> item.set("child", trace(mapper, child)));
        }
        return node;
    }

    private static void queries(ArrayNode array, List<DnsLookup> lookups) {
        for (var lookup : lookups) {
            var item = array.addObject();
            item.put("name", lookup.name());
            item.put("type", lookup.type().name());
            item.put("answer", lookup.answer().id());
            item.put("detail", lookup.detail());
        }
    }
}
