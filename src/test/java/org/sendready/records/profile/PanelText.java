package org.sendready.records.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/// Reads back one record's block of panel instructions: its `Label: value` fields (a value
/// continued on further lines joined with newlines) and every line as written.
record PanelText(Map<String, String> fields, List<String> lines) {

    private static final String INDENT = "   ";

    /// The block under the heading ending in `heading`, e.g. `TXT record: DKIM public key`.
    static PanelText block(String output, String heading) {
        var all = output.lines().toList();
        int start = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).matches("\\d+\\. " + Pattern.quote(heading))) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            throw new AssertionError("no record '" + heading + "' in:\n" + output);
        }
        var fields = new LinkedHashMap<String, String>();
        var lines = new ArrayList<String>();
        String last = null;
        for (int i = start; i < all.size() && !all.get(i).isEmpty(); i++) {
            var line = all.get(i);
            lines.add(line.substring(INDENT.length()));
            var match = Pattern.compile("^   ([A-Z][A-Za-z ()]*): +(.*)$").matcher(line);
            if (match.matches() && !fields.containsKey(match.group(1))) {
                last = match.group(1);
                fields.put(last, match.group(2));
            } else if (line.startsWith(INDENT + " ") && last != null) {
                fields.put(last, fields.get(last) + "\n" + line.strip());
            }
        }
        return new PanelText(fields, lines);
    }

    /// The value of field `label`.
    String field(String label) {
        if (!fields.containsKey(label)) {
            throw new AssertionError("no field '" + label + "' in " + fields.keySet());
        }
        return fields.get(label);
    }
}
