package org.sendready.records.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;
import org.sendready.records.RecordData;
import org.sendready.records.RecordSet;

/// octoDNS zone YAML, one document per zone (`config/example.com.yaml` for YamlProvider).
///
/// Rules (octoDNS `docs/records.md`, `octodns/yaml.py`, `octodns/record/chunked.py`):
/// - Top-level keys are names relative to the zone, `''` for the apex; a name with several
///   record types holds a list of records. Every mapping's keys must be in natural sort order
///   ([NaturalOrder]), or YamlProvider refuses to load the file.
/// - One record per name and type, with `value`, or `values` for several.
/// - MX values are `{exchange: fqdn., preference: n}`; targets end with a dot.
/// - TXT: `;` must be written `\;` (validator: "unescaped ; in ..."), so the value is in
///   zone-file escaping and a literal `\` is `\\`. A `"` stays as it is: octoDNS escapes
///   quotes itself when it sends the value. Long values stay one string: octoDNS splits them
///   into 255-character quoted chunks for providers that need it (`_ChunkedValuesMixin`,
///   `CHUNK_SIZE = 255`). Values octoDNS cannot carry are refused with [InvalidInput]:
///   non-ASCII (validator: "non ASCII character"), `\` before `;` (validator: "double
///   escaped ;"), a leading `"` or a `" "` (loading strips or joins them as chunk quotes).
/// - Scalars are single-quoted YAML, in which only `'` needs escaping (as `''`).
final class OctoDnsWriter implements ProfileWriter {

    @Override
    public String write(RecordSet records) {
        var out = new StringBuilder();
        for (var zone : ZoneLayout.forwardZones(records)) {
            writeZone(out, zone, records);
        }
        ZoneLayout.reverse(records)
                .forEach(ptr -> out.append("# ").append(ValueText.ptrNote(ptr)).append('\n'));
        return out.toString();
    }

    private static void writeZone(StringBuilder out, DomainName zone, RecordSet records) {
        out.append("---\n");
        out.append("# octoDNS zone file config/").append(zone.ascii()).append(".yaml for zone ");
        out.append(ValueText.zoneTitle(zone)).append(", written by sendready.\n");
        out.append("# octoDNS syncs whole zones: merge these records into an existing file.\n");
        var byName = new TreeMap<String, List<RecordGroup>>(NaturalOrder.INSTANCE);
        for (var group : RecordGroup.of(ZoneLayout.publishable(records, zone))) {
            var name = group.owner().equals(zone) ? "" : group.relativeOwner();
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(group);
        }
        for (Map.Entry<String, List<RecordGroup>> entry : byName.entrySet()) {
            out.append(quote(entry.getKey())).append(":\n");
            var groups = new ArrayList<>(entry.getValue());
            groups.sort(Comparator.comparing(RecordGroup::type, NaturalOrder.INSTANCE));
            if (groups.size() == 1) {
                writeRecord(out, groups.getFirst(), "  ", "  ");
            } else {
                groups.forEach(group -> writeRecord(out, group, "  - ", "    "));
            }
        }
    }

    private static void writeRecord(
            StringBuilder out, RecordGroup group, String firstIndent, String indent) {
        out.append(firstIndent).append("ttl: ").append(group.ttl().toSeconds()).append('\n');
        out.append(indent).append("type: ").append(group.type()).append('\n');
        var values = group.data().stream().map(data -> value(data, group)).toList();
        if (values.size() == 1) {
            out.append(indent).append("value:");
            var lines = values.getFirst();
            if (lines.size() == 1) {
                out.append(' ').append(lines.getFirst()).append('\n');
            } else {
                lines.forEach(line -> out.append('\n').append(indent).append("  ").append(line));
                out.append('\n');
            }
        } else {
            out.append(indent).append("values:\n");
            for (var lines : values) {
                out.append(indent).append("  - ").append(lines.getFirst()).append('\n');
                lines.stream()
                        .skip(1)
                        .forEach(
                                line ->
                                        out.append(indent)
                                                .append("    ")
                                                .append(line)
                                                .append('\n'));
            }
        }
    }

    /// A value as YAML lines: one line for a scalar, `key: value` lines for a mapping.
    private static List<String> value(RecordData data, RecordGroup group) {
        return switch (data) {
            case RecordData.A a -> List.of(quote(ValueText.address(a)));
            case RecordData.Aaaa aaaa -> List.of(quote(ValueText.address(aaaa)));
            case RecordData.Mx mx ->
                    List.of(
                            "exchange: " + quote(mx.exchange().absolute()),
                            "preference: " + mx.preference());
            case RecordData.Txt txt -> List.of(quote(txtValue(txt.text(), group.owner())));
            case RecordData.Ptr ptr ->
                    throw new IllegalArgumentException("PTR belongs to the reverse zone: " + ptr);
        };
    }

    /// `text` escaped as octoDNS wants a TXT value, or [InvalidInput] if it cannot carry it.
    static String txtValue(String text, DomainName owner) {
        if (!text.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw refuse(owner, "it accepts only printable ASCII in TXT values");
        }
        if (text.startsWith("\"")) {
            throw refuse(owner, "it reads a leading '\"' as chunk quoting and drops it");
        }
        if (text.contains("\" \"")) {
            throw refuse(owner, "it reads '\" \"' as the seam between chunks and drops it");
        }
        if (text.contains("\\;")) {
            throw refuse(owner, "it rejects a backslash before ';' as a double-escaped ';'");
        }
        return text.replace("\\", "\\\\").replace(";", "\\;");
    }

    private static InvalidInput refuse(DomainName owner, String reason) {
        return new InvalidInput(
                "profile",
                "octoDNS cannot hold the TXT value of "
                        + owner.ascii()
                        + ": "
                        + reason
                        + "; export this record with another profile");
    }

    private static String quote(String scalar) {
        return "'" + scalar.replace("'", "''") + "'";
    }
}
