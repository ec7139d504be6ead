package org.sendready.spf;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sendready.testing.Fault;
import org.sendready.testing.TestDnsServer;

/// The `zonedata` of one RFC 7208 suite scenario as one root zone in master-file text, with
/// the suite's driver conventions (PROVENANCE.md): a type-SPF record is also published as TXT
/// unless the name lists TXT records of its own; `TXT: NONE` means no TXT record; `TIMEOUT`
/// means queries get no answer.
///
/// All scenario names go into the root zone, so the test server is authoritative for every
/// name, as the suite's own driver is: a name outside the data is NXDOMAIN, not REFUSED.
/// Bytes the YAML writes as `\xNN` are published as those octets (`\DDD` escapes), and names
/// with characters such as `:` or spaces are escaped the same way; all of it is representable
/// in a master file, so no scenario needs an in-memory resolver.
///
/// `TIMEOUT` follows the suite's reference driver (pyspf): record types listed at the name
/// before `TIMEOUT` are answered, every other type is dropped (`Fault.drop()` for that type,
/// or for the whole name when nothing precedes it). Generated TXT records count as listed
/// last.
record SuiteZone(String masterText, List<Timeout> timeouts) {

    /// Record types a drop is set for when only some types of a name time out.
    private static final List<String> TYPES = List.of("A", "AAAA", "MX", "PTR", "TXT", "SPF");

    /// A name whose queries time out, except for the types listed before `TIMEOUT`.
    record Timeout(String name, Set<String> answered) {
        void apply(TestDnsServer server) {
            if (answered.isEmpty()) {
                server.fault(name, Fault.drop());
                return;
            }
            for (var type : TYPES) {
                if (!answered.contains(type)) {
                    server.fault(name, type, Fault.drop());
                }
            }
        }
    }

    static SuiteZone of(JsonNode zonedata) {
        var text = new StringBuilder();
        var timeouts = new ArrayList<Timeout>();
        for (var entry : zonedata.properties()) {
            var owner = name(entry.getKey());
            var listed = new LinkedHashSet<String>();
            Set<String> answeredAtTimeout = null;
            var spf = new ArrayList<JsonNode>();
            boolean ownTxt = false;
            for (var item : entry.getValue()) {
                if (item.isTextual() && item.asText().equals("TIMEOUT")) {
                    answeredAtTimeout = Set.copyOf(listed);
                    continue;
                }
                var field = item.properties().iterator().next();
                var type = field.getKey();
                var value = field.getValue();
                if (type.equals("TXT")) {
                    ownTxt = true;
                    if (value.asText().equals("NONE")) {
                        continue;
                    }
                }
                if (type.equals("SPF")) {
                    spf.add(value);
                }
                listed.add(type);
                text.append(owner).append(' ').append(type).append(' ').append(rdata(type, value));
                text.append('\n');
            }
            if (!ownTxt) {
                for (var value : spf) {
                    text.append(owner).append(" TXT ").append(rdata("TXT", value)).append('\n');
                }
            }
            if (answeredAtTimeout != null) {
                timeouts.add(new Timeout(entry.getKey(), answeredAtTimeout));
            }
        }
        return new SuiteZone(text.toString(), List.copyOf(timeouts));
    }

    private static String rdata(String type, JsonNode value) {
        return switch (type) {
            case "A", "AAAA" -> value.asText();
            case "MX" -> value.get(0).asInt() + " " + target(value.get(1).asText());
            case "PTR" -> target(value.asText());
            case "TXT", "SPF" -> strings(value);
            default -> throw new IllegalArgumentException("record type " + type + " in the suite");
        };
    }

    /// An absolute name; the empty name of a null MX is the root.
    private static String target(String name) {
        return name.isEmpty() ? "." : name(name);
    }

    /// `name` absolute, each character other than letters, digits, `-` and `_` escaped.
    static String name(String name) {
        var text = new StringBuilder();
        for (var label : name.split("\\.")) {
            for (char c : label.toCharArray()) {
                boolean plain =
                        (c >= 'a' && c <= 'z')
                                || (c >= 'A' && c <= 'Z')
                                || (c >= '0' && c <= '9')
                                || c == '-'
                                || c == '_';
                text.append(plain ? String.valueOf(c) : escaped(c));
            }
            text.append('.');
        }
        return text.toString();
    }

    private static String strings(JsonNode value) {
        var parts = new ArrayList<String>();
        if (value.isArray()) {
            value.forEach(part -> parts.add(quoted(part.asText())));
        } else {
            parts.add(quoted(value.asText()));
        }
        return String.join(" ", parts);
    }

    /// A character-string: printable ASCII as is, `"` and `\` escaped, and every other
    /// character as the octet it stands for (`\xNN` in the YAML is the octet NN).
    private static String quoted(String value) {
        var text = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c >= 0x20 && c <= 0x7e) {
                text.append(c);
            } else {
                text.append(escaped(c));
            }
        }
        return text.append('"').toString();
    }

    private static String escaped(char c) {
        var octets =
                c <= 0xff
                        ? new byte[] {(byte) c}
                        : String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        var text = new StringBuilder();
        for (byte b : octets) {
            text.append(String.format(Locale.ROOT, "\\%03d", b & 0xff));
        }
        return text.toString();
    }
}
