package org.sendready.records;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.sendready.dns.DomainName;

/// Reads a [RecordValue] string back into record data, for the CSV and JSON round trips.
final class RecordValueParser {

    private RecordValueParser() {}

    static RecordData parse(String type, String value) {
        return switch (type) {
            case "A" -> new RecordData.A((Inet4Address) InetAddress.ofLiteral(value));
            case "AAAA" -> new RecordData.Aaaa((Inet6Address) InetAddress.ofLiteral(value));
            case "MX" -> {
                var parts = value.split(" ", 2);
                yield new RecordData.Mx(Integer.parseInt(parts[0]), absolute(parts[1]));
            }
            case "TXT" -> new RecordData.Txt(value);
            case "PTR" -> new RecordData.Ptr(absolute(value));
            default -> throw new AssertionError("unexpected type " + type);
        };
    }

    /// Names in values are absolute; one without its final dot is a bug.
    private static DomainName absolute(String name) {
        if (!name.endsWith(".")) {
            throw new AssertionError("name in a value is not absolute: " + name);
        }
        return DomainName.parse(name);
    }
}
