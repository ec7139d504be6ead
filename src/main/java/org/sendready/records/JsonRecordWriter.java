package org.sendready.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/// The record set as one JSON document, for scripts and DNS-as-code tools.
///
/// Schema, version 1 (field order as written; a consumer should ignore fields it does not
/// know, and a change that breaks readers increments `version`):
/// ```json
/// {
///   "version": 1,
///   "zones": ["example.com", "2.0.192.in-addr.arpa"],
///   "records": [
///     {
///       "name": "example.com",            // fully qualified owner, A-labels, no final dot
///       "host": "@",                      // owner relative to zone, as panels want it
///       "zone": "example.com",            // zone the record is published in
///       "type": "MX",                     // A, AAAA, MX, TXT or PTR
///       "ttl": 3600,                      // seconds
///       "value": "10 mail.example.com.",  // one string, see RecordValue
///       "preference": 10,                 // MX only
///       "exchange": "mail.example.com",   // MX only, no final dot
///       "purpose": "mx"                   // see below
///     },
///     {
///       "name": "s1._domainkey.example.com", "host": "s1._domainkey", "zone": "example.com",
///       "type": "TXT", "ttl": 3600,
///       "value": "v=DKIM1; k=rsa; p=MIIC...",       // logical value, strings joined
///       "strings": ["v=DKIM1; k=rsa; p=MII...", "..."], // TXT only: RFC 1035 character-
///                                                   // strings of at most 255 octets
///       "purpose": "dkim"
///     }
///   ]
/// }
/// ```
/// `zones` lists every zone in the order of [RecordSet#zones()], forward zone first; `records`
/// lists the records zone by zone in that order. `value` is never quoted or escaped beyond
/// JSON's own escaping. `purpose` is one of `host`, `ptr`, `mx`, `spf`, `dkim`, `dmarc`,
/// `bounce`, `report-authorization` (see [RecordPurpose]).
public final class JsonRecordWriter implements RecordExporter {

    /// The schema version this writer produces.
    public static final int VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectWriter writer;

    public JsonRecordWriter() {
        // `"name": value`, two-space indent and "\n" line ends on every platform, so the
        // output looks like common JSON and is byte-for-byte stable.
        var indenter = new DefaultIndenter("  ", "\n");
        var separators =
                Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        writer =
                mapper.writer(
                        new DefaultPrettyPrinter(separators)
                                .withObjectIndenter(indenter)
                                .withArrayIndenter(indenter));
    }

    /// The JSON name of `purpose`: lower case, `-` between words (`report-authorization`).
    public static String purposeId(RecordPurpose purpose) {
        return purpose.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String export(RecordSet records) {
        var root = mapper.createObjectNode();
        root.put("version", VERSION);
        var zones = root.putArray("zones");
        records.zones().forEach(zone -> zones.add(zone.ascii()));
        var list = root.putArray("records");
        for (var zone : records.zones()) {
            records.inZone(zone).forEach(record -> list.add(node(record)));
        }
        try {
            return writer.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private ObjectNode node(DnsRecord record) {
        var node = mapper.createObjectNode();
        node.put("name", record.owner().ascii());
        node.put("host", record.relativeOwner());
        node.put("zone", record.zone().ascii());
        node.put("type", record.data().type());
        node.put("ttl", record.ttl().toSeconds());
        node.put("value", RecordValue.of(record.data()));
        switch (record.data()) {
            case RecordData.Txt txt -> {
                var strings = node.putArray("strings");
                TxtStrings.split(txt.text()).forEach(strings::add);
            }
            case RecordData.Mx mx -> {
                node.put("preference", mx.preference());
                node.put("exchange", mx.exchange().ascii());
            }
            case RecordData.A a -> {}
            case RecordData.Aaaa aaaa -> {}
            case RecordData.Ptr ptr -> {}
        }
        node.put("purpose", purposeId(record.purpose()));
        return node;
    }
}
