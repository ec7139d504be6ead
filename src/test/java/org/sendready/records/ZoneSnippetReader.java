package org.sendready.records;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sendready.dns.DomainName;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Master;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.TXTRecord;

/// Reads zone-file text back with dnsjava's master-file parser, as a second, independent
/// implementation of RFC 1035 section 5 (tests may use dnsjava; main code outside `dns` may
/// not).
final class ZoneSnippetReader {

    private ZoneSnippetReader() {}

    /// Every A, AAAA, MX, TXT and PTR record in `zoneText`, in file order; TXT strings joined
    /// and decoded as UTF-8. SOA and NS (the wrapper [org.sendready.testing.NamedCheckzone]
    /// adds) are skipped; any other type fails the test.
    static List<Published> read(String zoneText) throws IOException {
        var published = new ArrayList<Published>();
        for (var record : parse(zoneText)) {
            if (record instanceof SOARecord || record instanceof NSRecord) {
                continue;
            }
            published.add(
                    new Published(
                            name(record.getName()),
                            Duration.ofSeconds(record.getTTL()),
                            data(record)));
        }
        return published;
    }

    /// The character-strings of the first TXT record at `owner`, as raw octets.
    static List<byte[]> txtStrings(String zoneText, DomainName owner) throws IOException {
        return parse(zoneText).stream()
                .filter(r -> r instanceof TXTRecord && name(r.getName()).equals(owner))
                .map(r -> ((TXTRecord) r).getStringsAsByteArrays())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no TXT record at " + owner));
    }

    private static List<Record> parse(String zoneText) throws IOException {
        var records = new ArrayList<Record>();
        var bytes = zoneText.getBytes(StandardCharsets.UTF_8);
        try (var master = new Master(new ByteArrayInputStream(bytes), Name.root, 3600)) {
            for (var record = master.nextRecord(); record != null; record = master.nextRecord()) {
                records.add(record);
            }
        }
        return records;
    }

    private static RecordData data(Record record) {
        return switch (record) {
            case ARecord a -> new RecordData.A((Inet4Address) a.getAddress());
            case AAAARecord aaaa -> new RecordData.Aaaa((Inet6Address) aaaa.getAddress());
            case MXRecord mx -> new RecordData.Mx(mx.getPriority(), name(mx.getTarget()));
            case PTRRecord ptr -> new RecordData.Ptr(name(ptr.getTarget()));
            case TXTRecord txt -> new RecordData.Txt(joined(txt.getStringsAsByteArrays()));
            default -> throw new AssertionError("unexpected record type: " + record);
        };
    }

    /// RFC 7208 section 3.3, RFC 6376 section 3.6.2.2: the strings joined without separator.
    static String joined(List<byte[]> strings) {
        var all = new ByteArrayOutputStream();
        strings.forEach(all::writeBytes);
        return all.toString(StandardCharsets.UTF_8);
    }

    private static DomainName name(Name name) {
        return new DomainName(name.toString(true).toLowerCase(Locale.ROOT));
    }
}
