package org.sendready.records;

import java.util.List;
import java.util.stream.Collectors;

/// RFC 4180 CSV lines.
///
/// RFC 4180 section 2: fields are separated by commas and lines end in CRLF (rule 2); a field
/// holding a comma, a double quote, CR or LF is enclosed in double quotes (rule 6), and a
/// double quote inside it is doubled (rule 7). Other fields are written as they are.
public final class CsvWriter {

    /// RFC 4180 section 2, rule 2: each record ends in CRLF.
    public static final String LINE_END = "\r\n";

    private CsvWriter() {}

    /// One CSV line of `fields`, with its CRLF.
    public static String line(List<String> fields) {
        return fields.stream().map(CsvWriter::field).collect(Collectors.joining(",")) + LINE_END;
    }

    /// One field, quoted only where RFC 4180 requires it.
    public static String field(String value) {
        boolean quote =
                value.indexOf(',') >= 0
                        || value.indexOf('"') >= 0
                        || value.indexOf('\r') >= 0
                        || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
