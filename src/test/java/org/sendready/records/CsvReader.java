package org.sendready.records;

import java.util.ArrayList;
import java.util.List;

/// A strict RFC 4180 reader for the tests: CRLF line ends only, quotes only around a whole
/// field, a final CRLF required. Any deviation fails the test.
final class CsvReader {

    private CsvReader() {}

    static List<List<String>> read(String text) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                rows.add(List.copyOf(row));
                row.clear();
                field.setLength(0);
                wasQuoted = false;
                i++;
            } else if (c == '\r' || c == '\n' || c == '"' || wasQuoted) {
                throw new AssertionError("not RFC 4180 at offset " + i + ": " + text);
            } else {
                field.append(c);
            }
        }
        if (quoted || !row.isEmpty() || !field.isEmpty()) {
            throw new AssertionError("unterminated last line: " + text);
        }
        return rows;
    }
}
