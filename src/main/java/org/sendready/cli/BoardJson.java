package org.sendready.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sendready.check.CheckReport;
import org.sendready.records.BindZoneWriter;
import org.sendready.records.RecordValue;

/// The board as DESIGN.md's contract defines it: `{domain, ok, steps: [{id, status, summary,
/// details, fix}]}`, status in lower case; each fix record carries its name, type, TTL, value
/// and the BIND line.
final class BoardJson {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BoardJson() {}

    static ObjectNode tree(CheckReport report, List<String> notes) {
        var root = MAPPER.createObjectNode();
        root.put("domain", report.domain().ascii());
        root.put("ok", report.ok());
        if (!notes.isEmpty()) {
            var array = root.putArray("notes");
            notes.forEach(array::add);
        }
        var steps = root.putArray("steps");
        for (var step : report.steps()) {
            var node = steps.addObject();
            node.put("id", step.step().id());
            node.put("status", step.status().id());
            node.put("summary", step.summary());
            var details = node.putArray("details");
            step.details().forEach(details::add);
            step.comparisons().stream().flatMap(c -> c.mistake().stream()).forEach(details::add);
            var fix = node.putArray("fix");
            for (var record : step.fix()) {
                var r = fix.addObject();
                r.put("name", record.owner().ascii());
                r.put("type", record.data().type());
                r.put("ttl", record.ttl().toSeconds());
                r.put("value", RecordValue.of(record.data()));
                r.put("bind", BindZoneWriter.line(record));
            }
            step.settlesWithin().ifPresent(d -> node.put("settlesWithinSeconds", d.toSeconds()));
        }
        return root;
    }

    static String text(CheckReport report, List<String> notes) {
        try {
            return MAPPER.writeValueAsString(tree(report, notes));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
