package org.sendready.records.profile;

import org.sendready.dns.DomainName;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordSet;

/// DNSControl `dnsconfig.js`: one `D("zone", REG_NONE, DnsProvider(DSP_MAIN), ...)` per zone.
///
/// Rules (DNSControl language reference, `D`, `A`, `MX`, `TXT`, `TTL`, and "Why the dot"):
/// - Record names are relative to the zone, `@` for the apex.
/// - Targets (MX) are fully qualified with a final dot; without it DNSControl appends the
///   zone.
/// - A TXT value is one JavaScript string however long: "Strings that are longer than 255
///   octets (bytes) will be quietly split into 255-octets chunks", the split each provider
///   needs (the former `AUTOSPLIT` keyword is now a no-op). DNSControl also does the DNS
///   quoting, so the string holds the plain value; only JavaScript escaping applies.
/// - `D()` declares the whole zone: `dnscontrol push` deletes records it does not list, so
///   the output says to merge into an existing `D()` (or use `D_EXTEND`).
final class DnsControlWriter implements ProfileWriter {

    private static final String INDENT = "    ";

    @Override
    public String write(RecordSet records) {
        var out = new StringBuilder();
        out.append("// dnsconfig.js for DNSControl, written by sendready.\n");
        out.append("// D() declares a whole zone: `dnscontrol push` deletes records it does not\n");
        out.append("// list. If the zone is already in your dnsconfig.js, copy the record lines\n");
        out.append("// into that D(), or wrap them in D_EXTEND(\"zone\", ...) after it.\n");
        out.append("// Rename \"none\" and \"main\" to the entries of your creds.json.\n");
        out.append("var REG_NONE = NewRegistrar(\"none\");\n");
        out.append("var DSP_MAIN = NewDnsProvider(\"main\");\n");
        for (var zone : ZoneLayout.forwardZones(records)) {
            out.append('\n');
            writeZone(out, zone, records);
        }
        var reverse = ZoneLayout.reverse(records);
        if (!reverse.isEmpty()) {
            out.append('\n');
            reverse.forEach(ptr -> out.append("// ").append(ValueText.ptrNote(ptr)).append('\n'));
        }
        return out.toString();
    }

    private static void writeZone(StringBuilder out, DomainName zone, RecordSet records) {
        out.append("// Zone ").append(ValueText.zoneTitle(zone)).append('\n');
        out.append("D(")
                .append(JavaScriptString.quote(zone.ascii()))
                .append(", REG_NONE, DnsProvider(DSP_MAIN)");
        for (var record : ZoneLayout.publishable(records, zone)) {
            out.append(",\n").append(INDENT).append(recordCall(record));
        }
        out.append("\n);\n");
    }

    private static String recordCall(DnsRecord record) {
        var name = JavaScriptString.quote(record.relativeOwner());
        var ttl = "TTL(" + record.ttl().toSeconds() + ")";
        return switch (record.data()) {
            case RecordData.A a -> call("A", name, quotedAddress(a), ttl);
            case RecordData.Aaaa aaaa -> call("AAAA", name, quotedAddress(aaaa), ttl);
            case RecordData.Mx mx ->
                    call(
                            "MX",
                            name,
                            Integer.toString(mx.preference()),
                            JavaScriptString.quote(mx.exchange().absolute()),
                            ttl);
            case RecordData.Txt txt -> call("TXT", name, JavaScriptString.quote(txt.text()), ttl);
            case RecordData.Ptr ptr ->
                    throw new IllegalArgumentException("PTR belongs to the reverse zone: " + ptr);
        };
    }

    private static String quotedAddress(RecordData data) {
        return JavaScriptString.quote(ValueText.address(data));
    }

    private static String call(String function, String... arguments) {
        return function + "(" + String.join(", ", arguments) + ")";
    }
}
